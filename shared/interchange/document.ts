import type { StepSummary } from '../rules/step-status';
import type { BudgetHeadline } from '../rules/budget/headline';
import type { Sensitivity } from '../rules/scoring/sensitivity';

/**
 * The JSON interchange document: the whole project as plain data, stable for other tools.
 * `tables` holds every entity table of the project file, one array per table, each row with the field names
 * of the API (camelCase; booleans and JSON columns as values). `derived` holds what a reader would otherwise
 * have to recompute with the app's rules; it is ignored on import (the app recomputes it).
 */
export const INTERCHANGE_FORMAT = 'rollout-planner/project';
/** Bumped only when a reader of version 1 could misread a document; new optional fields do not bump it. */
export const INTERCHANGE_VERSION = 1;

export type InterchangeRow = Record<string, unknown> & { id?: string; key?: string };

export interface ProjectDocument {
  format: typeof INTERCHANGE_FORMAT;
  formatVersion: typeof INTERCHANGE_VERSION;
  /** The project file's schema version the tables come from. */
  schemaVersion: number;
  exportedAt: string;
  generator: { name: string; version: string };
  tables: Record<string, InterchangeRow[]>;
  derived: DerivedResults;
}

export interface ScheduledTaskResult {
  id: string;
  wbs: string;
  earlyStart: string | null;
  earlyFinish: string | null;
  lateStart: string | null;
  lateFinish: string | null;
  totalSlackDays: number | null;
  critical: boolean;
  isSummary: boolean;
  durationDays: number;
  percentComplete: number;
}

export interface VendorResultSummary {
  vendorId: string;
  name: string;
  /** Weighted total on 0..100. */
  total: number;
  /** 1 = leader; null when knocked out. */
  rank: number | null;
  /** out: failed a must-have; pending: a must-have not yet checked; in: passed them all. */
  knockout: 'in' | 'out' | 'pending';
  /** Ids of the must-have criteria the vendor failed. */
  failedMustHaves: string[];
}

export interface DerivedResults {
  schedule: {
    projectStart: string;
    projectFinish: string;
    tasks: ScheduledTaskResult[];
    criticalPath: string[];
  };
  vendors: {
    weightMethod: 'direct' | 'ahp';
    aggregation: 'mean' | 'median';
    /** Final criterion weights (sum 1), by criterion id. */
    criterionWeights: Record<string, number>;
    /** AHP group weights and consistency ratio, when the weights come from pairwise comparisons. */
    ahp: { groupWeights: Record<string, number>; consistencyRatio: number | null } | null;
    results: VendorResultSummary[];
    sensitivity: Sensitivity;
  } | null;
  budget: { currency: string; asOf: string; headline: BudgetHeadline } | null;
  steps: StepSummary[];
}
