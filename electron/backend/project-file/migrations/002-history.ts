/**
 * Schema 2: undo/redo history and the audit trail live in the file, so they survive a restart
 * and travel with a hand-off.
 */
export const migration002 = `
CREATE TABLE history_entry (
  seq        INTEGER PRIMARY KEY AUTOINCREMENT,
  label      TEXT NOT NULL,
  actor      TEXT NOT NULL,
  created_at TEXT NOT NULL,
  state      TEXT NOT NULL CHECK (state IN ('done', 'undone'))
) STRICT;

CREATE TABLE history_change (
  entry_seq   INTEGER NOT NULL REFERENCES history_entry(seq) ON DELETE CASCADE,
  ord         INTEGER NOT NULL,
  table_name  TEXT NOT NULL,
  row_id      TEXT NOT NULL,
  before_json TEXT,
  after_json  TEXT,
  PRIMARY KEY (entry_seq, ord)
) STRICT;

CREATE TABLE audit_log (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  at          TEXT NOT NULL,
  actor       TEXT NOT NULL,
  action      TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'undo', 'redo', 'decision', 'file')),
  entity_type TEXT NOT NULL,
  entity_id   TEXT,
  summary     TEXT NOT NULL,
  before_json TEXT,
  after_json  TEXT
) STRICT;
CREATE INDEX audit_entity ON audit_log(entity_type, entity_id);
`;
