-- 0006: positioning reviews and win/loss. Positioning statements per product and segment
-- (versioned: a new wording adds a version, older ones stay as history), the win/loss
-- records of deals (typed in or imported from a CRM's CSV export), the reviews held on a
-- cadence or because the data said so, and the thresholds of the review triggers.
-- Dates are YYYY-MM-DD text, timestamps ISO-8601 UTC text (YYYY-MM-DDTHH:MM:SSZ).

-- One version of the positioning statement of a product in a segment. The current
-- statement is the highest version of its product and segment; a version is never changed
-- once saved. The six parts read as one sentence:
--   For <for_customer> who <who_need>, <product> is a <is_a> that <that_benefit>.
--   Unlike <unlike>, we <we_differ>.
--   created_by  the name of who saved the version, kept as text so history outlives people.
--   note        why this version was written (often "review of YYYY-MM-DD").
CREATE TABLE positioning_statements (
    id           INTEGER PRIMARY KEY,
    uid          TEXT NOT NULL UNIQUE,
    product_id   INTEGER NOT NULL REFERENCES products(id),
    segment_id   INTEGER NOT NULL REFERENCES segments(id),
    version      INTEGER NOT NULL CHECK (version >= 1),
    for_customer TEXT NOT NULL DEFAULT '',
    who_need     TEXT NOT NULL DEFAULT '',
    is_a         TEXT NOT NULL DEFAULT '',
    that_benefit TEXT NOT NULL DEFAULT '',
    unlike       TEXT NOT NULL DEFAULT '',
    we_differ    TEXT NOT NULL DEFAULT '',
    note         TEXT NOT NULL DEFAULT '',
    created_by   TEXT NOT NULL DEFAULT '',
    created_on   TEXT NOT NULL
                 CHECK (created_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    UNIQUE (product_id, segment_id, version)
);
CREATE INDEX positioning_statements_segment ON positioning_statements(segment_id);

-- A closed deal: won, lost or ended without a decision.
--   deal_ref      the CRM's id of the deal ('' when the export has none).
--   dedupe_key    what makes re-importing the same export harmless: 'id:' + deal_ref when
--                 there is one, else 'key:' + closed_on + '|' + lower-case deal name + '|' +
--                 lower-case competitor name. A second import updates the row it matches.
--   competitor_id the competitor met in the deal; NULL when there was none.
--   arr_cents     annual recurring revenue in hundredths of the currency unit; NULL unknown.
--   reason        why it was won or lost, in the CRM's words ("Pricing", "Security review").
--   angle         the battlecard angle the rep led with (a decision-tree "lead with").
CREATE TABLE deals (
    id            INTEGER PRIMARY KEY,
    uid           TEXT NOT NULL UNIQUE,
    dedupe_key    TEXT NOT NULL UNIQUE CHECK (length(dedupe_key) > 3),
    deal_ref      TEXT NOT NULL DEFAULT '',
    name          TEXT NOT NULL DEFAULT '',
    closed_on     TEXT NOT NULL
                  CHECK (closed_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    segment_id    INTEGER REFERENCES segments(id),
    product_id    INTEGER REFERENCES products(id),
    competitor_id INTEGER REFERENCES competitors(id),
    outcome       TEXT NOT NULL CHECK (outcome IN ('won', 'lost', 'no_decision')),
    arr_cents     INTEGER CHECK (arr_cents >= 0),
    reason        TEXT NOT NULL DEFAULT '',
    angle         TEXT NOT NULL DEFAULT '',
    notes         TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
-- Covers the trigger and win-rate reader: it reads these columns of every deal in date order.
CREATE INDEX deals_closed ON deals(closed_on, competitor_id, outcome, reason, angle);
CREATE INDEX deals_competitor ON deals(competitor_id, closed_on);
CREATE INDEX deals_segment ON deals(segment_id);
CREATE INDEX deals_product ON deals(product_id);

-- A positioning review: why it was held (the trigger), what it covered (scope: a product
-- and/or a segment, NULL meaning all of them; a competitor when the trigger named one), the
-- evidence looked at, the decision and, for refine/reposition, the statement version it
-- produced.
--   trigger     'scheduled' (the quarterly cadence), 'failed_deals', 'new_competitor',
--               'pivot' or 'overdue'.
--   follow_ups  what was agreed to do next, one per line (cards to refresh, launches).
CREATE TABLE positioning_reviews (
    id            INTEGER PRIMARY KEY,
    uid           TEXT NOT NULL UNIQUE,
    reviewed_on   TEXT NOT NULL
                  CHECK (reviewed_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    trigger       TEXT NOT NULL CHECK (trigger IN ('scheduled', 'failed_deals',
                      'new_competitor', 'pivot', 'overdue')),
    product_id    INTEGER REFERENCES products(id),
    segment_id    INTEGER REFERENCES segments(id),
    competitor_id INTEGER REFERENCES competitors(id),
    evidence      TEXT NOT NULL DEFAULT '',
    decision      TEXT NOT NULL CHECK (decision IN ('keep', 'refine', 'reposition')),
    statement_id  INTEGER REFERENCES positioning_statements(id),
    follow_ups    TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    CHECK (decision = 'keep' OR statement_id IS NOT NULL)
);
CREATE INDEX positioning_reviews_date ON positioning_reviews(reviewed_on);
CREATE INDEX positioning_reviews_product ON positioning_reviews(product_id);
CREATE INDEX positioning_reviews_segment ON positioning_reviews(segment_id);
CREATE INDEX positioning_reviews_competitor ON positioning_reviews(competitor_id);
CREATE INDEX positioning_reviews_statement ON positioning_reviews(statement_id);

-- Who took part in a review.
CREATE TABLE positioning_review_participants (
    review_id INTEGER NOT NULL REFERENCES positioning_reviews(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people(id),
    PRIMARY KEY (review_id, person_id)
) WITHOUT ROWID;
CREATE INDEX positioning_review_participants_person ON positioning_review_participants(person_id);

-- The thresholds of the review triggers (PRODUCT.md §4) are workspace settings (table
-- settings of 0002), editable by the Director; a missing key means the product's default:
--   positioning.loss_pattern_count    3   deals lost to one competitor for one reason
--   positioning.window_days          90   the window of both failed-deal checks (the
--                                         previous window is as long)
--   positioning.win_rate_drop_points 15   a drop of the win rate against a competitor
--   positioning.overdue_days         91   a product/segment not reviewed for longer is overdue
--   positioning.min_deals             5   fewer decided deals: "too few deals to judge"
