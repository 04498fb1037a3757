-- 0008: refresh requests. A positioning review's follow-up "refresh card X" marks that card
-- refresh required (battlecards.refresh_required = 1) and leaves a row here that says why,
-- so the card's status can explain it ("Refresh requested by the positioning review of
-- 2026-11-24 (refine): pricing objection changed"). Marking the card refreshed clears the
-- card's flag as for a competitor launch; the request stays as history.
--   card_revision  the card's latest revision number when the request was made: the request
--                  is pending while the card has no 'refresh' revision with a higher number.
--   was_required   the card's refresh_required before the request (0 or 1) and
--   was_launch_id  its refresh_launch_id then: taking the review back restores them.
--   note           the review's words to the card's owner ('' when none).
CREATE TABLE battlecard_refresh_requests (
    id             INTEGER PRIMARY KEY,
    uid            TEXT NOT NULL UNIQUE,
    card_id        INTEGER NOT NULL REFERENCES battlecards(id) ON DELETE CASCADE,
    review_id      INTEGER NOT NULL REFERENCES positioning_reviews(id) ON DELETE CASCADE,
    requested_on   TEXT NOT NULL
                   CHECK (requested_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    note           TEXT NOT NULL DEFAULT '',
    card_revision  INTEGER NOT NULL DEFAULT 0 CHECK (card_revision >= 0),
    was_required   INTEGER NOT NULL DEFAULT 0 CHECK (was_required IN (0, 1)),
    was_launch_id  INTEGER,
    UNIQUE (card_id, review_id)
);
CREATE INDEX battlecard_refresh_requests_review ON battlecard_refresh_requests(review_id);
