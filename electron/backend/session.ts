import path from 'node:path';
import type Database from 'better-sqlite3';
import type { HistoryState, OpenProject } from '../../shared/api/contract';
import type { Project } from '../../shared/schemas/project';
import { ApiError } from '../../shared/errors';
import { copyProjectFile, openProjectFile, type ProjectFile } from './project-file/project-file';
import { Edit } from './history/edit';
import { History } from './history/history';
import { AuditTrail } from './history/audit';
import { RowWriter } from './store/row-writer';
import { TABLES, rowToEntity, type Row, type TableName } from './store/tables';

/** Result of an edit: what the handler returned plus the history state after it. */
export interface EditResult<T> {
  value: T;
  history: HistoryState;
}

/** One open project: its file, its history and audit trail, and the single entry point for edits. */
export class ProjectSession {
  readonly history: History;
  readonly audit: AuditTrail;
  /** Called after every edit, undo and redo (the rolling backups and the prepared reads listen here). */
  onEdited: (() => void) | null = null;
  private readonly rows: RowWriter;

  private constructor(private readonly file: ProjectFile, readonly actor: string) {
    this.history = new History(file.db, actor);
    this.audit = new AuditTrail(file.db, actor);
    this.rows = new RowWriter(file.db);
  }

  static open(filePath: string, actor: string): ProjectSession {
    return new ProjectSession(openProjectFile(filePath), actor);
  }

  get path(): string {
    return this.file.path;
  }

  get db(): Database.Database {
    return this.file.db;
  }

  project(): Project {
    const row = this.db.prepare('SELECT * FROM project LIMIT 1').get() as Row | undefined;
    if (!row) throw new ApiError('FILE_CORRUPT', 'The project file has no project record.');
    return rowToEntity<Project>('project', row);
  }

  /** One entity by id, or NOT_FOUND. */
  get<T>(table: TableName, id: string): T {
    const row = this.rows.read(table, id);
    if (!row) throw new ApiError('NOT_FOUND', `No ${TABLES[table].entity} with id ${id}.`);
    return rowToEntity<T>(table, row);
  }

  describe(): OpenProject {
    return { path: this.path, fileName: path.basename(this.path), project: this.project(), history: this.history.state() };
  }

  /**
   * Runs `change` in one transaction: the recorded row changes become one undo step named `label`
   * and one audit entry each. Nothing is recorded when nothing changed.
   */
  edit<T>(label: string, change: (edit: Edit) => T): EditResult<T> {
    const value = this.db.transaction(() => {
      const edit = new Edit(this.rows);
      const result = change(edit);
      if (edit.changes.length > 0) {
        const at = new Date().toISOString();
        this.history.record(label, edit.changes, at);
        for (const c of edit.changes) {
          const action = c.before === null ? 'create' : c.after === null ? 'delete' : 'update';
          this.audit.write({ at, action, table: c.table, rowId: c.rowId, summary: label, before: c.before, after: c.after });
        }
      }
      return result;
    }).immediate();
    this.onEdited?.();
    return { value, history: this.history.state() };
  }

  saveAs(targetPath: string): void {
    copyProjectFile(this.file, targetPath);
  }

  close(): void {
    this.file.close();
  }
}
