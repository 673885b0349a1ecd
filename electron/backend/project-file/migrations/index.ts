import type Database from 'better-sqlite3';
import { migration001 } from './001-plan';
import { migration002 } from './002-history';

/**
 * Forward-only migrations: entry i takes a file from schema version i to i + 1.
 * Never edit a migration that has shipped; add a new one.
 */
const MIGRATIONS: readonly string[] = [migration001, migration002];

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
