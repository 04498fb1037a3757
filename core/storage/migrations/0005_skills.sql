-- 0005: the skills matrix. The competencies a PMM grows in, what each level is expected to
-- show in each of them, assessments of people against those expectations over time, and
-- links from an assessment to the work in the workspace that backs it.
-- Levels themselves are the `levels` table of 0001 (rank 1 = Junior PMM ... 5 = Principal
-- PMM); every level below is a rank of that table. Dates are YYYY-MM-DD text, timestamps
-- ISO-8601 UTC text (YYYY-MM-DDTHH:MM:SSZ).

-- What the matrix measures. Names, descriptions, order and the required flag are the
-- Director's to edit; the nine rows below are the product's defaults.
--   position                1, 2, 3... the order of the grid's columns (kept dense by the app).
--   required_for_promotion  1 when a person needs the next level's expectation met here to be
--                           ready for promotion; 0 keeps the competency in the matrix as a
--                           growth area without holding a promotion back.
-- A competency with assessments cannot be removed (the app says so; the foreign key of
-- skill_assessments enforces it): history is never dropped silently.
CREATE TABLE competencies (
    id                     INTEGER PRIMARY KEY,
    uid                    TEXT NOT NULL UNIQUE,
    name                   TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    description            TEXT NOT NULL DEFAULT '',
    position               INTEGER NOT NULL CHECK (position >= 1),
    required_for_promotion INTEGER NOT NULL DEFAULT 1 CHECK (required_for_promotion IN (0, 1))
);
CREATE INDEX competencies_position ON competencies(position, id);

-- The version-4 UUID expression below is only used to seed rows in this file.
WITH defaults (position, name, description) AS (VALUES
    (1, 'Positioning and messaging',
     'Turns what the product does into a reason to choose it: for whom, instead of what, '
     || 'and with which proof. Shows in messaging docs and positioning reviews.'),
    (2, 'Launch execution',
     'Gives each launch the tier it deserves, frames its outcome and success metric, ships '
     || 'the checklist on time and reports the result at the 30-day review.'),
    (3, 'Sales enablement',
     'Equips sellers for live deals: talk tracks, objection handling and sessions that change '
     || 'what reps say and how often they win.'),
    (4, 'Competitive intelligence',
     'Knows why we win and lose against each competitor, logs what they ship and keeps the '
     || 'battlecards current when the market moves.'),
    (5, 'Customer and market insight',
     'Learns from customers, win/loss interviews and deal data, and brings evidence rather '
     || 'than opinion to every positioning and launch decision.'),
    (6, 'Cross-functional influence',
     'Brings product, sales, marketing and customer success to a decision without authority '
     || 'over any of them, and keeps them aligned when plans change.'),
    (7, 'Systems and frameworks',
     'Builds templates, rules and rhythms that the team runs without its author, so the '
     || 'quality of the work does not depend on who is in the room.'),
    (8, 'Executive communication',
     'Leads with the decision or the result, backs it with numbers and fits it into the time '
     || 'an executive has.'),
    (9, 'Coaching',
     'Raises the standard of other people''s work by asking the question that exposes the gap '
     || 'instead of fixing the work for them.'))
INSERT INTO competencies (uid, name, description, position, required_for_promotion)
SELECT lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
           substr(lower(hex(randomblob(2))), 2) || '-' ||
           substr('89ab', 1 + abs(random() % 4), 1) || substr(lower(hex(randomblob(2))), 2) ||
           '-' || lower(hex(randomblob(6))),
       name, description, position, 1
FROM defaults;

-- What a competency looks like at a level: observable behaviour an assessor can check against
-- the work, one text per competency x level. A missing row or an empty text reads as "no
-- expectation written yet" (e.g. for a level added after this migration).
CREATE TABLE competency_expectations (
    competency_id INTEGER NOT NULL REFERENCES competencies(id) ON DELETE CASCADE,
    level_rank    INTEGER NOT NULL REFERENCES levels(rank),
    text          TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (competency_id, level_rank)
) WITHOUT ROWID;

-- The defaults, by competency position and level rank.
WITH defaults (position, level_rank, text) AS (VALUES
    (1, 1, 'Drafts the messaging doc for an assigned Tier 2 or Tier 3 launch from the template; '
           || 'after one review round it names the buyer, their problem and what they use today.'),
    (1, 2, 'Owns the positioning of a product or segment: its messaging doc states who it is for, '
           || 'what it replaces and the proof, and sales uses the wording without rewriting it.'),
    (1, 3, 'Runs a positioning review when a trigger fires (a new competitor, a pivot, a falling '
           || 'win rate) and ships the revised positioning within the quarter.'),
    (1, 4, 'Makes several products tell one story: the portfolio message holds up in an '
           || 'executive review and decides what the roadmap leads with.'),
    (1, 5, 'Defines the category story the company sells under; board, analyst and product '
           || 'planning material argue from it.'),
    (2, 1, 'Delivers the checklist items assigned to them on a Tier 2 or Tier 3 launch by their '
           || 'due dates, with a named owner reviewing the work.'),
    (2, 2, 'Takes a Tier 2 launch from frame to 30-day review on their own: checklist complete on '
           || 'time, metric reported against its target without being chased.'),
    (2, 3, 'Leads Tier 1 launches: frames outcome and metric before planning, argues the tier '
           || 'with evidence and coordinates every checklist owner; most meet their target.'),
    (2, 4, 'Shapes the quarter''s launch plan: challenges tiers, keeps Tier 1 within capacity and '
           || 'turns 30-day review results into changes to the tier rule or checklists.'),
    (2, 5, 'Decides with executives which bets get Tier 1 treatment company-wide and stands '
           || 'behind the call; launch results visibly steer the next planning cycle.'),
    (3, 1, 'Produces enablement material (one-pagers, demo notes) from a brief and updates it '
           || 'when reps report a gap.'),
    (3, 2, 'Runs the enablement session for their launches; afterwards reps give the pitch and '
           || 'handle the top three objections, checked in a role play or call review.'),
    (3, 3, 'Builds a segment''s enablement program (talk tracks, objection handling, '
           || 'certification) and shows its effect on win rate or sales cycle length.'),
    (3, 4, 'Agrees with sales leadership what the field gets each quarter and retires material '
           || 'that usage and deal data show nobody needs.'),
    (3, 5, 'Makes enablement part of how the revenue organisation runs: sales leaders plan '
           || 'around it and quote its results in their own reviews.'),
    (4, 1, 'Collects competitor news (releases, pricing pages, deal notes) and logs each item '
           || 'with its source and date.'),
    (4, 2, 'Keeps the battlecards of their segment current: refreshed before they go stale, and '
           || 'updated within a week of a logged competitor launch.'),
    (4, 3, 'Runs win/loss for a segment and turns its patterns into battlecard changes that reps '
           || 'use in deals (landmines asked, proof points cited).'),
    (4, 4, 'Sees where competitors are heading before deals show it and brings product and sales '
           || 'leaders a recommended response.'),
    (4, 5, 'Sets the company''s competitive stance: which competitors to fight, where to concede, '
           || 'and which bets change the field.'),
    (5, 1, 'Joins customer calls and win/loss interviews and writes accurate notes that keep '
           || 'quotes apart from interpretation.'),
    (5, 2, 'Runs their own customer interviews and brings quotes, numbers or deal data to every '
           || 'positioning and launch decision they make.'),
    (5, 3, 'Sets up a repeatable source of insight (an interview program, a win/loss cadence, a '
           || 'survey) that the rest of the team draws from.'),
    (5, 4, 'Combines insight across segments into a view of the market that changes a product or '
           || 'go-to-market decision.'),
    (5, 5, 'Is the person leadership asks where buyers are going; their view is used in company '
           || 'strategy and annual planning.'),
    (6, 1, 'Keeps their product, sales and support contacts informed about their work and raises '
           || 'blockers before a date slips.'),
    (6, 2, 'Gets product and sales to agree on a launch''s outcome, tier and dates without '
           || 'escalating; disagreements end in a decision, not a stall.'),
    (6, 3, 'Aligns several teams on one plan (a Tier 1 launch, a positioning change) and keeps '
           || 'them aligned when priorities shift.'),
    (6, 4, 'Changes what other functions do: a roadmap priority, a sales play or a pricing '
           || 'decision moved because of the case they made.'),
    (6, 5, 'Brings the leaders of product, sales and marketing to one direction on company-level '
           || 'questions while owning none of their teams.'),
    (7, 1, 'Uses the team''s templates and checklists as written and reports the steps that were '
           || 'unclear.'),
    (7, 2, 'Improves a template or checklist they use so the next person needs fewer questions '
           || 'answered.'),
    (7, 3, 'Builds a framework the team runs without them (a tier rule, a review rhythm, a card '
           || 'protocol), documented and with a way to tell whether it works.'),
    (7, 4, 'Designs the operating rhythm of the function (what is reviewed when, by whom, from '
           || 'which inputs); other teams adopt parts of it.'),
    (7, 5, 'Builds systems that let the function grow its output faster than its headcount, '
           || 'without the Director in every decision.'),
    (8, 1, 'Writes status updates that open with what changed and what is needed, in a few '
           || 'lines.'),
    (8, 2, 'Presents their launch or segment to a director in the time given: result or decision '
           || 'first, numbers behind it, questions answered directly.'),
    (8, 3, 'Writes one-page decision memos (options, recommendation, risk) that executives act on '
           || 'without a follow-up meeting.'),
    (8, 4, 'Represents product marketing in executive forums; leaders change a plan or a budget '
           || 'after hearing them.'),
    (8, 5, 'Shapes what the executive team and the board discuss, and carries the function''s '
           || 'position without the Director in the room.'),
    (9, 1, 'Asks for feedback on drafts and acts on it in the next version without being told '
           || 'twice.'),
    (9, 2, 'Gives peers specific, usable feedback and onboards new joiners to the templates and '
           || 'tools.'),
    (9, 3, 'Mentors at least one junior whose work visibly improves; reviews by asking questions '
           || 'that let them find the gap themselves.'),
    (9, 4, 'Grows PMMs into senior roles: people they coach are promoted and take over work the '
           || 'coach used to do.'),
    (9, 5, 'Builds the bench of the function: keeps the level definitions honest and grows '
           || 'leaders who run teams of their own.'))
INSERT INTO competency_expectations (competency_id, level_rank, text)
SELECT c.id, l.rank, d.text
FROM defaults d
JOIN competencies c ON c.position = d.position
JOIN levels l ON l.rank = d.level_rank;

-- One assessment of one person in one competency on one day. A person is assessed again
-- each cycle: the newest row per person x competency is their current standing, the older
-- ones their history.
--   level_rank          the level the person demonstrated: what readiness and the grid use.
--   self_level_rank     the level the person rated themselves at, when asked;
--   manager_level_rank  the level their manager rated them at, when given. Both on the same
--                       scale as level_rank, so a gap between views is visible.
--   evidence            what was seen, in the assessor's words; links to the work are in
--                       skill_evidence_links.
--   assessor_id         the person who assessed; assessor_name keeps their name as text so
--                       the history outlives them (assessor_id becomes NULL when they are
--                       removed from the workspace).
-- The assessed person cannot be removed while they have assessments: the app names the
-- blocker, and the foreign key (no ON DELETE action) refuses it as well.
CREATE TABLE skill_assessments (
    id                 INTEGER PRIMARY KEY,
    uid                TEXT NOT NULL UNIQUE,
    person_id          INTEGER NOT NULL REFERENCES people(id),
    competency_id      INTEGER NOT NULL REFERENCES competencies(id),
    assessed_on        TEXT NOT NULL
                       CHECK (assessed_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    level_rank         INTEGER NOT NULL REFERENCES levels(rank),
    self_level_rank    INTEGER REFERENCES levels(rank),
    manager_level_rank INTEGER REFERENCES levels(rank),
    evidence           TEXT NOT NULL DEFAULT '',
    assessor_id        INTEGER REFERENCES people(id) ON DELETE SET NULL,
    assessor_name      TEXT NOT NULL DEFAULT '',
    created_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
-- The newest per person x competency (grid, readiness) and a person's history read this one.
CREATE INDEX skill_assessments_person ON skill_assessments(person_id, competency_id,
                                                           assessed_on, id);
CREATE INDEX skill_assessments_competency ON skill_assessments(competency_id, assessed_on);
CREATE INDEX skill_assessments_assessor ON skill_assessments(assessor_id);

-- The work an assessment rests on: a thing of the workspace named by kind and uid
-- ('launch', 'battlecard', 'review', 'decision', ...). A generic pair rather than a foreign
-- key per kind, so kinds added later need no change here; the price is that a link can
-- outlive its target, which is why label keeps what the thing was called when it was
-- attached ("Atlas 2.0 (2026-Q2, Tier 1)"). position orders the links of an assessment.
CREATE TABLE skill_evidence_links (
    assessment_id INTEGER NOT NULL REFERENCES skill_assessments(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL CHECK (position >= 1),
    kind          TEXT NOT NULL CHECK (length(kind) BETWEEN 1 AND 32),
    target_uid    TEXT NOT NULL CHECK (length(target_uid) > 0),
    label         TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (assessment_id, position),
    UNIQUE (assessment_id, kind, target_uid)
) WITHOUT ROWID;
-- "Which assessments cite this launch?"
CREATE INDEX skill_evidence_links_target ON skill_evidence_links(kind, target_uid);
