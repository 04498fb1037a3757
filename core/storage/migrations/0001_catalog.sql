-- 0001: the catalog every framework refers to: the team's levels and people, the products
-- we launch, the market segments we sell into and the competitors we meet there.
-- Conventions for every table in this schema:
--   id   INTEGER PRIMARY KEY: the local key, used by foreign keys inside this file.
--   uid  TEXT UNIQUE: a stable UUID, used by exports and imports to match rows across files.
--   Dates are ISO-8601 text (YYYY-MM-DD); timestamps are ISO-8601 UTC text.

-- Career levels, ordered by rank (1 = most junior). Names are editable by the Director.
CREATE TABLE levels (
    rank INTEGER PRIMARY KEY CHECK (rank BETWEEN 1 AND 20),
    name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0)
);
INSERT INTO levels (rank, name) VALUES
    (1, 'Junior PMM'), (2, 'PMM'), (3, 'Senior PMM'), (4, 'Staff PMM'), (5, 'Principal PMM');

-- People on (or around) the product marketing team. Owners of launches, segments and cards.
CREATE TABLE people (
    id         INTEGER PRIMARY KEY,
    uid        TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
    email      TEXT NOT NULL DEFAULT '',
    level_rank INTEGER NOT NULL DEFAULT 2 REFERENCES levels(rank),
    manager_id INTEGER REFERENCES people(id)
);
CREATE INDEX people_manager ON people(manager_id);

-- Products (or product lines) that launches belong to.
CREATE TABLE products (
    id          INTEGER PRIMARY KEY,
    uid         TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    description TEXT NOT NULL DEFAULT ''
);

-- Market segments. The owner is the PMM assigned to the segment: they own its battlecards.
CREATE TABLE segments (
    id          INTEGER PRIMARY KEY,
    uid         TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    description TEXT NOT NULL DEFAULT '',
    owner_id    INTEGER REFERENCES people(id)
);
CREATE INDEX segments_owner ON segments(owner_id);

-- Competitors. first_seen feeds the "new competitor entry" positioning trigger.
CREATE TABLE competitors (
    id         INTEGER PRIMARY KEY,
    uid        TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    website    TEXT NOT NULL DEFAULT '',
    first_seen TEXT,
    notes      TEXT NOT NULL DEFAULT ''
);
