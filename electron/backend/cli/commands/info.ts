import path from 'node:path';
import { SCHEMA_VERSION } from '../../project-file/migrations';
import { entityTables } from '../../interchange/project-document';
import { parse } from '../args';
import type { CliIO } from '../io';
import { openInputProject } from '../open-input';
import { EXIT } from '../usage';

/** rollout info FILE: a JSON summary on stdout. */
export function runInfo(argv: string[], io: CliIO): number {
  const { positionals } = parse('info', argv, {}, ['FILE.rollout']);
  const filePath = path.resolve(positionals[0] as string);
  const input = openInputProject(filePath);
  try {
    const { db } = input.file;
    const project = db.prepare('SELECT id, name, organisation, planned_start, target_go_live, currency, created_at, updated_at FROM project LIMIT 1').get() as Record<string, string>;
    const counts = Object.fromEntries(entityTables(db).map((table) => [table, (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n]));
    const history = (db.prepare('SELECT COUNT(*) AS n FROM history_entry').get() as { n: number }).n;
    const audit = (db.prepare('SELECT COUNT(*) AS n FROM audit_log').get() as { n: number }).n;
    io.out(JSON.stringify({
      file: filePath,
      name: project.name,
      organisation: project.organisation,
      plannedStart: project.planned_start,
      targetGoLive: project.target_go_live,
      currency: project.currency,
      schemaVersion: input.inputSchemaVersion,
      currentSchemaVersion: SCHEMA_VERSION,
      counts,
      historyEntries: history,
      auditEntries: audit,
    }, null, 2));
    return EXIT.ok;
  } finally {
    input.dispose();
  }
}
