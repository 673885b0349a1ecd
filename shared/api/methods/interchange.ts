import { z } from 'zod';
import { Empty, method } from '../method';
import type { OpenProject } from '../contract';

/** A file handed over the API: its name and its bytes as base64. */
export interface FileDownload {
  fileName: string;
  base64: string;
}

/** Base64 of at most 50 MB of JSON (the import's own limit), plus what base64 adds. */
const MAX_BASE64 = 70 * 1024 * 1024;
const MAX_TEXT = 50 * 1024 * 1024;

export const IMPORT_KINDS = ['json', 'mspdi'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const InterchangeImportInput = z
  .object({
    fileName: z.string().trim().min(1, 'Choose a file').max(255),
    kind: z.enum(IMPORT_KINDS, { message: 'Choose a JSON project document or an MS Project XML file' }),
    base64: z.string().max(MAX_BASE64, 'The file is larger than 50 MB').optional(),
    text: z.string().max(MAX_TEXT, 'The file is larger than 50 MB').optional(),
  })
  .strict()
  .refine((input) => (input.base64 === undefined) !== (input.text === undefined), { message: 'Send the file as base64 or as text', path: ['text'] });

export const HANDOFF_REPORTS = ['executive', 'vendors', 'budget', 'status'] as const;
export type HandoffReport = (typeof HANDOFF_REPORTS)[number];

/** A field that can be redacted by name: `table.field` with the API's field names (`risk.owner`). */
const NamedField = z.string().trim().regex(/^[a-z_]+\.[a-zA-Z]+$/, 'Write each field as table.field, for example risk.owner');

export const HandoffRedactions = z
  .object({
    /** Notes, rationales and other internal text columns become empty. */
    internalNotes: z.boolean(),
    /** Evaluators become "Evaluator 1..n" and anonymous. */
    evaluatorNames: z.boolean(),
    /** Cost lines, the approved budget and vendor prices become 0 (or empty where the file allows). */
    costFigures: z.boolean(),
    fields: z.array(NamedField).max(100),
  })
  .strict();
export type HandoffRedactions = z.infer<typeof HandoffRedactions>;

export const HandoffInput = z
  .object({
    redactions: HandoffRedactions,
    /** Empties undo history and the audit trail but for one entry saying the copy was made. */
    squashHistory: z.boolean(),
    reports: z.array(z.enum(HANDOFF_REPORTS)).max(HANDOFF_REPORTS.length),
  })
  .strict();
export type HandoffInput = z.infer<typeof HandoffInput>;

export interface HandoffResult extends FileDownload {
  /** What was redacted, line by line (the same text as REDACTIONS.md in the archive). */
  summary: string[];
  /** Reports left out, with the reason (for example: no Chromium for PDF). */
  notes: string[];
}

export const interchangeMethods = {
  /** The open project as the JSON interchange document (docs/interchange.md). */
  'interchange.exportJson': method(Empty).returns<FileDownload>(),
  /** Imports a JSON project document or an MS Project XML file into a new project in the projects folder and opens it. */
  'interchange.import': method(InterchangeImportInput).returns<OpenProject>(),
  /** A zip with a redacted, compacted copy of the open project, the chosen reports and REDACTIONS.md. */
  'handoff.export': method(HandoffInput).returns<HandoffResult>(),
  /** The fields that can be named for redaction (`table.field`), for the hand-off dialog's suggestions. */
  'handoff.fields': method(Empty).returns<string[]>(),
} as const;
