/**
 * Schema 5: step 3, the vendor evaluation matrix and its facilitated scoring session.
 * Links to requirements (migration 004) deliberately carry no foreign key, so this schema stands on its own.
 */
export const migration005 = `
CREATE TABLE vendor (
  id                   TEXT PRIMARY KEY,
  name                 TEXT NOT NULL,
  offering_type        TEXT NOT NULL CHECK (offering_type IN ('general', 'focused', 'in_house')),
  description          TEXT NOT NULL DEFAULT '',
  pricing_model        TEXT NOT NULL DEFAULT 'seat' CHECK (pricing_model IN ('seat', 'token', 'credits', 'flat', 'custom')),
  seat_per_month       INTEGER NOT NULL DEFAULT 0 CHECK (seat_per_month >= 0),
  usage_per_user_month INTEGER NOT NULL DEFAULT 0 CHECK (usage_per_user_month >= 0),
  annual_fixed         INTEGER NOT NULL DEFAULT 0 CHECK (annual_fixed >= 0),
  one_off              INTEGER NOT NULL DEFAULT 0 CHECK (one_off >= 0),
  certifications       TEXT NOT NULL DEFAULT '',
  vulnerabilities      TEXT NOT NULL DEFAULT '',
  regulatory_notes     TEXT NOT NULL DEFAULT '',
  contact              TEXT NOT NULL DEFAULT '',
  documents            TEXT NOT NULL DEFAULT '[]',
  sort_order           INTEGER NOT NULL
) STRICT;

CREATE TABLE criterion_group (
  id          TEXT PRIMARY KEY,
  name        TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  sort_order  INTEGER NOT NULL
) STRICT;

CREATE TABLE criterion (
  id          TEXT PRIMARY KEY,
  group_id    TEXT NOT NULL REFERENCES criterion_group(id),
  name        TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  scale       TEXT NOT NULL CHECK (scale IN ('1-5', '0-10')),
  descriptors TEXT NOT NULL DEFAULT '[]',
  direction   TEXT NOT NULL DEFAULT 'benefit' CHECK (direction IN ('benefit', 'cost')),
  must_have   INTEGER NOT NULL DEFAULT 0 CHECK (must_have IN (0, 1)),
  raw_weight  REAL NOT NULL DEFAULT 1 CHECK (raw_weight >= 0 AND raw_weight <= 100),
  library_id  TEXT,
  source      TEXT NOT NULL DEFAULT '',
  sort_order  INTEGER NOT NULL
) STRICT;
CREATE INDEX criterion_group_idx ON criterion(group_id);

CREATE TABLE criterion_requirement (
  id             TEXT PRIMARY KEY,
  criterion_id   TEXT NOT NULL REFERENCES criterion(id),
  requirement_id TEXT NOT NULL,
  UNIQUE (criterion_id, requirement_id)
) STRICT;

CREATE TABLE evaluator (
  id         TEXT PRIMARY KEY,
  name       TEXT NOT NULL,
  member_id  TEXT,
  anonymous  INTEGER NOT NULL DEFAULT 1 CHECK (anonymous IN (0, 1)),
  sort_order INTEGER NOT NULL
) STRICT;

CREATE TABLE score (
  id           TEXT PRIMARY KEY,
  evaluator_id TEXT NOT NULL REFERENCES evaluator(id),
  vendor_id    TEXT NOT NULL REFERENCES vendor(id),
  criterion_id TEXT NOT NULL REFERENCES criterion(id),
  round        INTEGER NOT NULL CHECK (round IN (1, 2)),
  value        INTEGER NOT NULL CHECK (value BETWEEN 0 AND 10),
  rationale    TEXT NOT NULL DEFAULT '',
  UNIQUE (evaluator_id, vendor_id, criterion_id, round)
) STRICT;
CREATE INDEX score_criterion ON score(criterion_id);
CREATE INDEX score_vendor ON score(vendor_id);

CREATE TABLE knockout_result (
  id           TEXT PRIMARY KEY,
  vendor_id    TEXT NOT NULL REFERENCES vendor(id),
  criterion_id TEXT NOT NULL REFERENCES criterion(id),
  status       TEXT NOT NULL CHECK (status IN ('pass', 'fail')),
  note         TEXT NOT NULL DEFAULT '',
  UNIQUE (vendor_id, criterion_id)
) STRICT;

CREATE TABLE ahp_comparison (
  id           TEXT PRIMARY KEY,
  group_a_id   TEXT NOT NULL REFERENCES criterion_group(id),
  group_b_id   TEXT NOT NULL REFERENCES criterion_group(id),
  evaluator_id TEXT REFERENCES evaluator(id),
  value        REAL NOT NULL CHECK (value >= 0.111 AND value <= 9),
  CHECK (group_a_id < group_b_id)
) STRICT;

-- One row: the evaluation's settings and the live state of the facilitated session.
CREATE TABLE vendor_evaluation (
  id                   TEXT PRIMARY KEY CHECK (id = 'evaluation'),
  aggregation          TEXT NOT NULL DEFAULT 'mean' CHECK (aggregation IN ('mean', 'median')),
  weight_method        TEXT NOT NULL DEFAULT 'direct' CHECK (weight_method IN ('direct', 'ahp')),
  headcount            INTEGER NOT NULL DEFAULT 0 CHECK (headcount >= 0),
  timer_seconds        INTEGER NOT NULL DEFAULT 120 CHECK (timer_seconds BETWEEN 10 AND 3600),
  current_criterion_id TEXT REFERENCES criterion(id),
  revealed             INTEGER NOT NULL DEFAULT 0 CHECK (revealed IN (0, 1)),
  round                INTEGER NOT NULL DEFAULT 1 CHECK (round IN (1, 2)),
  timer_started_at     TEXT
) STRICT;
INSERT INTO vendor_evaluation (id) VALUES ('evaluation');

-- One row: the decision of the evaluation; every version of it stays in the audit trail.
CREATE TABLE vendor_decision (
  id               TEXT PRIMARY KEY CHECK (id = 'decision'),
  chosen_vendor_id TEXT REFERENCES vendor(id),
  rationale        TEXT NOT NULL DEFAULT '',
  dissent          TEXT NOT NULL DEFAULT '',
  decided_by       TEXT NOT NULL DEFAULT '',
  decided_on       TEXT
) STRICT;
INSERT INTO vendor_decision (id) VALUES ('decision');
`;
