import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  isOverdue, kpiStatusOf, monitoringWarnings, nextDue, parseMeasurementPaste, parsePastedDate, parsePastedNumber, summariseKpi,
} from '../../../shared/rules/monitoring';
import { KpiFields, thresholdsInOrder } from '../../../shared/schemas/monitoring';

const higher = { direction: 'higher' as const, warning: 50, critical: 30 };
const lower = { direction: 'lower' as const, warning: 5, critical: 8 };

describe('KPI status', () => {
  it('higher is better: at or below a threshold reaches it', () => {
    expect(kpiStatusOf(higher, null)).toBe('no_data');
    expect(kpiStatusOf(higher, 74)).toBe('on_track');
    expect(kpiStatusOf(higher, 50.1)).toBe('on_track');
    expect(kpiStatusOf(higher, 50)).toBe('warning');
    expect(kpiStatusOf(higher, 30)).toBe('critical');
    expect(kpiStatusOf(higher, -5)).toBe('critical');
  });
  it('lower is better: at or above a threshold reaches it', () => {
    expect(kpiStatusOf(lower, 3)).toBe('on_track');
    expect(kpiStatusOf(lower, 5)).toBe('warning');
    expect(kpiStatusOf(lower, 8.4)).toBe('critical');
  });
  it('never reports a better status for a worse value (property)', () => {
    const rank = { no_data: -1, on_track: 0, warning: 1, critical: 2 };
    fc.assert(fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: 0, max: 1e3, noNaN: true }), (v, delta) => {
      expect(rank[kpiStatusOf(higher, v - delta)]).toBeGreaterThanOrEqual(rank[kpiStatusOf(higher, v)]);
      expect(rank[kpiStatusOf(lower, v + delta)]).toBeGreaterThanOrEqual(rank[kpiStatusOf(lower, v)]);
    }));
  });
  it('summarises from the latest measurement by date, whatever the input order, and flags a missed measurement', () => {
    const kpi = { ...higher, frequency: 'weekly' as const };
    const summary = summariseKpi(kpi, [{ measuredOn: '2026-11-16', value: 20 }, { measuredOn: '2026-11-02', value: 71 }], '2026-11-20');
    expect(summary).toEqual({ status: 'critical', latest: { measuredOn: '2026-11-16', value: 20 }, overdue: false });
    expect(summariseKpi(kpi, [{ measuredOn: '2026-11-02', value: 71 }], '2026-11-20').overdue).toBe(true);
    expect(summariseKpi(kpi, [], '2026-11-20')).toEqual({ status: 'no_data', latest: null, overdue: false });
  });
});

describe('schedules', () => {
  it('is due one period after the last time and overdue the day after', () => {
    expect(nextDue(null, 'weekly')).toBeNull();
    expect(nextDue('2026-11-16', 'weekly')).toBe('2026-11-23');
    expect(nextDue('2026-10-31', 'monthly')).toBe('2026-12-01');
    expect(isOverdue('2026-11-16', 'weekly', '2026-11-23')).toBe(false);
    expect(isOverdue('2026-11-16', 'weekly', '2026-11-24')).toBe(true);
    expect(isOverdue(null, 'weekly', '2030-01-01')).toBe(false);
  });
  it('warns about critical, late and unowned KPIs, missing security monitoring and overdue reviews', () => {
    const kpis = [
      { kpi: { name: 'WAU', owner: 'Ana' }, summary: { status: 'critical' as const, latest: null, overdue: true } },
      { kpi: { name: 'Latency', owner: ' ' }, summary: { status: 'on_track' as const, latest: null, overdue: false } },
    ];
    const items = [{ name: 'Training review', kind: 'training_review' as const, frequency: 'quarterly' as const, lastDone: '2026-01-01' }];
    expect(monitoringWarnings(kpis, items, '2026-11-20')).toEqual([
      'KPI "WAU" is critical',
      'KPI "WAU" has not been measured on schedule',
      'KPI "Latency" has no owner',
      'No security monitoring items (unauthorised access, breaches)',
      '"Training review" is overdue',
    ]);
    expect(monitoringWarnings([], [], '2026-11-20')).toEqual(['No KPIs defined: say how success and risk will be measured']);
  });
});

describe('thresholds', () => {
  const kpi = { name: 'x', category: 'adoption', unit: '%', target: 70, direction: 'higher', warning: 50, critical: 30, owner: '', frequency: 'weekly', libraryId: null };
  const check = (over: object) => KpiFields.superRefine(thresholdsInOrder).safeParse({ ...kpi, ...over });
  it('keeps warning and critical on the bad side of the target, in order', () => {
    expect(check({}).success).toBe(true);
    expect(check({ warning: 80 }).error?.issues.map((i) => i.path)).toEqual([['warning']]);
    expect(check({ critical: 60 }).error?.issues.map((i) => i.path)).toEqual([['critical']]);
    expect(check({ direction: 'lower', target: 3, warning: 5, critical: 8 }).success).toBe(true);
    expect(check({ direction: 'lower', target: 3, warning: 2, critical: 8 }).error?.issues[0]?.message).toBe('When lower is better, the warning threshold is at or above the target');
  });
});

describe('pasting measurements', () => {
  it('reads ISO and day-first dates, percentages, decimal commas and thousands separators', () => {
    expect(parsePastedDate('2026-11-02')).toBe('2026-11-02');
    expect(parsePastedDate('2.11.2026')).toBe('2026-11-02');
    expect(parsePastedDate('02/11/2026')).toBe('2026-11-02');
    expect(parsePastedDate('31/02/2026')).toBeNull();
    expect(parsePastedDate('Nov 2')).toBeNull();
    expect(parsePastedNumber('72%')).toBe(72);
    expect(parsePastedNumber('12,5')).toBe(12.5);
    expect(parsePastedNumber('1,234.5')).toBe(1234.5);
    expect(parsePastedNumber('-3')).toBe(-3);
    expect(parsePastedNumber('n/a')).toBeNull();
    expect(parsePastedNumber('')).toBeNull();
  });
  it('skips a header, keeps good rows and reports each bad row by its line', () => {
    const text = 'Date\tWAU\r\n2026-10-05\t41%\n\n12.10.2026\t48,5\nlast week\t50\n2026-10-26\t\n2026-11-02;61\nonly-one-cell';
    const { rows, errors } = parseMeasurementPaste(text);
    expect(rows).toEqual([
      { line: 2, measuredOn: '2026-10-05', value: 41 },
      { line: 4, measuredOn: '2026-10-12', value: 48.5 },
      { line: 7, measuredOn: '2026-11-02', value: 61 },
    ]);
    expect(errors).toEqual([
      { line: 5, message: '"last week" is not a date (use YYYY-MM-DD or DD.MM.YYYY)' },
      { line: 6, message: '"" is not a number' },
      { line: 8, message: 'Expected a date and a value separated by a tab' },
    ]);
  });
  it('reports a bad first line when it is not a header but data with a mistake', () => {
    expect(parseMeasurementPaste('2026-10-05\tlots').errors).toEqual([{ line: 1, message: '"lots" is not a number' }]);
  });
});
