import type { DataExportFormat } from '../../../shared/api/methods/exports';

export interface DataExportOption {
  format: DataExportFormat;
  title: string;
  /** What the file is for, in the words of the person choosing it. */
  purpose: string;
  /** What the download button says. */
  action: string;
}

export const DATA_EXPORT_OPTIONS: readonly DataExportOption[] = [
  {
    format: 'xlsx',
    title: 'Excel workbook (.xlsx)',
    purpose: 'One sheet per table, plus a summary and the schedule with late dates, slack and the critical path. Real dates and numbers, ready to filter and chart.',
    action: 'Download workbook',
  },
  {
    format: 'csv',
    title: 'CSV tables (.zip)',
    purpose: 'One comma-separated file per table, UTF-8, for databases, BI tools and scripts.',
    action: 'Download CSV files',
  },
  {
    format: 'mspdi',
    title: 'MS Project XML (.xml)',
    purpose: 'Tasks with their outline, durations and milestones, dependencies with lags, the working calendar with holidays, and task owners as resources.',
    action: 'Download MS Project file',
  },
  {
    format: 'ics',
    title: 'Calendar (.ics)',
    purpose: 'Milestones, deployment waves and gate decisions, training sessions and communications, for Outlook, Google or Apple calendars.',
    action: 'Download calendar',
  },
];
