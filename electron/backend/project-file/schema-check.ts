import Database from 'better-sqlite3';
import { ApiError } from '../../../shared/errors';
import { migrate } from './migrations';

interface SchemaObject {
  type: string;
  name: string;
  sql: string | null;
}

const expectedByVersion = new Map<number, Map<string, SchemaObject>>();

function readSchema(db: Database.Database): SchemaObject[] {
  return db.prepare("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name").all() as SchemaObject[];
}

/** The exact schema our migrations produce at `version`, built once in memory. */
function expectedSchema(version: number): Map<string, SchemaObject> {
  let expected = expectedByVersion.get(version);
  if (!expected) {
    const memory = new Database(':memory:');
    try {
      migrate(memory, version);
      expected = new Map(readSchema(memory).map((object) => [object.name, object]));
    } finally {
      memory.close();
    }
    expectedByVersion.set(version, expected);
  }
  return expected;
}

/**
 * A file whose tables, indexes or triggers differ from what our migrations create has been edited by other
 * means. Refusing it keeps hand-made triggers from running on our edits and missing tables from failing later
 * in the middle of an edit.
 */
export function verifySchema(db: Database.Database, version: number): void {
  const expected = expectedSchema(version);
  const actual = readSchema(db);
  const actualNames = new Set(actual.map((object) => object.name));
  for (const name of expected.keys()) {
    if (!actualNames.has(name)) throw new ApiError('FILE_CORRUPT', `The project file is incomplete: it has no "${name}".`);
  }
  for (const object of actual) {
    const wanted = expected.get(object.name);
    if (!wanted) throw new ApiError('FILE_CORRUPT', `The project file contains a ${object.type} "${object.name}" that Rollout Planner did not create.`);
    if (wanted.type !== object.type || wanted.sql !== object.sql) {
      throw new ApiError('FILE_CORRUPT', `The structure of "${object.name}" in the project file was changed outside Rollout Planner.`);
    }
  }
}
