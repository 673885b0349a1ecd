/**
 * Schema 6: the operating side of the rollout. Step 7 (pilot groups, exit criteria, findings, decisions), step 8
 * (deployment strategy, waves, gate criteria, gate decisions, support readiness), step 9 (KPIs, measurements,
 * monitoring and review items) and step 10 with the governance practices (risks, controls and their links, policies,
 * charter and reviewers, severity levels, runbooks, drills, incidents, contingency plans, compliance items).
 * Decisions (pilot_decision, gate_decision) are append-only: the API never updates them, a change is a new row.
 * Who decided is kept as a member id without a foreign key (the team may change) plus the person's name.
 */
export const migration006 = `
CREATE TABLE pilot_group (
  id          TEXT PRIMARY KEY,
  name        TEXT NOT NULL,
  functions   TEXT NOT NULL DEFAULT '',
  size        INTEGER NOT NULL DEFAULT 0 CHECK (size >= 0),
  composition TEXT NOT NULL DEFAULT '',
  is_control  INTEGER NOT NULL DEFAULT 0 CHECK (is_control IN (0, 1)),
  start_date  TEXT,
  end_date    TEXT,
  sort_order  INTEGER NOT NULL
) STRICT;

CREATE TABLE pilot_criterion (
  id         TEXT PRIMARY KEY,
  metric     TEXT NOT NULL,
  comparison TEXT NOT NULL CHECK (comparison IN ('gte', 'lte', 'eq')),
  target     REAL NOT NULL,
  unit       TEXT NOT NULL DEFAULT '',
  measured   REAL,
  evidence   TEXT NOT NULL DEFAULT '',
  sort_order INTEGER NOT NULL
) STRICT;

CREATE TABLE pilot_finding (
  id         TEXT PRIMARY KEY,
  title      TEXT NOT NULL,
  category   TEXT NOT NULL CHECK (category IN ('integration', 'scaling', 'speed', 'compute', 'ease_of_use', 'utility', 'security', 'other')),
  severity   TEXT NOT NULL CHECK (severity IN ('low', 'medium', 'high', 'critical')),
  owner      TEXT NOT NULL DEFAULT '',
  status     TEXT NOT NULL CHECK (status IN ('open', 'in_progress', 'resolved', 'accepted')),
  resolution TEXT NOT NULL DEFAULT '',
  raised_on  TEXT,
  sort_order INTEGER NOT NULL
) STRICT;

CREATE TABLE pilot_decision (
  id              TEXT PRIMARY KEY,
  outcome         TEXT NOT NULL CHECK (outcome IN ('proceed', 'extend', 'stop')),
  decided_on      TEXT NOT NULL,
  decided_by_id   TEXT,
  decided_by_name TEXT NOT NULL,
  rationale       TEXT NOT NULL,
  recorded_at     TEXT NOT NULL,
  recorded_by     TEXT NOT NULL
) STRICT;

CREATE TABLE deployment_plan (
  id       TEXT PRIMARY KEY,
  strategy TEXT NOT NULL CHECK (strategy IN ('phased', 'all_at_once')),
  notes    TEXT NOT NULL DEFAULT ''
) STRICT;
INSERT INTO deployment_plan (id, strategy) VALUES ('plan', 'phased');

CREATE TABLE wave (
  id             TEXT PRIMARY KEY,
  name           TEXT NOT NULL,
  audiences      TEXT NOT NULL DEFAULT '',
  headcount      INTEGER NOT NULL DEFAULT 0 CHECK (headcount >= 0),
  start_date     TEXT,
  end_date       TEXT,
  entry_criteria TEXT NOT NULL DEFAULT '',
  exit_criteria  TEXT NOT NULL DEFAULT '',
  helpdesk_ready INTEGER NOT NULL DEFAULT 0 CHECK (helpdesk_ready IN (0, 1)),
  champions      TEXT NOT NULL DEFAULT '',
  hypercare_days INTEGER NOT NULL DEFAULT 0 CHECK (hypercare_days >= 0),
  rollback_plan  TEXT NOT NULL DEFAULT '',
  sort_order     INTEGER NOT NULL
) STRICT;

CREATE TABLE gate_criterion (
  id         TEXT PRIMARY KEY,
  wave_id    TEXT NOT NULL REFERENCES wave(id),
  text       TEXT NOT NULL,
  met        INTEGER NOT NULL DEFAULT 0 CHECK (met IN (0, 1)),
  evidence   TEXT NOT NULL DEFAULT '',
  sort_order INTEGER NOT NULL
) STRICT;
CREATE INDEX gate_criterion_wave ON gate_criterion(wave_id);

CREATE TABLE gate_decision (
  id          TEXT PRIMARY KEY,
  wave_id     TEXT NOT NULL REFERENCES wave(id),
  outcome     TEXT NOT NULL CHECK (outcome IN ('go', 'no_go')),
  decided_on  TEXT NOT NULL,
  rationale   TEXT NOT NULL,
  sign_offs   TEXT NOT NULL CHECK (json_valid(sign_offs)),
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL
) STRICT;
CREATE INDEX gate_decision_wave ON gate_decision(wave_id);

CREATE TABLE support_item (
  id         TEXT PRIMARY KEY,
  text       TEXT NOT NULL,
  owner      TEXT NOT NULL DEFAULT '',
  due_date   TEXT,
  done       INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
  sort_order INTEGER NOT NULL
) STRICT;

CREATE TABLE kpi (
  id         TEXT PRIMARY KEY,
  name       TEXT NOT NULL,
  category   TEXT NOT NULL CHECK (category IN ('adoption', 'value', 'risk_quality', 'operations_cost')),
  unit       TEXT NOT NULL DEFAULT '',
  target     REAL NOT NULL,
  direction  TEXT NOT NULL CHECK (direction IN ('higher', 'lower')),
  warning    REAL NOT NULL,
  critical   REAL NOT NULL,
  owner      TEXT NOT NULL DEFAULT '',
  frequency  TEXT NOT NULL CHECK (frequency IN ('weekly', 'monthly', 'quarterly', 'yearly')),
  library_id TEXT,
  sort_order INTEGER NOT NULL
) STRICT;

CREATE TABLE kpi_measurement (
  id          TEXT PRIMARY KEY,
  kpi_id      TEXT NOT NULL REFERENCES kpi(id),
  measured_on TEXT NOT NULL,
  value       REAL NOT NULL,
  note        TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX kpi_measurement_kpi ON kpi_measurement(kpi_id, measured_on);

CREATE TABLE monitor_item (
  id          TEXT PRIMARY KEY,
  kind        TEXT NOT NULL CHECK (kind IN ('security', 'technology_review', 'training_review', 'feedback')),
  name        TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  owner       TEXT NOT NULL DEFAULT '',
  frequency   TEXT NOT NULL CHECK (frequency IN ('weekly', 'monthly', 'quarterly', 'yearly')),
  last_done   TEXT,
  sort_order  INTEGER NOT NULL
) STRICT;

CREATE TABLE risk (
  id                  TEXT PRIMARY KEY,
  title               TEXT NOT NULL,
  category            TEXT NOT NULL,
  cause               TEXT NOT NULL DEFAULT '',
  likelihood          INTEGER NOT NULL CHECK (likelihood BETWEEN 1 AND 5),
  impact              INTEGER NOT NULL CHECK (impact BETWEEN 1 AND 5),
  owner               TEXT NOT NULL DEFAULT '',
  treatment           TEXT NOT NULL CHECK (treatment IN ('mitigate', 'transfer', 'avoid', 'accept')),
  residual_likelihood INTEGER CHECK (residual_likelihood BETWEEN 1 AND 5),
  residual_impact     INTEGER CHECK (residual_impact BETWEEN 1 AND 5),
  review_date         TEXT,
  status              TEXT NOT NULL CHECK (status IN ('open', 'monitoring', 'closed')),
  sort_order          INTEGER NOT NULL
) STRICT;

CREATE TABLE control (
  id          TEXT PRIMARY KEY,
  name        TEXT NOT NULL,
  type        TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  owner       TEXT NOT NULL DEFAULT '',
  last_tested TEXT,
  result      TEXT NOT NULL CHECK (result IN ('not_tested', 'passed', 'partial', 'failed')),
  sort_order  INTEGER NOT NULL
) STRICT;

CREATE TABLE risk_control (
  id         TEXT PRIMARY KEY,
  risk_id    TEXT NOT NULL REFERENCES risk(id),
  control_id TEXT NOT NULL REFERENCES control(id),
  UNIQUE (risk_id, control_id)
) STRICT;
CREATE INDEX risk_control_control ON risk_control(control_id);

CREATE TABLE policy (
  id          TEXT PRIMARY KEY,
  title       TEXT NOT NULL,
  type        TEXT NOT NULL,
  owner       TEXT NOT NULL DEFAULT '',
  status      TEXT NOT NULL CHECK (status IN ('draft', 'in_review', 'approved', 'retired')),
  review_date TEXT,
  sort_order  INTEGER NOT NULL
) STRICT;

CREATE TABLE governance_charter (
  id               TEXT PRIMARY KEY,
  purpose          TEXT NOT NULL DEFAULT '',
  boundaries       TEXT NOT NULL DEFAULT '',
  success_criteria TEXT NOT NULL DEFAULT ''
) STRICT;
INSERT INTO governance_charter (id) VALUES ('charter');

CREATE TABLE charter_reviewer (
  id         TEXT PRIMARY KEY,
  role       TEXT NOT NULL,
  name       TEXT NOT NULL,
  member_id  TEXT,
  signed_on  TEXT,
  sort_order INTEGER NOT NULL
) STRICT;

CREATE TABLE severity_level (
  id            TEXT PRIMARY KEY,
  level         TEXT NOT NULL CHECK (level IN ('low', 'medium', 'high', 'critical')),
  definition    TEXT NOT NULL,
  response_time TEXT NOT NULL DEFAULT '',
  escalation    TEXT NOT NULL DEFAULT '',
  sort_order    INTEGER NOT NULL
) STRICT;

CREATE TABLE runbook (
  id            TEXT PRIMARY KEY,
  title         TEXT NOT NULL,
  scenario      TEXT NOT NULL DEFAULT '',
  owner         TEXT NOT NULL DEFAULT '',
  location      TEXT NOT NULL DEFAULT '',
  last_reviewed TEXT,
  sort_order    INTEGER NOT NULL
) STRICT;

CREATE TABLE drill (
  id         TEXT PRIMARY KEY,
  title      TEXT NOT NULL,
  scenario   TEXT NOT NULL DEFAULT '',
  planned_on TEXT NOT NULL,
  held_on    TEXT,
  lessons    TEXT NOT NULL DEFAULT '',
  sort_order INTEGER NOT NULL
) STRICT;

CREATE TABLE incident (
  id                   TEXT PRIMARY KEY,
  title                TEXT NOT NULL,
  occurred_on          TEXT NOT NULL,
  severity             TEXT NOT NULL CHECK (severity IN ('low', 'medium', 'high', 'critical')),
  description          TEXT NOT NULL DEFAULT '',
  containment          TEXT NOT NULL DEFAULT '',
  investigation        TEXT NOT NULL DEFAULT '',
  remediation          TEXT NOT NULL DEFAULT '',
  post_incident_review TEXT NOT NULL DEFAULT '',
  status               TEXT NOT NULL CHECK (status IN ('open', 'contained', 'resolved', 'closed')),
  sort_order           INTEGER NOT NULL
) STRICT;

CREATE TABLE contingency_plan (
  id         TEXT PRIMARY KEY,
  trigger    TEXT NOT NULL,
  response   TEXT NOT NULL,
  owner      TEXT NOT NULL DEFAULT '',
  sort_order INTEGER NOT NULL
) STRICT;

CREATE TABLE compliance_item (
  id         TEXT PRIMARY KEY,
  framework  TEXT NOT NULL CHECK (framework IN ('nist_ai_rmf', 'eu_ai_act')),
  ref        TEXT NOT NULL DEFAULT '',
  title      TEXT NOT NULL,
  applies    TEXT NOT NULL CHECK (applies IN ('yes', 'no', 'unsure')),
  status     TEXT NOT NULL CHECK (status IN ('not_started', 'in_progress', 'done')),
  evidence   TEXT NOT NULL DEFAULT '',
  sort_order INTEGER NOT NULL
) STRICT;
`;
