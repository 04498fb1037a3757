-- 0003: launch tiering. Launches with their customer outcome and success metric, the tier
-- rule that decides Tier 1/2/3 (versioned: a launch keeps the version it was tiered with),
-- each tier's deliverables checklist per rule version, each launch's checklist state and
-- the history of tier overrides.
-- Scores, weights and thresholds are INTEGER hundredths (0.40 is 40, a score of 3.40 is
-- 340), so a boundary such as "score >= 4.00" is decided exactly, never by binary floating
-- point. Timestamps are ISO-8601 UTC text (YYYY-MM-DDTHH:MM:SSZ).

-- The tier rule, one row per version. Version 1 holds the product's defaults; editing the
-- rule adds a version and never changes an older one, so a launch's tier stays explainable.
--   score = (weight_revenue * revenue + weight_urgency * urgency + weight_demand * demand)
--   Tier 1 if score >= tier1_threshold, else Tier 2 if score >= tier2_threshold, else Tier 3;
--   guardrail = 1: a launch with any criterion at 5 is at least Tier 2.
-- tier1_capacity: how many Tier 1 launches a quarter can carry before the app warns.
-- created_by: the name of who saved the version, kept as text so history outlives people.
CREATE TABLE tier_rules (
    version         INTEGER PRIMARY KEY CHECK (version >= 1),
    uid             TEXT NOT NULL UNIQUE,
    weight_revenue  INTEGER NOT NULL CHECK (weight_revenue BETWEEN 0 AND 100),
    weight_urgency  INTEGER NOT NULL CHECK (weight_urgency BETWEEN 0 AND 100),
    weight_demand   INTEGER NOT NULL CHECK (weight_demand BETWEEN 0 AND 100),
    tier1_threshold INTEGER NOT NULL CHECK (tier1_threshold BETWEEN 100 AND 500),
    tier2_threshold INTEGER NOT NULL CHECK (tier2_threshold BETWEEN 100 AND 500),
    guardrail       INTEGER NOT NULL DEFAULT 1 CHECK (guardrail IN (0, 1)),
    tier1_capacity  INTEGER NOT NULL DEFAULT 3 CHECK (tier1_capacity BETWEEN 0 AND 999),
    created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    created_by      TEXT NOT NULL DEFAULT '',
    CHECK (weight_revenue + weight_urgency + weight_demand = 100),
    CHECK (tier2_threshold < tier1_threshold)
);
-- The version-4 UUID expression below is only used to seed rows in this file.
INSERT INTO tier_rules (version, uid, weight_revenue, weight_urgency, weight_demand,
                        tier1_threshold, tier2_threshold, guardrail, tier1_capacity, created_by)
VALUES (1, lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
           substr(lower(hex(randomblob(2))), 2) || '-' ||
           substr('89ab', 1 + abs(random() % 4), 1) || substr(lower(hex(randomblob(2))), 2) ||
           '-' || lower(hex(randomblob(6))),
        40, 30, 30, 400, 250, 1, 3, 'PMM Workbench defaults');

-- The deliverables a launch of a tier needs, per rule version (a new version copies and may
-- edit them). position orders the items within a tier. Items are never changed once saved:
-- launch_checklist points at them.
CREATE TABLE tier_checklist_items (
    id           INTEGER PRIMARY KEY,
    uid          TEXT NOT NULL UNIQUE,
    rule_version INTEGER NOT NULL REFERENCES tier_rules(version),
    tier         INTEGER NOT NULL CHECK (tier BETWEEN 1 AND 3),
    position     INTEGER NOT NULL CHECK (position >= 1),
    title        TEXT NOT NULL CHECK (length(trim(title)) > 0),
    UNIQUE (rule_version, tier, position)
);
WITH defaults (tier, position, title) AS (VALUES
    (1, 1, 'Messaging and positioning doc'),
    (1, 2, 'Battlecard update'),
    (1, 3, 'Sales enablement session'),
    (1, 4, 'Analyst and press briefing'),
    (1, 5, 'Launch blog post'),
    (1, 6, 'Customer email'),
    (1, 7, 'In-app announcement'),
    (1, 8, '30-day success review'),
    (2, 1, 'Messaging doc'),
    (2, 2, 'Enablement note'),
    (2, 3, 'Blog post'),
    (2, 4, 'Customer email'),
    (2, 5, '30-day success review'),
    (3, 1, 'Release notes'),
    (3, 2, 'In-app note'))
INSERT INTO tier_checklist_items (uid, rule_version, tier, position, title)
SELECT lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
           substr(lower(hex(randomblob(2))), 2) || '-' ||
           substr('89ab', 1 + abs(random() % 4), 1) || substr(lower(hex(randomblob(2))), 2) ||
           '-' || lower(hex(randomblob(6))),
       1, tier, position, title
FROM defaults;

-- A launch and its frame. The app enforces the status gate: no status past 'candidate'
-- without an outcome and a complete success metric (name, baseline, target, review date).
--   quarter       'YYYY-Qn', the quarter the launch is planned in.
--   outcome       the customer decision this launch changes; '' until written.
--   metric_*      the success metric; metric_actual stays NULL until the review.
--   is_pivot      1 when the launch changes the product's direction (a positioning trigger).
--   *_score       each criterion 1-5, NULL until scored; *_evidence a one-line note.
--   computed_tier, tier_score (hundredths), rule_version: the rule's result, all NULL until
--                 the three criteria are scored; rule_version is the version that produced it.
--   override_tier, override_reason: a Director's override; a reason is required.
--   tier          the tier in force: the override if any, else the computed tier. A plain
--                 column held equal by a CHECK (a generated column would keep the index
--                 below from covering the per-quarter counts).
CREATE TABLE launches (
    id                 INTEGER PRIMARY KEY,
    uid                TEXT NOT NULL UNIQUE,
    name               TEXT NOT NULL CHECK (length(trim(name)) > 0),
    product_id         INTEGER NOT NULL REFERENCES products(id),
    quarter            TEXT NOT NULL CHECK (quarter GLOB '[0-9][0-9][0-9][0-9]-Q[1-4]'),
    target_date        TEXT,
    owner_id           INTEGER NOT NULL REFERENCES people(id),
    status             TEXT NOT NULL DEFAULT 'idea' CHECK (status IN ('idea', 'candidate',
                           'planned', 'in_progress', 'launched', 'reviewed', 'cancelled')),
    outcome            TEXT NOT NULL DEFAULT '',
    metric_name        TEXT NOT NULL DEFAULT '',
    metric_baseline    TEXT NOT NULL DEFAULT '',
    metric_target      TEXT NOT NULL DEFAULT '',
    metric_review_date TEXT,
    metric_actual      TEXT,
    is_pivot           INTEGER NOT NULL DEFAULT 0 CHECK (is_pivot IN (0, 1)),
    revenue_score      INTEGER CHECK (revenue_score BETWEEN 1 AND 5),
    revenue_evidence   TEXT NOT NULL DEFAULT '',
    urgency_score      INTEGER CHECK (urgency_score BETWEEN 1 AND 5),
    urgency_evidence   TEXT NOT NULL DEFAULT '',
    demand_score       INTEGER CHECK (demand_score BETWEEN 1 AND 5),
    demand_evidence    TEXT NOT NULL DEFAULT '',
    computed_tier      INTEGER CHECK (computed_tier BETWEEN 1 AND 3),
    tier_score         INTEGER CHECK (tier_score BETWEEN 100 AND 500),
    rule_version       INTEGER REFERENCES tier_rules(version),
    override_tier      INTEGER CHECK (override_tier BETWEEN 1 AND 3),
    override_reason    TEXT NOT NULL DEFAULT '',
    tier               INTEGER CHECK (tier IS coalesce(override_tier, computed_tier)),
    created_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    CHECK ((computed_tier IS NULL) = (tier_score IS NULL)
           AND (computed_tier IS NULL) = (rule_version IS NULL)),
    CHECK (override_tier IS NULL OR length(trim(override_reason)) > 0)
);
-- Covers the Quarter view and the tier report summary: COUNT(*) ... WHERE quarter = ?
-- GROUP BY tier, status reads this index alone.
CREATE INDEX launches_quarter_tier_status ON launches(quarter, tier, status);
CREATE INDEX launches_status ON launches(status, quarter);
CREATE INDEX launches_tier ON launches(tier, quarter);
CREATE INDEX launches_owner ON launches(owner_id, quarter);
CREATE INDEX launches_product ON launches(product_id);
CREATE INDEX launches_rule_version ON launches(rule_version);

-- Which checklist items of a launch are done. A row exists once an item was ticked; only
-- the items of the launch's tier under its rule version count towards readiness.
CREATE TABLE launch_checklist (
    launch_id INTEGER NOT NULL REFERENCES launches(id) ON DELETE CASCADE,
    item_id   INTEGER NOT NULL REFERENCES tier_checklist_items(id),
    done      INTEGER NOT NULL DEFAULT 1 CHECK (done IN (0, 1)),
    PRIMARY KEY (launch_id, item_id)
) WITHOUT ROWID;
CREATE INDEX launch_checklist_item ON launch_checklist(item_id);

-- Every override of a launch's tier, and its removal (to_tier NULL), with the reason, who
-- made it (a name, kept as text) and when. Shown in the launch's history and the report.
CREATE TABLE tier_overrides (
    id         INTEGER PRIMARY KEY,
    uid        TEXT NOT NULL UNIQUE,
    launch_id  INTEGER NOT NULL REFERENCES launches(id) ON DELETE CASCADE,
    from_tier  INTEGER CHECK (from_tier BETWEEN 1 AND 3),
    to_tier    INTEGER CHECK (to_tier BETWEEN 1 AND 3),
    reason     TEXT NOT NULL DEFAULT '',
    changed_by TEXT NOT NULL DEFAULT '',
    changed_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    CHECK (to_tier IS NULL OR length(trim(reason)) > 0)
);
CREATE INDEX tier_overrides_launch ON tier_overrides(launch_id, id);
