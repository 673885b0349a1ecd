import type { ReportKind } from '../../../shared/reports/definitions';
import { REPORTS } from '../../../shared/reports/definitions';

/** The report picker's entries, in the order a program manager reaches for them. */
export const REPORT_CHOICES: { kind: ReportKind; title: string; description: string }[] = (['executive', 'status', 'vendors', 'budget'] as const)
  .map((kind) => ({ kind, title: REPORTS[kind].title, description: REPORTS[kind].description }));
