import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/errors';
import type { ProjectDocument } from '../../shared/interchange/document';
import { buildProjectDocument } from '../../electron/backend/interchange/project-document';
import { interchangeJsonSchemaText, interchangeSchemas } from '../../electron/backend/interchange/document-schema';
import { importProjectDocument, issueLines, parseDocumentText } from '../../electron/backend/interchange/import-document';
import { openProjectFile } from '../../electron/backend/project-file/project-file';
import { tempDir } from '../support/backend';
import { writeSampleProject } from '../support/sample-file';

let dir: string;
let sample: ProjectDocument;
let sampleJson: string;

function exportFile(filePath: string): ProjectDocument {
  const file = openProjectFile(filePath);
  try {
    return buildProjectDocument(file.db, new Date('2027-03-01T09:00:00Z'));
  } finally {
    file.close();
  }
}

/** The import's VALIDATION error as `path: message` lines. */
function refusal(doc: unknown, out: string): string[] {
  try {
    importProjectDocument(doc, out);
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('VALIDATION');
    return issueLines((error as ApiError).issues);
  }
  throw new Error('the import was accepted');
}

const clone = (): ProjectDocument => JSON.parse(sampleJson) as ProjectDocument;

beforeAll(() => {
  dir = tempDir('rollout-interchange-');
  sample = exportFile(writeSampleProject(dir));
  sampleJson = JSON.stringify(sample);
});

describe('the JSON interchange document', () => {
  it('validates against its own schema, and the committed JSON Schema is up to date', () => {
    const parsed = interchangeSchemas().document.safeParse(sample);
    expect(parsed.success ? [] : issueLines(parsed.error.issues.map((i) => ({ path: i.path as (string | number)[], message: i.message })))).toEqual([]);
    const committed = fs.readFileSync(path.resolve('docs/interchange.schema.json'), 'utf8');
    expect(committed, 'run `npm run interchange-schema`').toBe(interchangeJsonSchemaText());
  });

  it('round-trips the sample: JSON -> import -> JSON gives identical tables', () => {
    const out = path.join(dir, 'round-trip.rollout');
    const started = performance.now();
    const { counts } = importProjectDocument(parseDocumentText(sampleJson), out, { actor: 'tester', sourceName: 'northwind.json' });
    const importMs = performance.now() - started;
    expect(counts.task).toBe(sample.tables.task?.length);
    const again = exportFile(out);
    expect(again.tables).toEqual(sample.tables);
    expect({ ...again, exportedAt: '' }).toEqual({ ...sample, exportedAt: '' });
    const file = openProjectFile(out);
    try {
      const audit = file.db.prepare('SELECT summary FROM audit_log').all() as { summary: string }[];
      expect(audit.map((a) => a.summary)).toEqual(['Imported from northwind.json']);
      expect(file.db.prepare('SELECT COUNT(*) AS n FROM history_entry').get()).toEqual({ n: 0 });
    } finally {
      file.close();
    }
    console.log(`sample: ${sampleJson.length} bytes of JSON, import ${importMs.toFixed(0)} ms`);
  });

  it('keeps the blank defaults for tables the document leaves out (what the MS Project import relies on)', () => {
    const doc = clone();
    const kept = ['project', 'task', 'dependency', 'calendar', 'holiday'];
    doc.tables = Object.fromEntries(Object.entries(doc.tables).filter(([name]) => kept.includes(name)));
    const again = exportFile(importProjectDocument(doc, path.join(dir, 'plan-only.rollout')).path);
    expect(again.tables.task).toEqual(sample.tables.task);
    expect(again.tables.step?.map((s) => s.key)).toHaveLength(10);
    expect(again.tables.vendor).toEqual([]);
    expect(again.tables.vendor_evaluation).toHaveLength(1);
    expect(again.tables.budget_settings?.[0]?.approvedBudget).toBeNull();
  });

  it('lists every problem with its path and leaves no file behind', () => {
    const doc = clone() as unknown as { tables: Record<string, Record<string, unknown>[]> } & Record<string, unknown>;
    const tables = doc.tables;
    (tables.task as Record<string, unknown>[])[3] = { ...tables.task?.[3], durationDays: 'ten' };
    (tables.risk as Record<string, unknown>[])[0] = { ...tables.risk?.[0], likelihood: 9, extra: 1 };
    tables.holiday = [{ id: 'h1', date: '2027-02-30', label: 'Not a day' }];
    tables.spreadsheet = [];
    const out = path.join(dir, 'refused.rollout');
    const lines = refusal(doc, out);
    expect(lines).toEqual(expect.arrayContaining([
      expect.stringMatching(/^tables\.task\[3\]\.durationDays: /),
      expect.stringMatching(/^tables\.risk\[0\]\.likelihood: /),
      'tables.risk[0].extra: Unknown field',
      expect.stringMatching(/^tables\.holiday\[0\]\.date: Expected a real calendar date/),
      'tables.spreadsheet: Unknown table',
    ]));
    expect(lines).toHaveLength(5);
    expect(fs.readdirSync(dir).filter((f) => f.includes('refused'))).toEqual([]);
  });

  it('refuses dangling references, cycles, a newer format, deep nesting and text that is not JSON', () => {
    const out = path.join(dir, 'refused.rollout');
    const dangling = clone();
    (dangling.tables.score as Record<string, unknown>[])[0] = { ...dangling.tables.score?.[0], vendorId: 'no-such-vendor' };
    (dangling.tables.requirement as Record<string, unknown>[])[0] = { ...dangling.tables.requirement?.[0], useCaseIds: ['ghost'] };
    expect(refusal(dangling, out)).toEqual([
      'tables.score[0].vendorId: No vendor with id no-such-vendor in tables.vendor',
      'tables.requirement[0].useCaseIds[0]: No use case with id ghost in tables.use_case',
    ]);

    const cyclic = clone();
    const [a, b] = (cyclic.tables.dependency ?? []) as { predecessorId: string; successorId: string }[];
    cyclic.tables.dependency?.push({ id: 'loop-1', predecessorId: a?.successorId, successorId: a?.predecessorId, type: 'FS', lagDays: 0 });
    const names = new Map(cyclic.tables.task?.map((t) => [t.id, t.name]));
    const [cycle] = refusal(cyclic, out);
    expect(cycle).toMatch(/^tables\.dependency\[\d+\]: The dependencies go round in a loop: /);
    expect(cycle).toContain(`"${String(names.get(a?.predecessorId ?? ''))}"`);
    expect(b).toBeDefined();

    const newer = { ...clone(), formatVersion: 2 };
    expect(() => importProjectDocument(newer, out)).toThrow(/interchange format version 2 by a newer Rollout Planner/);
    expect(() => parseDocumentText(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)).toThrow(/nested deeper than 64/);
    expect(() => parseDocumentText('{"format": "rollout-planner/project",')).toThrow(/not valid JSON/);
    expect(() => importProjectDocument({ format: 'something else' }, out)).toThrow(/Not a Rollout Planner project document/);
    expect(fs.readdirSync(dir).filter((f) => f.includes('refused'))).toEqual([]);
  });

  it('leaves no file behind when SQLite refuses a row during the fill', () => {
    const doc = clone();
    const [first] = (doc.tables.criterion_group ?? []) as { id: string }[];
    // A cross-column CHECK (group a before group b) only SQLite knows about.
    doc.tables.ahp_comparison = [{ id: 'bad', groupAId: first?.id, groupBId: first?.id, evaluatorId: null, value: 3 }];
    const out = path.join(dir, 'refused-fill.rollout');
    expect(refusal(doc, out)).toEqual([expect.stringMatching(/^tables\.ahp_comparison\[0\]: Refused by the project file: CHECK constraint failed/)]);
    expect(fs.readdirSync(dir).filter((f) => f.includes('refused-fill'))).toEqual([]);
  });
});
