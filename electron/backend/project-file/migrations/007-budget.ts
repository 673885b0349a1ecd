/**
 * Schema 7: the budget of step 4. Money is integer minor units; a line in another currency than the project's is
 * converted with the rates kept in `budget_settings.exchange_rates`. Links to steps, waves, vendors and tasks are
 * plain text ids without foreign keys: those tables come from other migrations, and a cost line must survive the
 * deletion of what it was linked to (the view then shows it as not linked).
 */
export const migration007 = `
CREATE TABLE budget_settings (
  id                TEXT PRIMARY KEY CHECK (id = 'budget'),
  approved_budget   INTEGER CHECK (approved_budget IS NULL OR approved_budget >= 0),
  contingency_mode  TEXT NOT NULL DEFAULT 'percent' CHECK (contingency_mode IN ('percent', 'amount')),
  contingency_value REAL NOT NULL DEFAULT 10 CHECK (contingency_value >= 0),
  warning_percent   INTEGER NOT NULL DEFAULT 90 CHECK (warning_percent > 0),
  critical_percent  INTEGER NOT NULL DEFAULT 100 CHECK (critical_percent > 0),
  planned_users     INTEGER CHECK (planned_users IS NULL OR planned_users > 0),
  exchange_rates    TEXT NOT NULL DEFAULT '[]'
) STRICT;
INSERT INTO budget_settings (id) VALUES ('budget');

CREATE TABLE cost_line (
  id            TEXT PRIMARY KEY,
  category      TEXT NOT NULL CHECK (category IN ('licences', 'usage', 'infrastructure', 'integration_security', 'vendor_services',
                  'internal_staff', 'training', 'communications', 'support', 'contingency', 'other')),
  description   TEXT NOT NULL,
  step_key      TEXT,
  wave_id       TEXT,
  vendor_id     TEXT,
  task_id       TEXT,
  cost_type     TEXT NOT NULL CHECK (cost_type IN ('one_off', 'monthly', 'annual', 'per_seat_month', 'per_unit')),
  quantity      REAL NOT NULL DEFAULT 1 CHECK (quantity >= 0),
  unit_cost     INTEGER NOT NULL DEFAULT 0 CHECK (unit_cost >= 0),
  currency      TEXT NOT NULL,
  start_month   TEXT NOT NULL CHECK (start_month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
  end_month     TEXT NOT NULL CHECK (end_month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]' AND end_month >= start_month),
  schedule_from TEXT NOT NULL DEFAULT 'line' CHECK (schedule_from IN ('line', 'task', 'wave')),
  committed     INTEGER NOT NULL DEFAULT 0 CHECK (committed >= 0),
  actual        INTEGER NOT NULL DEFAULT 0 CHECK (actual >= 0),
  notes         TEXT NOT NULL DEFAULT '',
  sort_order    INTEGER NOT NULL
) STRICT;
CREATE INDEX cost_line_order ON cost_line(sort_order);
`;
