import type { ProjectDocument } from '../../interchange/document';
import { STEP_STATUS_LABELS } from '../../schemas/step';
import { STEPS } from '../../steps';
import type { Block, Cell, Rag } from '../model';
import { overallRating } from '../rag';
import { ragChips } from '../facts';
import { reportSteps } from '../redacted';

const STEP_TONE: Record<string, Rag> = { done: 'green', in_progress: 'green', attention: 'amber', not_started: 'grey' };

export function ragBlocks(doc: ProjectDocument, now: Date): Block[] {
  const chips = ragChips(doc, now);
  const overall = overallRating(chips);
  return [
    { kind: 'rag', chips },
    { kind: 'paragraph', muted: true, text: `The overall rating (${overall.rating}) is the worst of the six; grey means nothing to rate yet.` },
  ];
}

export function stepRows(doc: ProjectDocument): Cell[][] {
  const summaries = reportSteps(doc);
  return STEPS.map((step) => {
    const summary = summaries.find((s) => s.key === step.key);
    const status = summary?.status ?? 'not_started';
    const notes = summary?.warnings.map((w) => w.message).join('; ') || (summary?.statusOverride ? summary.overrideReason : '');
    return [
      `${step.number}. ${step.title}`,
      { text: STEP_STATUS_LABELS[status], tone: STEP_TONE[status] },
      { text: summary ? `${summary.progress.percentComplete}%` : '–', numeric: true },
      notes,
    ];
  });
}

export function stepBlocks(doc: ProjectDocument): Block[] {
  return [{ kind: 'table', caption: 'Status and progress per step', header: ['Step', 'Status', 'Done', 'Attention points'], rows: stepRows(doc), numericColumns: [2] }];
}

/** The one-page form: status and progress only (the open issues section lists the attention points). */
export function compactStepBlocks(doc: ProjectDocument): Block[] {
  return [{ kind: 'table', caption: 'Status and progress per step', header: ['Step', 'Status', 'Done'], rows: stepRows(doc).map((r) => r.slice(0, 3)), numericColumns: [2] }];
}
