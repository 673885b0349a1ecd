import type { ProjectDocument } from '../interchange/document';
import type { StepSummary, StepWarning } from '../rules/step-status';
import type { Block } from './model';

/**
 * What a report of a hand-off copy must know: which figures were taken out of it. A copy whose cost figures were
 * redacted holds zeros and no approved budget; its reports say the figures are redacted instead of printing "€0"
 * and the setup hints of an empty budget ("Enter the approved budget…").
 */
export interface ReportRedactions {
  costFigures: boolean;
}

const redactionsOf = new WeakMap<ProjectDocument, ReportRedactions>();

/** Called by buildReport for the document it builds from. */
export function setRedactions(doc: ProjectDocument, redactions: ReportRedactions | undefined): void {
  if (redactions) redactionsOf.set(doc, redactions);
  else redactionsOf.delete(doc);
}

export function costsRedacted(doc: ProjectDocument): boolean {
  return redactionsOf.get(doc)?.costFigures === true;
}

export const COSTS_REDACTED_TEXT = 'The cost figures were redacted from this hand-off copy; they are not shown.';

export const COSTS_REDACTED: Block[] = [{ kind: 'callout', tone: 'info', title: 'Cost figures redacted', text: COSTS_REDACTED_TEXT }];

/** The budget's own readiness warnings (shared/rules/budget/readiness): about the figures, so meaningless once they are gone. */
const BUDGET_FIGURE_WARNING = /^The budget (has cost lines but no approved budget|forecast is)/;

/** Whether a readiness warning is about the budget's figures (the app's screens of such a copy leave these out too). */
export function aboutBudgetFigures(warning: StepWarning): boolean {
  return BUDGET_FIGURE_WARNING.test(warning.message);
}

/**
 * The step summaries as a report shows them. With the cost figures redacted, the warnings about the (removed)
 * figures are left out and a step they alone put in "attention" shows the status its tasks give it.
 */
export function reportSteps(doc: ProjectDocument): StepSummary[] {
  const steps = doc.derived.steps;
  if (!costsRedacted(doc)) return steps;
  return steps.map((step) => {
    const warnings = step.warnings.filter((w) => !aboutBudgetFigures(w));
    if (warnings.length === step.warnings.length) return step;
    const { taskCount, percentComplete } = step.progress;
    const computedStatus = warnings.length > 0 ? 'attention' as const
      : taskCount === 0 || percentComplete === 0 ? 'not_started' as const
        : percentComplete >= 100 ? 'done' as const : 'in_progress' as const;
    return { ...step, warnings, computedStatus, status: step.statusOverride ?? computedStatus };
  });
}
