/**
 * Schema 4: the people side of the rollout. Step 1 (functions, members, RACI, escalation), step 2 (principles, use
 * cases, requirements), step 5 (stakeholder groups, communication items, feedback) and step 6 (audiences, modules, the
 * audience x module matrix, sessions, enrolments). Children are deleted by the handlers inside the same edit, so
 * undo restores them: no ON DELETE CASCADE. Lists the user orders carry a sort_order.
 */
export const migration004 = `
CREATE TABLE team_function (
  id          TEXT PRIMARY KEY,
  name        TEXT NOT NULL,
  uses_models INTEGER NOT NULL DEFAULT 1 CHECK (uses_models IN (0, 1)),
  sort_order  INTEGER NOT NULL
) STRICT;

CREATE TABLE team_member (
  id              TEXT PRIMARY KEY,
  name            TEXT NOT NULL,
  function_id     TEXT REFERENCES team_function(id),
  role            TEXT NOT NULL CHECK (role IN ('sponsor', 'lead', 'member', 'advisor')),
  contact         TEXT NOT NULL DEFAULT '',
  availability    INTEGER NOT NULL DEFAULT 0 CHECK (availability BETWEEN 0 AND 100),
  decision_rights TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(decision_rights)),
  sort_order      INTEGER NOT NULL
) STRICT;

CREATE TABLE raci_assignment (
  id        TEXT PRIMARY KEY,
  member_id TEXT NOT NULL REFERENCES team_member(id),
  item      TEXT NOT NULL,
  role      TEXT NOT NULL CHECK (role IN ('R', 'A', 'C', 'I')),
  UNIQUE (member_id, item)
) STRICT;

CREATE TABLE escalation_level (
  id           TEXT PRIMARY KEY,
  issue_kind   TEXT NOT NULL,
  escalate_to  TEXT NOT NULL,
  within_hours INTEGER NOT NULL CHECK (within_hours > 0),
  sort_order   INTEGER NOT NULL
) STRICT;

CREATE TABLE principle (
  id         TEXT PRIMARY KEY,
  statement  TEXT NOT NULL,
  rationale  TEXT NOT NULL DEFAULT '',
  sort_order INTEGER NOT NULL
) STRICT;

CREATE TABLE use_case (
  id             TEXT PRIMARY KEY,
  name           TEXT NOT NULL,
  function_id    TEXT REFERENCES team_function(id),
  description    TEXT NOT NULL DEFAULT '',
  expected_value TEXT NOT NULL DEFAULT '',
  risk_tier      TEXT NOT NULL CHECK (risk_tier IN ('minimal', 'transparency', 'high_risk', 'prohibited')),
  status         TEXT NOT NULL CHECK (status IN ('proposed', 'approved', 'parked', 'rejected')),
  decision_note  TEXT NOT NULL DEFAULT '',
  sort_order     INTEGER NOT NULL
) STRICT;

-- requesting_function_ids and use_case_ids are JSON arrays of ids; the handlers keep them clean when a function or
-- use case is deleted. milestone_task_id has no foreign key on purpose: the plan owns its tasks, and a requirement
-- whose milestone was removed shows it as removed rather than blocking the plan.
CREATE TABLE requirement (
  id                      TEXT PRIMARY KEY,
  code                    TEXT NOT NULL UNIQUE,
  title                   TEXT NOT NULL,
  description             TEXT NOT NULL DEFAULT '',
  horizon                 TEXT NOT NULL CHECK (horizon IN ('immediate', 'medium', 'long')),
  priority                TEXT NOT NULL CHECK (priority IN ('must', 'should', 'could', 'wont')),
  requesting_function_ids TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(requesting_function_ids)),
  type                    TEXT NOT NULL CHECK (type IN ('business', 'technical', 'security', 'compliance', 'training')),
  acceptance_criteria     TEXT NOT NULL DEFAULT '',
  use_case_ids            TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(use_case_ids)),
  milestone_task_id       TEXT,
  status                  TEXT NOT NULL CHECK (status IN ('draft', 'agreed', 'in_progress', 'met', 'dropped')),
  sort_order              INTEGER NOT NULL
) STRICT;

CREATE TABLE stakeholder_group (
  id         TEXT PRIMARY KEY,
  name       TEXT NOT NULL,
  size       INTEGER NOT NULL DEFAULT 0 CHECK (size >= 0),
  influence  TEXT NOT NULL CHECK (influence IN ('low', 'medium', 'high')),
  interest   TEXT NOT NULL CHECK (interest IN ('low', 'medium', 'high')),
  concerns   TEXT NOT NULL DEFAULT '',
  sort_order INTEGER NOT NULL
) STRICT;

CREATE TABLE comm_item (
  id           TEXT PRIMARY KEY,
  group_id     TEXT NOT NULL REFERENCES stakeholder_group(id),
  message      TEXT NOT NULL,
  channel      TEXT NOT NULL,
  planned_date TEXT NOT NULL,
  owner        TEXT NOT NULL DEFAULT '',
  status       TEXT NOT NULL CHECK (status IN ('planned', 'ready', 'sent', 'cancelled')),
  sort_order   INTEGER NOT NULL
) STRICT;

CREATE TABLE feedback_item (
  id          TEXT PRIMARY KEY,
  group_id    TEXT REFERENCES stakeholder_group(id),
  concern     TEXT NOT NULL,
  response    TEXT NOT NULL DEFAULT '',
  status      TEXT NOT NULL CHECK (status IN ('open', 'answered', 'closed')),
  target_date TEXT,
  sort_order  INTEGER NOT NULL
) STRICT;

CREATE TABLE training_audience (
  id         TEXT PRIMARY KEY,
  role       TEXT NOT NULL,
  headcount  INTEGER NOT NULL DEFAULT 0 CHECK (headcount >= 0),
  sort_order INTEGER NOT NULL
) STRICT;

CREATE TABLE training_module (
  id               TEXT PRIMARY KEY,
  title            TEXT NOT NULL,
  format           TEXT NOT NULL CHECK (format IN ('online', 'documentation', 'workshop')),
  duration_minutes INTEGER NOT NULL CHECK (duration_minutes > 0),
  topics           TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(topics)),
  other_topics     TEXT NOT NULL DEFAULT '',
  library_id       TEXT,
  sort_order       INTEGER NOT NULL
) STRICT;

CREATE TABLE training_need (
  id          TEXT PRIMARY KEY,
  audience_id TEXT NOT NULL REFERENCES training_audience(id),
  module_id   TEXT NOT NULL REFERENCES training_module(id),
  level       TEXT NOT NULL CHECK (level IN ('required', 'optional')),
  UNIQUE (audience_id, module_id)
) STRICT;

CREATE TABLE training_session (
  id         TEXT PRIMARY KEY,
  module_id  TEXT NOT NULL REFERENCES training_module(id),
  date       TEXT NOT NULL,
  time       TEXT NOT NULL DEFAULT '',
  trainer    TEXT NOT NULL DEFAULT '',
  capacity   INTEGER NOT NULL CHECK (capacity > 0),
  location   TEXT NOT NULL DEFAULT '',
  sort_order INTEGER NOT NULL
) STRICT;

CREATE TABLE training_enrolment (
  id          TEXT PRIMARY KEY,
  session_id  TEXT NOT NULL REFERENCES training_session(id),
  audience_id TEXT NOT NULL REFERENCES training_audience(id),
  enrolled    INTEGER NOT NULL DEFAULT 0 CHECK (enrolled >= 0),
  completed   INTEGER NOT NULL DEFAULT 0 CHECK (completed >= 0 AND completed <= enrolled),
  sort_order  INTEGER NOT NULL,
  UNIQUE (session_id, audience_id)
) STRICT;
`;
