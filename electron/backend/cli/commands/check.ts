import path from 'node:path';
import { checkConsistency } from '../../interchange/check';
import { parse } from '../args';
import type { CliIO } from '../io';
import { openInputProject } from '../open-input';
import { EXIT } from '../usage';

/**
 * rollout check FILE: opening runs the integrity checks (header, quick_check, foreign keys, schema; a failure is
 * exit 3), then the consistency checks (exit 4 with every problem on stderr). Readiness warnings go to stdout.
 */
export function runCheck(argv: string[], io: CliIO): number {
  const { positionals } = parse('check', argv, {}, ['FILE.rollout']);
  const filePath = path.resolve(positionals[0] as string);
  const input = openInputProject(filePath);
  try {
    const report = checkConsistency(input.file.db);
    for (const warning of report.warnings) io.out(`warning: ${warning}`);
    if (report.problems.length > 0) {
      for (const problem of report.problems) io.err(problem);
      io.err(`${path.basename(filePath)}: ${report.problems.length} problem(s) found.`);
      return EXIT.invalid;
    }
    io.out(`${path.basename(filePath)}: integrity and consistency checks passed (${report.warnings.length} readiness warning(s)).`);
    return EXIT.ok;
  } finally {
    input.dispose();
  }
}
