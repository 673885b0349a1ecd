import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

interface Finding {
  check: string;
  file: string;
  line: number;
  level: string;
  message: string;
}
interface AllowEntry {
  check: string;
  file: string;
  reason: string;
  occurrences?: number;
}

// Imported by URL: the script is plain JavaScript without type declarations.
const script = path.resolve(import.meta.dirname, '../../../scripts/electronegativity.mjs');
const scan = (await import(pathToFileURL(script).href)) as {
  findingsFromSarif(sarif: unknown): Finding[];
  compareWithAllowList(findings: Finding[], allowList: AllowEntry[]): { explained: (Finding & { reason: string })[]; unexplained: Finding[]; stale: AllowEntry[] };
  validateAllowList(list: unknown): AllowEntry[];
};

const result = (ruleId: string, uri: string, line: number, level = 'warning') => ({
  ruleId,
  level,
  message: { text: `${ruleId} text` },
  locations: [{ physicalLocation: { artifactLocation: { uri }, region: { startLine: line, startColumn: 1 } } }],
});
const reason = 'Reviewed: the options come from a tested pure function, scanned as literals too.';

describe('findingsFromSarif', () => {
  it('reads check, relative file, line and level; app-wide findings have the file N/A', () => {
    const findings = scan.findingsFromSarif({ runs: [{ results: [result('SANDBOX_JS_CHECK', 'electron\\main\\main.ts', 104), result('CSP_GLOBAL_CHECK', 'file:///', 1, 'note')] }] });
    expect(findings).toEqual([
      { check: 'SANDBOX_JS_CHECK', file: 'electron/main/main.ts', line: 104, level: 'warning', message: 'SANDBOX_JS_CHECK text' },
      { check: 'CSP_GLOBAL_CHECK', file: 'N/A', line: 1, level: 'note', message: 'CSP_GLOBAL_CHECK text' },
    ]);
  });

  it('refuses a report without a results list rather than reading it as "no findings"', () => {
    expect(() => scan.findingsFromSarif({})).toThrow(/did not run/);
    expect(() => scan.findingsFromSarif({ runs: [{}] })).toThrow(/did not run/);
  });
});

describe('compareWithAllowList', () => {
  const sandbox = { check: 'SANDBOX_JS_CHECK', file: 'electron/main/main.ts', line: 104, level: 'warning', message: '' };

  it('explains a finding by check and file, and carries the reason', () => {
    const { explained, unexplained, stale } = scan.compareWithAllowList([sandbox], [{ check: 'SANDBOX_JS_CHECK', file: 'electron/main/main.ts', reason }]);
    expect(explained).toEqual([{ ...sandbox, reason }]);
    expect(unexplained).toEqual([]);
    expect(stale).toEqual([]);
  });

  it('does not let an entry explain the same check in another file, or another check in the same file', () => {
    const elsewhere = { ...sandbox, file: 'electron/main/other-window.ts' };
    const other = { ...sandbox, check: 'NODE_INTEGRATION_JS_CHECK' };
    const { unexplained } = scan.compareWithAllowList([elsewhere, other], [{ check: 'SANDBOX_JS_CHECK', file: 'electron/main/main.ts', reason }]);
    expect(unexplained).toEqual([elsewhere, other]);
  });

  it('explains only as many findings as the entry reviewed: a second window in the same file is new', () => {
    const second = { ...sandbox, line: 180 };
    const one = scan.compareWithAllowList([sandbox, second], [{ check: 'SANDBOX_JS_CHECK', file: 'electron/main/main.ts', reason }]);
    expect(one.unexplained).toEqual([second]);
    const two = scan.compareWithAllowList([sandbox, second], [{ check: 'SANDBOX_JS_CHECK', file: 'electron/main/main.ts', reason, occurrences: 2 }]);
    expect(two.unexplained).toEqual([]);
  });

  it('reports entries that no longer match anything, so the list stays a review of the code as it is', () => {
    const gone = { check: 'OPEN_EXTERNAL_JS_CHECK', file: 'electron/main/web-contents-guard.ts', reason };
    expect(scan.compareWithAllowList([], [gone]).stale).toEqual([gone]);
  });
});

describe('validateAllowList', () => {
  it('needs a check, a file and a reason of substance in every entry', () => {
    expect(() => scan.validateAllowList({})).toThrow(/array/);
    expect(() => scan.validateAllowList([{ check: 'X', file: 'a.ts' }])).toThrow(/entry 1 has no reason/);
    expect(() => scan.validateAllowList([{ check: 'X', file: 'a.ts', reason: 'ok' }])).toThrow(/real reason/);
    expect(scan.validateAllowList([{ check: 'X', file: 'a.ts', reason }])).toHaveLength(1);
  });

  it('accepts the reviewed list in tools/electronegativity', async () => {
    const { default: list } = (await import('../../../tools/electronegativity/allow-list.json')) as { default: unknown };
    expect(scan.validateAllowList(list).length).toBeGreaterThan(0);
  });
});
