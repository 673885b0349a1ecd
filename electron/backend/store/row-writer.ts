import type Database from 'better-sqlite3';
import type { Row, TableName } from './tables';

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

/** Column names come from our own code and schema, never from a user; still, refuse anything that is not a plain identifier. */
function identifier(name: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`Refusing column name ${JSON.stringify(name)}`);
  return `"${name}"`;
}

/** Reads and writes whole rows of any entity table; the shared primitive of edits, undo and redo. */
export class RowWriter {
  private readonly statements = new Map<string, Database.Statement>();

  constructor(private readonly db: Database.Database) {}

  private statement(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  read(table: TableName, id: string): Row | undefined {
    return this.statement(`SELECT * FROM ${identifier(table)} WHERE id = ?`).get(id) as Row | undefined;
  }

  insert(table: TableName, row: Record<string, unknown>): void {
    const columns = Object.keys(row);
    const sql = `INSERT INTO ${identifier(table)} (${columns.map(identifier).join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`;
    this.statement(sql).run(row);
  }

  update(table: TableName, id: string, columns: Record<string, unknown>): void {
    const names = Object.keys(columns).filter((c) => c !== 'id');
    if (names.length === 0) return;
    const sql = `UPDATE ${identifier(table)} SET ${names.map((c) => `${identifier(c)} = @${c}`).join(', ')} WHERE id = @__id`;
    this.statement(sql).run({ ...pick(columns, names), __id: id });
  }

  delete(table: TableName, id: string): void {
    this.statement(`DELETE FROM ${identifier(table)} WHERE id = ?`).run(id);
  }
}

function pick(source: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of keys) out[key] = source[key];
  return out;
}
