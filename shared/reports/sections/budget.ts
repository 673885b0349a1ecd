import type { ProjectDocument } from '../../interchange/document';
import { BUDGET_STATUS_LABELS } from '../../rules/budget/headline';
import { COST_CATEGORY_LABELS, type CostLine } from '../../schemas/budget';
import { STEPS } from '../../steps';
import { burnChart } from '../charts/burn-chart';
import { byId, project, rows, sorted } from '../doc';
import { budgetMonths } from '../facts';
import { integer, money, moneyCompact, month } from '../format';
import type { Block, Rag } from '../model';
import { COSTS_REDACTED, costsRedacted } from '../redacted';

const NONE: Block[] = [{ kind: 'paragraph', muted: true, text: 'No budget recorded yet.' }];
const TONE: Record<string, Rag> = { on_track: 'green', warning: 'amber', critical: 'red', no_budget: 'grey' };

export function headlineBlocks(doc: ProjectDocument, now: Date): Block[] {
  if (costsRedacted(doc)) return COSTS_REDACTED;
  const budget = doc.derived.budget;
  if (!budget) return NONE;
  const h = budget.headline;
  const m = (v: number) => money(v, budget.currency);
  const computed = budgetMonths(doc, now);
  const svg = computed ? burnChart({ months: computed.months, approved: h.approved, asOf: budget.asOf, title: 'Burn chart: cumulative planned, committed and actual cost by month', formatAmount: (v) => moneyCompact(v, budget.currency), formatMonth: month }) : null;
  return [
    { kind: 'callout', tone: h.status === 'critical' ? 'warning' : h.status === 'warning' ? 'warning' : 'info', title: `Budget status: ${BUDGET_STATUS_LABELS[h.status]}`, text: h.statusReason },
    { kind: 'table', caption: `Budget against approved (as of ${month(budget.asOf)})`, header: ['Measure', 'Amount', 'Share of approved'], numericColumns: [1, 2],
      rows: [
        ['Approved budget', h.approved === null ? 'Not set' : m(h.approved), ''],
        ['Planned', m(h.planned), share(h.planned, h.approved)],
        ['Contingency', m(h.contingency), share(h.contingency, h.approved)],
        ['Planned with contingency', m(h.plannedWithContingency), share(h.plannedWithContingency, h.approved)],
        ['Committed', m(h.committed), share(h.committed, h.approved)],
        ['Actual spent', m(h.actual), share(h.actual, h.approved)],
        [{ text: 'Forecast at completion', strong: true }, { text: m(h.forecast), strong: true }, { text: h.forecastPercent === null ? '' : `${h.forecastPercent}%`, tone: TONE[h.status] }],
        ['Variance (approved minus forecast)', h.variance === null ? '–' : m(h.variance), ''],
        ...(h.forecastPerUser !== null && h.users !== null ? [[`Forecast per user (${integer(h.users)} users)`, m(h.forecastPerUser), '']] : []),
      ] },
    ...(svg ? [{ kind: 'chart' as const, caption: 'Solid lines stop at the current month; the dotted red line is the approved budget.', svg }] : []),
  ];
}

function share(value: number, approved: number | null): string {
  return approved ? `${((value / approved) * 100).toFixed(1)}%` : '';
}

export function breakdownBlocks(doc: ProjectDocument, now: Date): Block[] {
  if (costsRedacted(doc)) return COSTS_REDACTED;
  const computed = budgetMonths(doc, now);
  const currency = project(doc).currency;
  if (!computed) return NONE;
  const m = (v: number) => money(v, currency);
  const header = ['', 'Planned', 'Committed', 'Actual', 'Forecast'];
  const stepTitle = new Map(STEPS.map((s) => [s.key as string, `${s.number}. ${s.title}`]));
  const waves = byId(rows<{ id: string; name: string }>(doc, 'wave'));
  return [
    { kind: 'table', caption: 'By category', header: ['Category', ...header.slice(1)], numericColumns: [1, 2, 3, 4],
      rows: computed.byCategory.filter((g) => g.planned + g.forecast > 0).map((g) => [COST_CATEGORY_LABELS[g.key], m(g.planned), m(g.committed), m(g.actual), m(g.forecast)]) },
    { kind: 'table', caption: 'By step', header: ['Step', ...header.slice(1)], numericColumns: [1, 2, 3, 4],
      rows: computed.byStep.filter((g) => g.planned + g.forecast > 0).map((g) => [g.key === null ? 'Not linked to a step' : (stepTitle.get(g.key) ?? g.key), m(g.planned), m(g.committed), m(g.actual), m(g.forecast)]) },
    ...(doc.tables.wave ? [{ kind: 'table' as const, caption: 'By deployment wave', header: ['Wave', ...header.slice(1)], numericColumns: [1, 2, 3, 4],
      rows: computed.byWave.map((g) => [g.key === null ? 'Not linked to a wave' : (waves.get(g.key)?.name ?? 'A removed wave'), m(g.planned), m(g.committed), m(g.actual), m(g.forecast)]) }] : []),
  ];
}

export function linesBlocks(doc: ProjectDocument, now: Date): Block[] {
  const computed = budgetMonths(doc, now);
  const currency = project(doc).currency;
  if (!computed) return NONE;
  const m = (v: number) => money(v, currency);
  if (costsRedacted(doc)) {
    // What the money is for stays; the amounts do not.
    return [...COSTS_REDACTED, { kind: 'table', caption: 'Cost lines (amounts redacted)', header: ['Line', 'Category', 'Period'],
      rows: sorted(rows<CostLine>(doc, 'cost_line')).map((l) => {
        const c = computed.costs.get(l.id);
        return [l.description, COST_CATEGORY_LABELS[l.category], c ? `${month(c.period.start.slice(0, 7))} – ${month(c.period.end.slice(0, 7))}` : ''];
      }) }];
  }
  return [{ kind: 'table', caption: 'Cost lines', header: ['Line', 'Category', 'Period', 'Planned', 'Committed', 'Actual'], numericColumns: [3, 4, 5],
    rows: sorted(rows<CostLine>(doc, 'cost_line')).map((l) => {
      const c = computed.costs.get(l.id);
      const period = c ? `${month(c.period.start.slice(0, 7))} – ${month(c.period.end.slice(0, 7))}` : '';
      return [l.description, COST_CATEGORY_LABELS[l.category], period, m(c?.planned ?? 0), m(c?.committed ?? 0), m(c?.actual ?? 0)];
    }) }];
}

export function phasingBlocks(doc: ProjectDocument, now: Date): Block[] {
  if (costsRedacted(doc)) return COSTS_REDACTED;
  const computed = budgetMonths(doc, now);
  const currency = project(doc).currency;
  if (!computed) return NONE;
  const m = (v: number) => money(v, currency);
  return [{ kind: 'table', caption: 'Monthly phasing, cumulative', header: ['Month', 'Planned', 'Committed', 'Actual'], numericColumns: [1, 2, 3],
    rows: computed.months.map((r) => [month(r.month), m(r.cumulativePlanned), m(r.cumulativeCommitted), m(r.cumulativeActual)]) }];
}
