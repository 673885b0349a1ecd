/**
 * Schema 3: the timeline. Tasks get an owner, a start constraint, actual dates and links to the records of
 * other steps (plain ids without foreign keys: those steps' tables arrive in their own migrations and a task
 * must survive their deletion). The project calendar, its holidays and saved baselines get tables.
 */
export const migration003 = `
ALTER TABLE task ADD COLUMN owner_name TEXT NOT NULL DEFAULT '';
ALTER TABLE task ADD COLUMN owner_member_id TEXT;
ALTER TABLE task ADD COLUMN constraint_type TEXT NOT NULL DEFAULT 'asap' CHECK (constraint_type IN ('asap', 'snet', 'fixed'));
ALTER TABLE task ADD COLUMN constraint_date TEXT CHECK (constraint_date IS NULL OR constraint_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');
ALTER TABLE task ADD COLUMN actual_start TEXT;
ALTER TABLE task ADD COLUMN actual_finish TEXT;
ALTER TABLE task ADD COLUMN wave_id TEXT;
ALTER TABLE task ADD COLUMN training_session_id TEXT;
ALTER TABLE task ADD COLUMN communication_id TEXT;

CREATE TABLE calendar (
  id               TEXT PRIMARY KEY CHECK (id = 'project'),
  working_weekdays TEXT NOT NULL DEFAULT '[1,2,3,4,5]'
) STRICT;
INSERT INTO calendar (id) VALUES ('project');

CREATE TABLE holiday (
  id    TEXT PRIMARY KEY,
  date  TEXT NOT NULL UNIQUE CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  label TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE baseline (
  id             TEXT PRIMARY KEY,
  name           TEXT NOT NULL,
  saved_at       TEXT NOT NULL,
  project_finish TEXT NOT NULL
) STRICT;

CREATE TABLE baseline_task (
  id            TEXT PRIMARY KEY,
  baseline_id   TEXT NOT NULL REFERENCES baseline(id),
  task_id       TEXT NOT NULL,
  start         TEXT,
  finish        TEXT,
  duration_days INTEGER NOT NULL CHECK (duration_days >= 0)
) STRICT;
CREATE INDEX baseline_task_baseline ON baseline_task(baseline_id, task_id);
`;
