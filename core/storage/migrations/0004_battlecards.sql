-- 0004: battlecards. A card is for one competitor in one segment, owned by a PMM (by default
-- the segment's owner), with the template's sections; the log of competitor launches that
-- flags cards for a refresh; every save and refresh kept as a revision with a full snapshot
-- of the text; and a full-text index over all card text.
-- Dates are YYYY-MM-DD text, timestamps ISO-8601 UTC text (YYYY-MM-DDTHH:MM:SSZ).
-- Every line of a list section has a position (1, 2, 3... within its section, the order
-- the card shows) and internal_only = 1 when Sales must not see it (left out of the sales
-- PDF).

-- What competitors shipped or announced, and what it means for our deals. Logging one marks
-- every card of that competitor refresh_required in the same transaction (the app does it,
-- so it can show the user which cards were flagged).
--   logged_by  the name of who logged it, kept as text so the log outlives people.
CREATE TABLE competitor_launches (
    id            INTEGER PRIMARY KEY,
    uid           TEXT NOT NULL UNIQUE,
    competitor_id INTEGER NOT NULL REFERENCES competitors(id),
    launched_on   TEXT NOT NULL
                  CHECK (launched_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    what          TEXT NOT NULL CHECK (length(trim(what)) > 0),
    impact        TEXT NOT NULL DEFAULT '',
    logged_by     TEXT NOT NULL DEFAULT '',
    logged_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX competitor_launches_competitor ON competitor_launches(competitor_id, launched_on);

-- The card, with its two free-text sections (overview, pricing notes) and its refresh state.
--   owner_id              the PMM who keeps it current; NULL = unassigned.
--   last_refreshed        the day the owner last confirmed the card (creation counts).
--   refresh_interval_days next refresh due this many days after the last; 91 = a quarter.
--                         New cards take the workspace setting
--                         'battlecards.refresh_interval_days' when it is set.
--   refresh_required      1 after a competitor launch was logged, until the next refresh;
--                         refresh_launch_id is the launch that caused it (the first one
--                         when several are pending; NULL once that launch left the log).
-- Status (current / due soon / stale / refresh required) is derived, never stored: it
-- depends on today.
CREATE TABLE battlecards (
    id                    INTEGER PRIMARY KEY,
    uid                   TEXT NOT NULL UNIQUE,
    competitor_id         INTEGER NOT NULL REFERENCES competitors(id),
    segment_id            INTEGER NOT NULL REFERENCES segments(id),
    owner_id              INTEGER REFERENCES people(id),
    overview              TEXT NOT NULL DEFAULT '',
    pricing_notes         TEXT NOT NULL DEFAULT '',
    last_refreshed        TEXT NOT NULL
                          CHECK (last_refreshed GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    refresh_interval_days INTEGER NOT NULL DEFAULT 91
                          CHECK (refresh_interval_days BETWEEN 1 AND 3660),
    refresh_required      INTEGER NOT NULL DEFAULT 0 CHECK (refresh_required IN (0, 1)),
    refresh_launch_id     INTEGER REFERENCES competitor_launches(id) ON DELETE SET NULL,
    created_at            TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at            TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    UNIQUE (competitor_id, segment_id),
    CHECK (refresh_required = 1 OR refresh_launch_id IS NULL)
);
CREATE INDEX battlecards_segment ON battlecards(segment_id);
CREATE INDEX battlecards_owner ON battlecards(owner_id);
CREATE INDEX battlecards_refresh_launch ON battlecards(refresh_launch_id);

-- One-line sections: why we win, why we lose, landmines (questions that expose the
-- competitor's weak spots).
CREATE TABLE battlecard_points (
    id            INTEGER PRIMARY KEY,
    card_id       INTEGER NOT NULL REFERENCES battlecards(id) ON DELETE CASCADE,
    section       TEXT NOT NULL CHECK (section IN ('why_we_win', 'why_we_lose', 'landmines')),
    position      INTEGER NOT NULL CHECK (position >= 1),
    text          TEXT NOT NULL,
    internal_only INTEGER NOT NULL DEFAULT 0 CHECK (internal_only IN (0, 1)),
    UNIQUE (card_id, section, position)
);

-- Proof points: a customer story and the number that makes it credible.
CREATE TABLE battlecard_proof_points (
    id            INTEGER PRIMARY KEY,
    card_id       INTEGER NOT NULL REFERENCES battlecards(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL CHECK (position >= 1),
    story         TEXT NOT NULL,
    number        TEXT NOT NULL DEFAULT '',
    internal_only INTEGER NOT NULL DEFAULT 0 CHECK (internal_only IN (0, 1)),
    UNIQUE (card_id, position)
);

-- Objection handling: what the buyer says -> what the rep answers -> what backs it up.
CREATE TABLE battlecard_objections (
    id            INTEGER PRIMARY KEY,
    card_id       INTEGER NOT NULL REFERENCES battlecards(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL CHECK (position >= 1),
    objection     TEXT NOT NULL,
    response      TEXT NOT NULL DEFAULT '',
    proof         TEXT NOT NULL DEFAULT '',
    internal_only INTEGER NOT NULL DEFAULT 0 CHECK (internal_only IN (0, 1)),
    UNIQUE (card_id, position)
);

-- The angle decision tree: when the deal looks like X -> lead with angle Y -> because Z.
CREATE TABLE battlecard_angles (
    id              INTEGER PRIMARY KEY,
    card_id         INTEGER NOT NULL REFERENCES battlecards(id) ON DELETE CASCADE,
    position        INTEGER NOT NULL CHECK (position >= 1),
    deal_looks_like TEXT NOT NULL,
    lead_with       TEXT NOT NULL DEFAULT '',
    because         TEXT NOT NULL DEFAULT '',
    internal_only   INTEGER NOT NULL DEFAULT 0 CHECK (internal_only IN (0, 1)),
    UNIQUE (card_id, position)
);

-- Every creation, save and refresh of a card. snapshot is the whole text of the card at
-- that moment as JSON ({"format": "pmm-battlecard-text", "version": 1, ...}, described in
-- core/battlecards/battlecard_json.h), so any two revisions can be compared section by
-- section without replaying edits.
--   number        1, 2, 3... per card.
--   kind          'create' (from the template), 'save' (text edited), 'refresh' (confirmed
--                 up to date; clears refresh_required).
--   changed_by    the name of who did it, kept as text; changed_by_id the person while they
--                 are in the workspace.
--   note          optional words from the editor; summary what changed against the
--                 previous revision ("Why we win: 1 added"), written when it is saved.
CREATE TABLE battlecard_revisions (
    id            INTEGER PRIMARY KEY,
    uid           TEXT NOT NULL UNIQUE,
    card_id       INTEGER NOT NULL REFERENCES battlecards(id) ON DELETE CASCADE,
    number        INTEGER NOT NULL CHECK (number >= 1),
    kind          TEXT NOT NULL CHECK (kind IN ('create', 'save', 'refresh')),
    changed_by    TEXT NOT NULL CHECK (length(trim(changed_by)) > 0),
    changed_by_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
    changed_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    note          TEXT NOT NULL DEFAULT '',
    summary       TEXT NOT NULL DEFAULT '',
    snapshot      TEXT NOT NULL CHECK (json_valid(snapshot)),
    UNIQUE (card_id, number)
);
CREATE INDEX battlecard_revisions_person ON battlecard_revisions(changed_by_id);

-- Full-text search over every card: one row per card (rowid = battlecards.id), one column
-- per place a match can be reported in, so a result can say "matched in Objection
-- handling". List sections hold their lines joined by line breaks, the fields of a line
-- joined by " -> ".
--
-- A regular FTS5 table, keeping its own copy of the text rather than reading it from the
-- card tables (external content): the copy costs disk space, but no edit made outside the
-- app can ever corrupt the index; at worst a row is out of date, and the app rewrites it on
-- the next save. To rebuild it by hand, delete every row and re-save the cards (or reindex
-- them from the app).
--
-- Kept in sync by the battlecard store, not by triggers on the line tables: a save rewrites
-- all the lines of a card, and row triggers would rebuild the card's index row once per
-- line. The triggers below cover the changes the store does not make: removing a card,
-- and renaming its competitor or segment (which the catalog does).
--
-- Search snippets mark matches with the control characters \x02 and \x03, so the index
-- never holds them: card text is stored without control characters, and the names are
-- copied in with those two removed.
--
-- Tokens: unicode61 without diacritics ("garcia" finds "García"); prefix indexes of 2 and 3
-- characters keep as-you-type prefix queries fast. The app ranks with its own function
-- (pmm_rank, see core/storage/battlecard_search_functions.h); in the sqlite3 tool the
-- default bm25 rank works as usual.
CREATE VIRTUAL TABLE battlecard_search USING fts5(
    competitor, segment, overview, why_we_win, why_we_lose, objections, landmines,
    proof_points, pricing_notes, decision_tree,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

CREATE TRIGGER battlecard_search_card_removed AFTER DELETE ON battlecards
BEGIN
    DELETE FROM battlecard_search WHERE rowid = OLD.id;
END;

CREATE TRIGGER battlecard_search_competitor_renamed AFTER UPDATE OF name ON competitors
WHEN OLD.name IS NOT NEW.name
BEGIN
    UPDATE battlecard_search SET competitor = replace(replace(NEW.name, char(2), ''), char(3), '')
    WHERE rowid IN (SELECT id FROM battlecards WHERE competitor_id = NEW.id);
END;

CREATE TRIGGER battlecard_search_segment_renamed AFTER UPDATE OF name ON segments
WHEN OLD.name IS NOT NEW.name
BEGIN
    UPDATE battlecard_search SET segment = replace(replace(NEW.name, char(2), ''), char(3), '')
    WHERE rowid IN (SELECT id FROM battlecards WHERE segment_id = NEW.id);
END;
