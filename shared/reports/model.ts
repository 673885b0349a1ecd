import type { ProjectDocument } from '../interchange/document';
import type { SvgElement } from './charts/svg-tree';

/**
 * A report as pure data: sections made of blocks. The HTML renderer (html.ts) is the only thing that turns it into
 * markup, so every text of every report is escaped in one place.
 */
export type Rag = 'red' | 'amber' | 'green' | 'grey';
export const RAG_LABELS: Record<Rag, string> = { red: 'Red', amber: 'Amber', green: 'Green', grey: 'Not rated' };

export interface RagChip {
  label: string;
  rating: Rag;
  /** One line: why this rating. */
  reason: string;
}

/** A table cell: plain text, or text with a tone (rendered as a small badge) and right alignment for numbers. */
export type Cell = string | { text: string; tone?: Rag; numeric?: boolean; strong?: boolean };

export type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string; muted?: boolean }
  | { kind: 'keyValues'; items: { key: string; value: string }[] }
  | { kind: 'table'; caption: string; header: string[]; rows: Cell[][]; numericColumns?: number[]; empty?: string }
  | { kind: 'rag'; chips: RagChip[] }
  | { kind: 'chart'; caption: string; svg: SvgElement; width?: 'full' | 'half' }
  | { kind: 'callout'; tone: 'info' | 'warning' | 'success'; title: string; text: string }
  | { kind: 'list'; items: string[] };

export interface ReportSection {
  id: string;
  title: string;
  blocks: Block[];
}

export interface ReportCover {
  title: string;
  projectName: string;
  organisation: string;
  /** The report date, already formatted. */
  date: string;
  overall: RagChip | null;
  facts: { key: string; value: string }[];
}

export interface Report {
  /** A one-page report: smaller type and a cover without the facts list. */
  compact?: boolean;
  cover: ReportCover;
  sections: ReportSection[];
}

/** One section of a definition: its id and title are static so the UI can list them before a project is read. */
export interface SectionDefinition {
  id: string;
  title: string;
  build(doc: ProjectDocument, now: Date): Block[];
}

export interface ReportDefinition {
  title: string;
  description: string;
  sections: SectionDefinition[];
  overall?: (doc: ProjectDocument, now: Date) => RagChip | null;
  compact?: boolean;
}
