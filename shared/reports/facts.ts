import type { ProjectDocument } from '../interchange/document';
import { computeBudget } from '../rules/budget/compute';
import { currentMonth, type DayPeriod } from '../rules/budget/months';
import { riskLevel, riskScore } from '../rules/governance';
import { summariseKpi, type KpiSummary } from '../rules/monitoring';
import { summarisePilot, type PilotSummary } from '../rules/pilot';
import type { BudgetSettings, CostLine } from '../schemas/budget';
import type { Wave } from '../schemas/deployment';
import type { Risk } from '../schemas/governance';
import type { Kpi, Measurement } from '../schemas/monitoring';
import type { ExitCriterion, Finding, PilotGroup } from '../schemas/pilot';
import type { Task } from '../schemas/task';
import type { RagChip } from './model';
import { byId, project, rows } from './doc';
import { costsRedacted } from './redacted';
import { isoDay } from './format';
import { benefitRating, costRating, qualityRating, riskRating, scopeRating, timeRating } from './rag';

/** What several reports read: computed once per document with the app's own rules. */

export function pilotSummary(doc: ProjectDocument, today: string): PilotSummary {
  return summarisePilot(rows<PilotGroup>(doc, 'pilot_group'), rows<ExitCriterion>(doc, 'pilot_criterion'), rows<Finding>(doc, 'pilot_finding'),
    rows(doc, 'pilot_decision'), today);
}

export function kpiSummaries(doc: ProjectDocument, today: string): { kpi: Kpi; summary: KpiSummary }[] {
  const measurements = rows<Measurement>(doc, 'kpi_measurement');
  return rows<Kpi>(doc, 'kpi').map((kpi) => ({ kpi, summary: summariseKpi(kpi, measurements.filter((m) => m.kpiId === kpi.id), today) }));
}

/** Residual level of a risk (its inherent level when no residual rating is given). */
export function residualLevel(risk: Risk) {
  return riskLevel(riskScore(risk.residualLikelihood ?? risk.likelihood, risk.residualImpact ?? risk.impact));
}

export function openRisks(doc: ProjectDocument): Risk[] {
  return rows<Risk>(doc, 'risk').filter((r) => r.status !== 'closed')
    .sort((a, b) => riskScore(b.likelihood, b.impact) - riskScore(a.likelihood, a.impact));
}

/** Leaf tasks past their scheduled finish and not complete. */
export function overdueTasks(doc: ProjectDocument, today: string): Task[] {
  const tasks = byId(rows<Task>(doc, 'task'));
  return doc.derived.schedule.tasks
    .filter((t) => !t.isSummary && t.earlyFinish !== null && t.earlyFinish < today && t.percentComplete < 100)
    .flatMap((t) => tasks.get(t.id) ?? []);
}

export function ragChips(doc: ProjectDocument, now: Date): RagChip[] {
  const today = isoDay(now);
  const p = project(doc);
  const pilot = pilotSummary(doc, today);
  return [
    timeRating({ targetGoLive: p.targetGoLive, scheduledFinish: doc.derived.schedule.tasks.length > 0 ? doc.derived.schedule.projectFinish : null, overdueTasks: overdueTasks(doc, today).length }),
    costRating(doc.derived.budget?.headline ?? null, costsRedacted(doc)),
    scopeRating(rows<{ priority: string; status: string }>(doc, 'requirement')),
    qualityRating({ criteria: pilot.criteria, openBlockingFindings: pilot.openBlockingFindings }),
    benefitRating(kpiSummaries(doc, today).map((k) => k.summary.status)),
    riskRating(openRisks(doc).map(residualLevel)),
  ];
}

type BudgetMonths = ReturnType<typeof computeBudgetMonths>;

/** Computed once per document and month: the headline, breakdown, lines and phasing sections all read it. */
const budgetMonthsOf = new WeakMap<ProjectDocument, { asOf: string; computed: BudgetMonths }>();

/** The budget's monthly phasing, recomputed from the document's rows with the budget's own rule. */
export function budgetMonths(doc: ProjectDocument, now: Date): BudgetMonths {
  const asOf = currentMonth(now.toISOString());
  const cached = budgetMonthsOf.get(doc);
  if (cached && cached.asOf === asOf) return cached.computed;
  const computed = computeBudgetMonths(doc, now);
  budgetMonthsOf.set(doc, { asOf, computed });
  return computed;
}

function computeBudgetMonths(doc: ProjectDocument, now: Date) {
  const settings = rows<BudgetSettings>(doc, 'budget_settings')[0];
  if (!settings) return null;
  const tasks = new Map<string, DayPeriod>();
  for (const t of doc.derived.schedule.tasks) if (t.earlyStart && t.earlyFinish && t.earlyFinish >= t.earlyStart) tasks.set(t.id, { start: t.earlyStart, end: t.earlyFinish });
  const waves = rows<Wave>(doc, 'wave');
  const wavePeriods = new Map<string, DayPeriod>();
  for (const w of waves) if (w.startDate && w.endDate && w.endDate >= w.startDate) wavePeriods.set(w.id, { start: w.startDate, end: w.endDate });
  const headcount = doc.tables.wave ? waves.reduce((sum, w) => sum + w.headcount, 0) : null;
  return computeBudget({
    lines: rows<CostLine>(doc, 'cost_line'), settings, projectCurrency: project(doc).currency, asOf: currentMonth(now.toISOString()),
    waveHeadcount: headcount, linked: { tasks, waves: wavePeriods },
  });
}
