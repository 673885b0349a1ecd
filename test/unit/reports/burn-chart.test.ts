import { describe, expect, it } from 'vitest';
import { burnChart, describeBurn, type BurnMonth } from '../../../shared/reports/charts/burn-chart';
import { toMarkup, type SvgElement, type SvgNode } from '../../../shared/reports/charts/svg-tree';

const months: BurnMonth[] = [
  { month: '2027-01', cumulativePlanned: 100_00, cumulativeCommitted: 80_00, cumulativeActual: 50_00 },
  { month: '2027-02', cumulativePlanned: 250_00, cumulativeCommitted: 200_00, cumulativeActual: 120_00 },
  { month: '2027-03', cumulativePlanned: 400_00, cumulativeCommitted: 300_00, cumulativeActual: 200_00 },
];
const amount = (minor: number) => `€${minor / 100}`;
const options = { months, approved: 500_00, asOf: '2027-02', title: 'Burn chart', formatAmount: amount, formatMonth: (m: string) => m };

const all = (node: SvgNode): SvgElement[] => ('text' in node ? [] : [node, ...(node.children ?? []).flatMap(all)]);
const textOf = (node: SvgNode): string => ('text' in node ? node.text : (node.children ?? []).map(textOf).join(''));

describe('burn chart', () => {
  it('has a legend naming each line with a stroke in its own classes', () => {
    const svg = burnChart(options) as SvgElement;
    const keys = all(svg).filter((n) => n.attrs?.class === 'burn__key');
    expect(keys.map(textOf)).toEqual(['Planned', 'Committed', 'Actual', 'Approved budget', 'This month']);
    const swatches = keys.map((k) => all(k).find((n) => n.tag === 'line')?.attrs?.class);
    expect(swatches).toEqual(['burn__line burn__planned', 'burn__line burn__committed', 'burn__line burn__actual', 'burn__approved', 'burn__now']);
    // The series stay the only paths of their class (the app's tests find each line by it).
    for (const series of ['planned', 'committed', 'actual']) {
      expect(all(svg).filter((n) => n.tag === 'path' && String(n.attrs?.class).includes(`burn__${series}`))).toHaveLength(1);
    }
    // Keys do not overlap: each starts after the previous one's label.
    const xs = keys.map((k) => Number(all(k).find((n) => n.tag === 'line')?.attrs?.x1));
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    expect(Math.max(...xs)).toBeLessThan(960);
    expect(toMarkup(svg)).toContain('Approved budget');
  });

  it('leaves out the approved and current-month keys when there are none', () => {
    const svg = burnChart({ ...options, approved: null, asOf: '2026-12' }) as SvgElement;
    expect(all(svg).filter((n) => n.attrs?.class === 'burn__key').map(textOf)).toEqual(['Planned', 'Committed', 'Actual']);
  });

  it('names itself by title and description ids when given a prefix, else by aria-label', () => {
    const description = describeBurn(months, 500_00, '2027-02', amount, (m) => m);
    expect(description).toBe('From 2027-01 to 2027-03, planned cost reaches €400 against an approved budget of €500. By 2027-02, €200 is committed and €120 spent, against €250 planned.');
    const named = burnChart({ ...options, description, idPrefix: 'b1' }) as SvgElement;
    expect(named.attrs?.['aria-labelledby']).toBe('b1-title b1-desc');
    expect(all(named).find((n) => n.tag === 'desc')?.attrs?.id).toBe('b1-desc');
    expect((burnChart(options) as SvgElement).attrs?.['aria-label']).toBe('Burn chart');
    expect(burnChart({ ...options, months: [] })).toBeNull();
  });
});
