/** Schema 1: the project, its ten steps and the plan's tasks and dependencies. */
export const migration001 = `
CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE project (
  id             TEXT PRIMARY KEY,
  name           TEXT NOT NULL,
  organisation   TEXT NOT NULL DEFAULT '',
  description    TEXT NOT NULL DEFAULT '',
  planned_start  TEXT NOT NULL,
  target_go_live TEXT NOT NULL,
  currency       TEXT NOT NULL,
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL
) STRICT;

CREATE TABLE step (
  id              TEXT PRIMARY KEY,
  sort_order      INTEGER NOT NULL,
  status_override TEXT CHECK (status_override IN ('not_started', 'in_progress', 'done', 'attention')),
  override_reason TEXT NOT NULL DEFAULT '',
  notes           TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE task (
  id               TEXT PRIMARY KEY,
  parent_id        TEXT REFERENCES task(id),
  step_key         TEXT REFERENCES step(id),
  name             TEXT NOT NULL,
  duration_days    INTEGER NOT NULL DEFAULT 1 CHECK (duration_days >= 0),
  is_milestone     INTEGER NOT NULL DEFAULT 0 CHECK (is_milestone IN (0, 1)),
  percent_complete INTEGER NOT NULL DEFAULT 0 CHECK (percent_complete BETWEEN 0 AND 100),
  sort_order       INTEGER NOT NULL,
  notes            TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX task_parent ON task(parent_id);

CREATE TABLE dependency (
  id             TEXT PRIMARY KEY,
  predecessor_id TEXT NOT NULL REFERENCES task(id),
  successor_id   TEXT NOT NULL REFERENCES task(id),
  type           TEXT NOT NULL CHECK (type IN ('FS', 'SS', 'FF', 'SF')),
  lag_days       INTEGER NOT NULL DEFAULT 0,
  UNIQUE (predecessor_id, successor_id)
) STRICT;
CREATE INDEX dependency_successor ON dependency(successor_id);
`;
