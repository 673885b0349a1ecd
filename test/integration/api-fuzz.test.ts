import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, METHOD_NAMES } from '../../shared/api/contract';
import { SAMPLE_FIELDS, startTestBackend, type TestBackend } from '../support/backend';

/**
 * Property-based: any malformed input to any method gets VALIDATION and leaves the project exactly as it was.
 * FUZZ_RUNS raises the number of payloads per method for a longer run.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
let api: TestBackend;
let payloadsTried = 0;

async function fingerprint() {
  const [project, steps, history, audit, everything] = await Promise.all([
    api.invoke('project.current', {}),
    api.invoke('steps.list', {}),
    api.invoke('history.state', {}),
    api.invoke('audit.list', { limit: 1000 }),
    // Every row of every entity table, as the JSON export writes them (less the time of the export).
    api.invoke('interchange.exportJson', {}),
  ]);
  const tables = (JSON.parse(Buffer.from(everything.base64, 'base64').toString('utf8')) as { tables: unknown }).tables;
  return JSON.stringify({ project: project?.project, steps, history, audit: audit.length, tables });
}

/** Objects shaped like real inputs (right keys, wrong values) find more than random JSON alone. */
const nearMiss = fc.dictionary(
  fc.constantFrom('patch', 'path', 'fields', 'template', 'key', 'id', 'limit', 'beforeId', 'suggestedName', 'name', 'policy', '__proto__', 'constructor'),
  fc.oneof(fc.jsonValue(), fc.string(), fc.integer(), fc.constant(null), fc.dictionary(fc.string(), fc.jsonValue())),
);

beforeAll(async () => {
  api = startTestBackend();
  await api.invoke('project.create', { fields: SAMPLE_FIELDS, template: 'ten-step' });
});

afterAll(() => {
  console.log(`API fuzz: ${payloadsTried} malformed payloads over ${METHOD_NAMES.length} methods, all answered VALIDATION with nothing changed`);
  api.close();
});

describe('every API method under malformed input', () => {
  it.each(METHOD_NAMES)('%s answers VALIDATION and changes nothing', async (method) => {
    const schema = contract[method].input;
    const before = await fingerprint();
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.jsonValue(), nearMiss), async (input) => {
        // A payload the schema accepts is not malformed; the contract tests cover valid calls.
        fc.pre(!schema.safeParse(input).success);
        payloadsTried++;
        const result = await api.raw(method, input);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.error.code).toBe('VALIDATION');
      }),
      { numRuns: RUNS },
    );
    expect(await fingerprint()).toBe(before);
  });
});
