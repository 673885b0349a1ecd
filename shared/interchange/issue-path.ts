import type { FieldIssue } from '../errors';

/** `tables.task[3].durationDays`: how a person (and the command line) reads an issue's path. */
export function formatIssuePath(path: readonly (string | number)[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key), '');
}

/** One line per issue: `path: message`. */
export function issueLines(issues: readonly FieldIssue[]): string[] {
  return issues.map((issue) => `${formatIssuePath(issue.path) || '(document)'}: ${issue.message}`);
}

/** The first `limit` lines and how many more there are, for a list a person can read. */
export function firstIssueLines(issues: readonly FieldIssue[], limit = 20): { lines: string[]; more: number } {
  return { lines: issueLines(issues.slice(0, limit)), more: Math.max(0, issues.length - limit) };
}
