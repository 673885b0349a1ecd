import type { InterchangeRow, ProjectDocument } from '../interchange/document';
import type { Project } from '../schemas/project';

/**
 * Typed reads of the interchange document's tables. The rows are the API's own entities (the document is built
 * from them), so the cast is to the schema types of shared/schemas; a table the file does not have reads as empty.
 */
export function rows<T>(doc: ProjectDocument, table: string): T[] {
  return (doc.tables[table] ?? []) as unknown as T[];
}

export function project(doc: ProjectDocument): Project {
  const row = doc.tables.project?.[0];
  if (!row) throw new Error('The document has no project row.');
  return row as unknown as Project;
}

export function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((i) => [i.id, i]));
}

export function sorted<T extends InterchangeRow | { sortOrder?: number }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => Number(a.sortOrder ?? 0) - Number(b.sortOrder ?? 0));
}
