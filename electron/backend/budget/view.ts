import type Database from 'better-sqlite3';
import type { BudgetHeadlineView, BudgetView, VendorCostOfOwnership } from '../../../shared/api/methods/budget';
import type { BudgetSettings, CostLine } from '../../../shared/schemas/budget';
import { computeBudget, type LineCostsMemo } from '../../../shared/rules/budget/compute';
import { budgetFigures } from '../../../shared/rules/budget/figures';
import { aboutBudgetFigures } from '../../../shared/reports/redacted';
import { currentMonth, type DayPeriod } from '../../../shared/rules/budget/months';
import { budgetReadiness } from '../../../shared/rules/budget/readiness';
import type { StepWarning } from '../../../shared/rules/step-status';
import { threeYearTco } from '../../../shared/rules/scoring/tco';
import { withChangedRows } from '../history/changed-rows';
import { readRedactions } from '../interchange/redactions';
import { dataStamp } from '../history/data-stamp';
import { readHeadcount, readState, readVendorRows } from '../vendors/read';
import { hasTable, readBudgetSettings, readCostLines, readTaskOptions, readVendors, readWaves, type WaveRow } from './read';
import { readTaskPeriods } from './task-periods';

function wavePeriods(waves: readonly WaveRow[] | null): Map<string, DayPeriod> {
  const periods = new Map<string, DayPeriod>();
  for (const wave of waves ?? []) if (wave.start && wave.end && wave.end >= wave.start) periods.set(wave.id, { start: wave.start, end: wave.end });
  return periods;
}

function projectCurrency(db: Database.Database): string {
  return (db.prepare('SELECT currency FROM project LIMIT 1').get() as { currency: string }).currency;
}

type BuiltBudget = ReturnType<typeof computeBuiltBudget>;

/** The tables computeBuiltBudget reads besides the plan: the lines and settings, the waves, the project's currency. */
const BUDGET_TABLES = ['cost_line', 'budget_settings', 'wave', 'project'];
const LINE_TABLES = ['cost_line'];

/**
 * The budget as last computed, while none of its tables has changed, it is the same month and the tasks its lines
 * follow keep their dates (see readPlan and dataStamp for why the key is safe): the step warnings, the Overview's
 * headline and the budget view each need it after every edit, and a drag in the timeline moves a few tasks of
 * thousands. After an edit of a few lines only those are read again and costed (see withChangedRows and
 * LineCostsMemo): an edit in a budget of 2,000 lines then costs the roll-ups only. Callers treat it as read-only.
 */
const budgetCache = new WeakMap<Database.Database, { stamp: string; linesStamp: string; asOf: string; followed: string; built: BuiltBudget }>();
const lineCostsMemo: LineCostsMemo = new WeakMap();

/** The dates of the tasks that lines follow, as one text: the part of the plan the budget depends on. */
function followedDates(lines: readonly CostLine[], periods: ReadonlyMap<string, DayPeriod>): string {
  let key = '';
  for (const line of lines) {
    if (line.scheduleFrom !== 'task' || !line.taskId) continue;
    const period = periods.get(line.taskId);
    key += period ? `${line.taskId}:${period.start}:${period.end};` : `${line.taskId};`;
  }
  return key;
}

function currentLines(db: Database.Database, cached: { linesStamp: string; built: BuiltBudget } | undefined, linesStamp: string): CostLine[] {
  if (!cached) return readCostLines(db);
  if (cached.linesStamp === linesStamp) return cached.built.lines;
  return withChangedRows(db, 'cost_line', LINE_TABLES, cached.built.lines, cached.linesStamp, (before, after) => before.sortOrder === after.sortOrder) ?? readCostLines(db);
}

/** Everything the budget view shows, computed from the file as it is now; `today` decides what is "to date". */
export function buildBudget(db: Database.Database, today = new Date().toISOString()): BuiltBudget {
  if (db.inTransaction) return computeBuiltBudget(db, today, readCostLines(db), readTaskPeriods(db));
  const stamp = dataStamp(db, BUDGET_TABLES);
  const linesStamp = dataStamp(db, LINE_TABLES);
  const asOf = currentMonth(today);
  const cached = budgetCache.get(db);
  const lines = currentLines(db, cached, linesStamp);
  const periods = readTaskPeriods(db);
  const followed = followedDates(lines, periods);
  if (cached && cached.stamp === stamp && cached.asOf === asOf && cached.followed === followed) return cached.built;
  const built = computeBuiltBudget(db, today, lines, periods, lineCostsMemo);
  budgetCache.set(db, { stamp, linesStamp, asOf, followed, built });
  return built;
}

function computeBuiltBudget(db: Database.Database, today: string, lines: CostLine[], taskPeriods: Map<string, DayPeriod>, reuse?: LineCostsMemo) {
  const settings = readBudgetSettings(db);
  const waves = readWaves(db);
  const headcount = waves ? waves.reduce((sum, w) => sum + w.headcount, 0) : null;
  const currency = projectCurrency(db);
  const asOf = currentMonth(today);
  const computed = computeBudget({
    lines, settings, projectCurrency: currency, asOf, waveHeadcount: headcount,
    linked: { tasks: taskPeriods, waves: wavePeriods(waves) }, reuse,
  });
  return { lines, settings, waves, currency, asOf, computed };
}

/** The headline figures only, for the Overview and the plan step: no lines, months or link options. */
export function readBudgetHeadline(db: Database.Database, today?: string): BudgetHeadlineView {
  const { lines, settings, currency, computed } = buildBudget(db, today);
  return { currency, settings, headline: computed.headline, lineCount: lines.length, costsRedacted: costsRedacted(db, lines, settings) };
}

export function readBudgetView(db: Database.Database, today?: string): BudgetView {
  const { lines, settings, waves, currency, asOf, computed } = buildBudget(db, today);
  const vendors = readVendors(db);
  const waveName = new Map((waves ?? []).map((w) => [w.id, w.name]));
  return {
    currency,
    asOf,
    settings,
    ...budgetFigures(lines, computed, (key) => (key === null ? 'Not linked to a wave' : (waveName.get(key) ?? 'A wave that was removed'))),
    options: {
      tasks: readTaskOptions(db),
      waves: waves ? waves.map((w) => ({ id: w.id, label: w.name })) : null,
      vendors: vendors ? vendors.map((v) => ({ id: v.id, label: v.name })) : null,
    },
    costOfOwnership: readCostOfOwnership(db),
    costsRedacted: costsRedacted(db, lines, settings),
  };
}

/**
 * Whether this file is a hand-off copy made without its cost figures, and still holds none: once its recipient
 * enters an approved budget or an amount, the budget is theirs and shows as any other.
 */
function costsRedacted(db: Database.Database, lines: readonly CostLine[], settings: BudgetSettings): boolean {
  if (readRedactions(db)?.costFigures !== true) return false;
  return settings.approvedBudget === null && lines.every((l) => l.unitCost === 0 && l.committed === 0 && l.actual === 0);
}

/**
 * The vendor evaluation owns the three-year cost of ownership: its price inputs, its headcount (the waves' when
 * there are waves) and its formula (shared/rules/scoring/tco). The budget shows the result read-only.
 */
function readCostOfOwnership(db: Database.Database): VendorCostOfOwnership[] | null {
  if (!hasTable(db, 'vendor') || !hasTable(db, 'vendor_evaluation')) return null;
  const vendors = readVendorRows(db);
  if (vendors.length === 0) return null;
  const headcount = readHeadcount(db, readState(db).headcount).value;
  return vendors.map((v) => {
    const tco = threeYearTco(v, headcount);
    return { vendorId: v.id, name: v.name, headcount: tco.headcount, total: tco.total, perUserPerMonth: tco.perUserPerMonth };
  });
}

/** Readiness of step 4 as far as the budget is concerned (see shared/rules/budget/readiness). */
export function budgetWarnings(db: Database.Database, now: Date = new Date()): StepWarning[] {
  const { lines, settings, computed } = buildBudget(db, now.toISOString());
  const warnings = budgetReadiness(lines.length, computed.headline, settings.warningPercent, computed.missingRates);
  // The figures of a copy handed over without them are zeros: warnings about them would be about nothing (its
  // reports leave them out too); a missing exchange rate still counts.
  return costsRedacted(db, lines, settings) ? warnings.filter((w) => !aboutBudgetFigures(w)) : warnings;
}
