import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { DataVersions, HistoryState } from '../../../shared/api/contract';
import { RowWriter } from '../store/row-writer';
import { isTableName, type Row } from '../store/tables';
import type { RowChange } from './edit';
import { AuditTrail } from './audit';
import { registerChangeSource, type ChangeSource, type RowRef } from './data-stamp';

/** Undo steps kept in the file; older ones are dropped (the audit trail keeps everything). */
export const HISTORY_LIMIT = 500;

/** Row references kept in memory for rowsChangedSince; a cache older than these reads its tables whole. */
const TOUCHED_LIMIT = 20_000;

interface EntryRow {
  seq: number;
  label: string;
}

interface ChangeRow {
  table_name: string;
  row_id: string;
  before_json: string | null;
  after_json: string | null;
}

/** Undo and redo over the row images recorded by Edit, stored in the project file. */
export class History implements ChangeSource {
  private readonly rows: RowWriter;
  private readonly audit: AuditTrail;
  /**
   * Which tables changed, and when, since this file was opened (see DataVersions): every write to an open project
   * is an edit recorded here or an undo or redo travelled here, so nothing changes without being counted.
   */
  private readonly epoch = randomUUID();
  private changeSeq = 0;
  private readonly changedAt: Record<string, number> = {};
  /** The rows of the recent changes, oldest first; changes up to `forgottenThrough` are no longer listed. */
  private touched: (RowRef & { seq: number })[] = [];
  private forgottenThrough = 0;

  constructor(private readonly db: Database.Database, private readonly actor: string) {
    this.rows = new RowWriter(db);
    this.audit = new AuditTrail(db, actor);
    registerChangeSource(db, this);
  }

  /** Called inside the edit's transaction: one undo step, and the redo branch it replaces is discarded. */
  record(label: string, changes: readonly RowChange[], at: string): void {
    this.db.prepare("DELETE FROM history_entry WHERE state = 'undone'").run();
    const { lastInsertRowid } = this.db
      .prepare("INSERT INTO history_entry(label, actor, created_at, state) VALUES (?, ?, ?, 'done')")
      .run(label, this.actor, at);
    const insert = this.db.prepare(
      'INSERT INTO history_change(entry_seq, ord, table_name, row_id, before_json, after_json) VALUES (?, ?, ?, ?, ?, ?)',
    );
    changes.forEach((change, ord) => {
      insert.run(lastInsertRowid, ord, change.table, change.rowId, json(change.before), json(change.after));
    });
    this.changed(changes.map((c) => ({ table: c.table, rowId: c.rowId })));
    this.db
      .prepare('DELETE FROM history_entry WHERE seq <= (SELECT MAX(seq) FROM history_entry) - ?')
      .run(HISTORY_LIMIT);
  }

  state(): HistoryState {
    const undo = this.db.prepare("SELECT seq, label FROM history_entry WHERE state = 'done' ORDER BY seq DESC LIMIT 1").get() as EntryRow | undefined;
    const redo = this.db.prepare("SELECT seq, label FROM history_entry WHERE state = 'undone' ORDER BY seq ASC LIMIT 1").get() as EntryRow | undefined;
    // The newest entry by id (the primary key) rather than MAX(at): no scan of the trail on every edit.
    const saved = this.db.prepare('SELECT at FROM audit_log ORDER BY id DESC LIMIT 1').get() as { at: string } | undefined;
    return { canUndo: !!undo, canRedo: !!redo, undoLabel: undo?.label ?? null, redoLabel: redo?.label ?? null, lastSavedAt: saved?.at ?? null, data: this.versions() };
  }

  versions(): DataVersions {
    return { epoch: this.epoch, seq: this.changeSeq, tables: { ...this.changedAt } };
  }

  stampOf(tables: readonly string[]): string {
    let last = 0;
    for (const table of tables) last = Math.max(last, this.changedAt[table] ?? 0);
    return `${this.epoch}:${last}`;
  }

  rowsChangedSince(stamp: string, tables: readonly string[]): RowRef[] | null {
    const separator = stamp.lastIndexOf(':');
    const since = Number(stamp.slice(separator + 1));
    if (stamp.slice(0, separator) !== this.epoch || !Number.isInteger(since) || since < this.forgottenThrough) return null;
    return this.touched.filter((t) => t.seq > since && tables.includes(t.table)).map(({ table, rowId }) => ({ table, rowId }));
  }

  /**
   * Counted even if the transaction around it rolls back: a table or row said to have changed is only read again
   * (readers re-read the rows listed, never take their images from here).
   */
  private changed(rows: readonly RowRef[]): void {
    this.changeSeq += 1;
    for (const { table, rowId } of rows) {
      this.changedAt[table] = this.changeSeq;
      this.touched.push({ seq: this.changeSeq, table, rowId });
    }
    if (this.touched.length > TOUCHED_LIMIT) {
      // Whole changes are dropped, so a change is either listed with all its rows or known to be forgotten.
      const cut = this.touched.length - TOUCHED_LIMIT;
      const lastDropped = this.touched[cut - 1]?.seq ?? 0;
      this.forgottenThrough = lastDropped;
      this.touched = this.touched.filter((t) => t.seq > lastDropped);
    }
  }

  /** Returns false when there is nothing to undo. */
  undo(): boolean {
    return this.travel('undo');
  }

  redo(): boolean {
    return this.travel('redo');
  }

  private travel(direction: 'undo' | 'redo'): boolean {
    const sql =
      direction === 'undo'
        ? "SELECT seq, label FROM history_entry WHERE state = 'done' ORDER BY seq DESC LIMIT 1"
        : "SELECT seq, label FROM history_entry WHERE state = 'undone' ORDER BY seq ASC LIMIT 1";
    return this.db.transaction(() => {
      const entry = this.db.prepare(sql).get() as EntryRow | undefined;
      if (!entry) return false;
      const changes = this.db
        .prepare('SELECT table_name, row_id, before_json, after_json FROM history_change WHERE entry_seq = ? ORDER BY ord')
        .all(entry.seq) as ChangeRow[];
      // Parents and children are restored in an order the foreign keys only accept at commit.
      this.db.pragma('defer_foreign_keys = ON');
      const ordered = direction === 'undo' ? [...changes].reverse() : changes;
      const at = new Date().toISOString();
      for (const change of ordered) {
        const from = parse(direction === 'undo' ? change.after_json : change.before_json);
        const to = parse(direction === 'undo' ? change.before_json : change.after_json);
        this.apply(change.table_name, change.row_id, to);
        this.audit.write({ at, action: direction, table: change.table_name, rowId: change.row_id, summary: `${direction === 'undo' ? 'Undo' : 'Redo'}: ${entry.label}`, before: from, after: to });
      }
      this.db.prepare('UPDATE history_entry SET state = ? WHERE seq = ?').run(direction === 'undo' ? 'undone' : 'done', entry.seq);
      this.changed(changes.map((c) => ({ table: c.table_name, rowId: c.row_id })));
      return true;
    })();
  }

  private apply(table: string, rowId: string, image: Row | null): void {
    if (!isTableName(table)) throw new Error(`History names an unknown table ${table}`);
    const exists = this.rows.read(table, rowId) !== undefined;
    if (image === null) {
      if (exists) this.rows.delete(table, rowId);
    } else if (exists) {
      this.rows.update(table, rowId, image);
    } else {
      this.rows.insert(table, image);
    }
  }
}

function json(row: Row | null): string | null {
  return row === null ? null : JSON.stringify(row);
}

function parse(text: string | null): Row | null {
  return text === null ? null : (JSON.parse(text) as Row);
}
