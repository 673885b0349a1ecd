import { ApiError } from '../../../shared/errors';
import type { RowWriter } from '../store/row-writer';
import { TABLES, type Row, type TableName } from '../store/tables';

export interface RowChange {
  table: TableName;
  rowId: string;
  before: Row | null;
  after: Row | null;
}

/**
 * The only way handlers change project data: every insert, update and delete is captured with its
 * before and after image, which become one undo step and the audit trail of the edit.
 */
export class Edit {
  readonly changes: RowChange[] = [];

  constructor(private readonly rows: RowWriter) {}

  get(table: TableName, id: string): Row {
    const row = this.rows.read(table, id);
    if (!row) throw new ApiError('NOT_FOUND', `No ${TABLES[table].entity} with id ${id}.`);
    return row;
  }

  insert(table: TableName, row: Record<string, unknown> & { id: string }): Row {
    this.rows.insert(table, row);
    const after = this.get(table, row.id);
    this.changes.push({ table, rowId: row.id, before: null, after });
    return after;
  }

  /** Records nothing when the values do not change, so a no-op edit adds no undo step. */
  update(table: TableName, id: string, columns: Record<string, unknown>): Row {
    const before = this.get(table, id);
    const changed = Object.entries(columns).some(([column, value]) => column !== 'id' && before[column] !== value);
    if (!changed) return before;
    this.rows.update(table, id, columns);
    const after = this.get(table, id);
    this.changes.push({ table, rowId: id, before, after });
    return after;
  }

  delete(table: TableName, id: string): void {
    const before = this.get(table, id);
    this.rows.delete(table, id);
    this.changes.push({ table, rowId: id, before, after: null });
  }
}
