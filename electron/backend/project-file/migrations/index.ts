import type Database from 'better-sqlite3';
import { migration001 } from './001-plan';
import { migration002 } from './002-history';
import { migration003 } from './003-timeline';
import { migration004 } from './004-people';
import { migration005 } from './005-vendors';
import { migration006 } from './006-operations';
import { migration007 } from './007-budget';
import { migration008 } from './008-timeline-finish';
import { migration009 } from './009-escalation';

/**
 * Forward-only migrations: entry i takes a file from schema version i to i + 1.
 * Never edit a migration that has shipped; add a new one.
 */
const MIGRATIONS: readonly string[] = [migration001, migration002, migration003, migration004, migration005, migration006, migration007, migration008, migration009];

export const SCHEMA_VERSION = MIGRATIONS.length;

/** Runs each pending migration in its own transaction, so a failure leaves the file at the last good version. */
export function migrate(db: Database.Database, target = SCHEMA_VERSION): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (let version = current; version < target; version++) {
    const sql = MIGRATIONS[version];
    if (sql === undefined) throw new Error(`No migration from schema ${version}`);
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${version + 1}`);
    }).immediate();
  }
}
