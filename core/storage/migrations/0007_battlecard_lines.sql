-- 0007: a card's overview and pricing notes become lines like why we win, so each of their
-- lines can be marked internal-only and left out of the sales PDF (a floor price, a
-- deal-desk rule). Until now they were the free-text columns battlecards.overview and
-- battlecards.pricing_notes.
--
-- battlecard_points takes the two new sections: its CHECK on section cannot be altered, so
-- the table is rebuilt the SQLite way (new table, copy, drop, rename). Nothing references
-- battlecard_points and it has no triggers or indexes of its own beyond its UNIQUE
-- constraint, which the new table declares again. The existing text moves there, one line
-- per line of text that is not blank (only spaces and tabs), in order, none internal-only;
-- then the two columns are dropped (no index, view or trigger uses them).
--
-- The search index keeps its overview and pricing_notes columns: the store now fills them
-- with the lines joined by line breaks, which is the text they already hold.
--
-- Revisions keep their snapshots as recorded ("version": 1, with the two sections as
-- text); the app reads them as lines the same way (core/battlecards/battlecard_json.h).

CREATE TABLE battlecard_points_v7 (
    id            INTEGER PRIMARY KEY,
    card_id       INTEGER NOT NULL REFERENCES battlecards(id) ON DELETE CASCADE,
    section       TEXT NOT NULL CHECK (section IN ('overview', 'why_we_win', 'why_we_lose',
                                                   'landmines', 'pricing_notes')),
    position      INTEGER NOT NULL CHECK (position >= 1),
    text          TEXT NOT NULL,
    internal_only INTEGER NOT NULL DEFAULT 0 CHECK (internal_only IN (0, 1)),
    UNIQUE (card_id, section, position)
);

INSERT INTO battlecard_points_v7 (id, card_id, section, position, text, internal_only)
SELECT id, card_id, section, position, text, internal_only FROM battlecard_points;

DROP TABLE battlecard_points;
ALTER TABLE battlecard_points_v7 RENAME TO battlecard_points;

-- Splits each text at its line breaks: `rest` is what is left to split, with a line break
-- appended so the last line is found like the others.
WITH RECURSIVE split(card_id, section, n, line, rest) AS (
    SELECT id, 'overview', 0, NULL, overview || char(10)
    FROM battlecards WHERE overview <> ''
    UNION ALL
    SELECT id, 'pricing_notes', 0, NULL, pricing_notes || char(10)
    FROM battlecards WHERE pricing_notes <> ''
    UNION ALL
    SELECT card_id, section, n + 1, substr(rest, 1, instr(rest, char(10)) - 1),
           substr(rest, instr(rest, char(10)) + 1)
    FROM split WHERE rest <> ''
)
INSERT INTO battlecard_points (card_id, section, position, text, internal_only)
SELECT card_id, section, row_number() OVER (PARTITION BY card_id, section ORDER BY n), line, 0
FROM split
WHERE line IS NOT NULL AND trim(line, ' ' || char(9) || char(13)) <> ''
ORDER BY card_id, section, n;

ALTER TABLE battlecards DROP COLUMN overview;
ALTER TABLE battlecards DROP COLUMN pricing_notes;
