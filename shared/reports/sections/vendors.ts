import type { ProjectDocument } from '../../interchange/document';
import { threeYearTco } from '../../rules/scoring/tco';
import { OFFERING_LABELS } from '../../schemas/vendors';
import { barChart } from '../charts/bar-chart';
import { radarChart } from '../charts/radar-chart';
import { byId, project } from '../doc';
import { evaluationData, evaluationResults, evaluatorName, totalsByEvaluator, type EvaluationData } from '../evaluation';
import { day, money, percent } from '../format';
import type { Block, Cell } from '../model';
import { costsRedacted } from '../redacted';
import { moreRows } from './limits';

const NONE: Block[] = [{ kind: 'paragraph', muted: true, text: 'No vendors are being evaluated yet.' }];

/** The same wording as the app's results table (renderer/features/vendors/ResultsSection knockoutText). */
export function knockoutText(state: 'in' | 'out' | 'pending'): string {
  return state === 'out' ? 'Knocked out' : state === 'pending' ? 'Must-haves not all checked' : 'Passes must-haves';
}

function withData(doc: ProjectDocument, build: (data: EvaluationData, r: ReturnType<typeof evaluationResults>) => Block[]): Block[] {
  const data = evaluationData(doc);
  return data ? build(data, evaluationResults(data)) : NONE;
}

function headcount(doc: ProjectDocument, data: EvaluationData): number {
  const waves = doc.tables.wave;
  const fromWaves = waves ? waves.reduce((sum, w) => sum + Number(w.headcount ?? 0), 0) : 0;
  return fromWaves > 0 ? fromWaves : Number(doc.tables.vendor_evaluation?.[0]?.headcount ?? 0) || data.vendors.length;
}

/** The ranking table and chart; with a limit (the executive report), the leaders and the chosen vendor only. */
export function rankingBlocks(doc: ProjectDocument, limit = Number.POSITIVE_INFINITY): Block[] {
  return withData(doc, (data, r) => {
    const vendors = byId(data.vendors);
    const criteria = byId(data.criteria);
    const currency = project(doc).currency;
    const users = headcount(doc, data);
    const name = (id: string | null) => (id ? (vendors.get(id)?.name ?? '?') : '–');
    const chosen = data.decision?.chosenVendorId ?? null;
    const shown = r.results.length > limit ? r.results.filter((res, i) => i < limit || res.vendorId === chosen) : r.results;
    const caption = shown.length < r.results.length
      ? `Ranking by weighted total (0-100): the first ${limit} of ${r.results.length}${shown.length > limit ? ' and the chosen vendor' : ''}`
      : 'Ranking by weighted total (0-100)';
    // A copy without its prices ranks the vendors on their scores alone: no cost of ownership to show.
    const noCosts = costsRedacted(doc);
    return [
      { kind: 'table', caption, header: ['Rank', 'Vendor', 'Offering', 'Total', 'Must-haves', ...(noCosts ? [] : ['Three-year cost', 'Per user per month'])], numericColumns: noCosts ? [0, 3] : [0, 3, 5, 6],
        rows: shown.map((res) => {
          const v = vendors.get(res.vendorId);
          const tco = v && !noCosts ? threeYearTco(v, users) : null;
          const must: Cell = { text: knockoutText(res.knockout.state) + (res.knockout.failed.length > 0 ? ` (${res.knockout.failed.map((id) => criteria.get(id)?.name ?? '?').join(', ')})` : ''), tone: res.knockout.state === 'out' ? 'red' : res.knockout.state === 'pending' ? 'amber' : 'green' };
          return [res.rank === null ? '–' : String(res.rank), { text: `${v?.name ?? '?'}${res.vendorId === chosen ? ' (chosen)' : ''}`, strong: res.vendorId === chosen },
            v ? OFFERING_LABELS[v.offeringType] : '', res.total.toFixed(1), must, ...(noCosts ? [] : [tco ? money(tco.total, currency) : '', tco ? money(tco.perUserPerMonth, currency) : ''])];
        }) },
      ...moreRows(r.results.length, shown.length, 'vendors', 'the vendor evaluation report ranks and compares them all'),
      { kind: 'chart', caption: 'Weighted total per vendor; hatched bars are knocked out.', svg: barChart({ title: 'Weighted total per vendor', idPrefix: 'rank', bars: shown.map((res) => ({ label: name(res.vendorId), value: res.total, marked: res.knockout.state === 'out', note: res.knockout.state === 'out' ? '(knocked out)' : '' })) }) },
      { kind: 'paragraph', muted: true, text: noCosts ? 'Vendor prices were redacted from this hand-off copy: no cost of ownership is shown.' : `Cost of ownership for ${users.toLocaleString('en-GB')} users over three years.` },
    ];
  });
}

export function decisionBlocks(doc: ProjectDocument): Block[] {
  // The record alone: no need to score the evaluation.
  const data = evaluationData(doc);
  if (!data) return NONE;
  const d = data.decision;
  if (!d || !d.chosenVendorId) return [{ kind: 'callout', tone: 'info', title: 'No vendor decision recorded yet', text: 'The steering committee has not recorded its choice.' }];
  const chosen = data.vendors.find((v) => v.id === d.chosenVendorId)?.name ?? '?';
  return [
    { kind: 'callout', tone: 'success', title: `Decision: ${chosen}`, text: d.rationale || 'No rationale recorded.' },
    { kind: 'keyValues', items: [{ key: 'Decided by', value: d.decidedBy || '–' }, { key: 'Decided on', value: day(d.decidedOn) }, ...(d.dissent ? [{ key: 'Dissent', value: d.dissent }] : [])] },
  ];
}

export function criteriaBlocks(doc: ProjectDocument): Block[] {
  return withData(doc, (data, r) => {
    const weight = new Map(r.matrix.criterionIds.map((id, i) => [id, r.weights[i] ?? 0]));
    return data.groups.flatMap((g) => {
      const list = data.criteria.filter((c) => c.groupId === g.id);
      if (list.length === 0) return [];
      const total = list.reduce((s, c) => s + (weight.get(c.id) ?? 0), 0);
      return [{ kind: 'table' as const, caption: `${g.name} (${percent(total)})`, header: ['Criterion', 'Scale', 'Type', 'Weight'], numericColumns: [3],
        rows: list.map((c) => [c.name, c.scale, c.mustHave ? 'Must-have' : c.direction === 'cost' ? 'Cost (lower is better)' : 'Benefit', percent(weight.get(c.id) ?? 0)]) }];
    });
  });
}

export function evaluatorBlocks(doc: ProjectDocument): Block[] {
  return withData(doc, (data, r) => {
    const per = totalsByEvaluator(data);
    const order = r.results.map((res) => res.vendorId);
    const vendors = byId(data.vendors);
    return [
      { kind: 'table', caption: 'Weighted total per vendor as each evaluator scored it', header: ['Evaluator', ...order.map((id) => vendors.get(id)?.name ?? '?')], numericColumns: order.map((_, i) => i + 1),
        rows: data.evaluators.map((ev, i) => [evaluatorName(ev, i), ...order.map((id) => (per[i]?.totals.get(id) ?? 0).toFixed(1))]) },
      { kind: 'paragraph', muted: true, text: 'Evaluators who were promised anonymity appear by number only.' },
      ...data.vendors.flatMap((v): Block[] => {
        const svg = radarChart({ title: `Profile of ${v.name}`, axes: data.groups.map((g) => g.name), values: data.groups.map((g) => r.profiles.get(v.id)?.get(g.id) ?? 0), size: 300 });
        return svg ? [{ kind: 'chart', width: 'half', caption: `${v.name}: score by criteria group (0-100)`, svg }] : [];
      }),
    ];
  });
}

export function disagreementBlocks(doc: ProjectDocument): Block[] {
  return withData(doc, (data, r) => {
    const criteria = byId(data.criteria);
    const vendors = byId(data.vendors);
    const disputed = r.disagreement.filter((d) => d.maxSd > 0).slice(0, 10);
    return [{ kind: 'table', caption: 'Where the evaluators disagree most (standard deviation of scores)', header: ['Criterion', 'Largest spread', 'On vendor', 'Flag'], numericColumns: [1], empty: 'No spread between evaluators.',
      rows: disputed.map((d) => [criteria.get(d.criterionId)?.name ?? '?', d.maxSd.toFixed(2), d.vendorId ? (vendors.get(d.vendorId)?.name ?? '?') : '–', d.flagged ? { text: 'Discuss', tone: 'amber' } : '']) }];
  });
}

export function sensitivityBlocks(doc: ProjectDocument): Block[] {
  return withData(doc, (data, r) => {
    const criteria = byId(data.criteria);
    const vendors = byId(data.vendors);
    const s = r.sensitivity;
    const name = (id: string | null) => (id ? (vendors.get(id)?.name ?? '?') : '–');
    const critical = s.mostCritical;
    return [
      critical
        ? { kind: 'callout', tone: 'warning', title: `Most critical criterion: ${criteria.get(critical.criterionId)?.name ?? '?'}`, text: `Moving its weight from ${percent(critical.weight)} to ${percent(critical.flipWeight ?? 0)} (other weights rescaled in proportion) would let ${name(critical.challengerId)} tie ${name(s.leaderId)}.` }
        : { kind: 'callout', tone: 'success', title: 'A robust lead', text: `No change of a single criterion's weight can take the lead from ${name(s.leaderId)}.` },
      { kind: 'table', caption: 'Weight change per criterion that would flip the leader', header: ['Criterion', 'Weight now', 'Flips at', 'Change', 'Challenger'], numericColumns: [1, 2, 3],
        rows: [...s.criteria].filter((c) => c.flipWeight !== null).sort((a, b) => Math.abs(a.change ?? 9) - Math.abs(b.change ?? 9)).slice(0, 10)
          .map((c) => [criteria.get(c.criterionId)?.name ?? '?', percent(c.weight), c.flipWeight === null ? 'never' : percent(c.flipWeight), c.change === null ? '–' : `${c.change > 0 ? '+' : ''}${(c.change * 100).toFixed(1)} pts`, name(c.challengerId)]),
        empty: 'No single weight change flips the leader.' },
    ];
  });
}

export function knockoutBlocks(doc: ProjectDocument): Block[] {
  return withData(doc, (data) => {
    const musts = data.criteria.filter((c) => c.mustHave);
    if (musts.length === 0) return [{ kind: 'paragraph', muted: true, text: 'No must-have criteria: no vendor can be knocked out.' }];
    return [{ kind: 'table', caption: 'Must-have checks per vendor', header: ['Must-have', ...data.vendors.map((v) => v.name)],
      rows: musts.map((c) => [c.name, ...data.vendors.map((v): Cell => {
        const k = data.knockouts.find((x) => x.vendorId === v.id && x.criterionId === c.id);
        return k ? { text: k.status === 'pass' ? 'Pass' : 'Fail', tone: k.status === 'pass' ? 'green' : 'red' } : { text: 'Not checked', tone: 'grey' };
      })]) }];
  });
}
