#pragma once

// The PMM Workbench interchange format: one JSON document holding a whole workspace, for
// moving plans between laptops, keeping them in version control and feeding them from
// scripts. The JSON Schema is docs/workspace-format.schema.json; this comment is the
// description a person reads.
//
// {
//   "format": "pmm-workbench",          required, exactly this word
//   "version": 1,                        required; this build reads and writes version 1
//   "levels": [...], "settings": {...}, "people": [...], "products": [...],
//   "segments": [...], "competitors": [...], "tier_rules": [...], "launches": [...],
//   "competencies": [...], "competitor_launches": [...], "battlecards": [...],
//   "skill_assessments": [...], "deals": [...], "positioning_statements": [...],
//   "positioning_reviews": [...]
// }
//
// Every section is optional on import (a script may send only people); an export writes all
// of them. Within a section:
// - Every entity is identified by its "uid" (a lower-case UUID); references name the uid of
//   the entity they point to ("manager", "owner", "product", "rule", "item"), which may be in
//   the same file or already in the workspace. Levels are identified by "rank" and settings
//   by their key: those tables have no uid.
// - Dates are "YYYY-MM-DD", timestamps "YYYY-MM-DDTHH:MM:SSZ" (UTC), quarters "2026-Q3".
// - Enumerations are words: launch status is idea, candidate, planned, in_progress, launched,
//   reviewed or cancelled.
// - Weights, thresholds and scores are decimal numbers with at most two decimals (0.4, 4.0,
//   3.4); the workspace keeps them as exact hundredths.
// - Omitted optional fields take their default ("" for text, null for optional values).
//
// Sections and their fields, in the order an export writes them:
//   levels       [{rank 1-20, name}]                                 sorted by rank
//   settings     {"area.key": "text value", ...}                     keys sorted
//   people       [{uid, name, email, level (a rank), manager}]       sorted by uid
//   products     [{uid, name, description}]                          sorted by uid
//   segments     [{uid, name, description, owner}]                   sorted by uid
//   competitors  [{uid, name, website, first_seen, notes}]           sorted by uid
//   tier_rules   [{uid, version, weights {revenue, urgency, demand}, tier1_threshold,
//                  tier2_threshold, guardrail, tier1_capacity, created_at, created_by,
//                  checklists {tier_1, tier_2, tier_3: [{uid, title}] in order}}]
//                                                                    sorted by version
//   launches     [{uid, name, product, quarter, target_date, owner, status, outcome,
//                  metric {name, baseline, target, review_date, actual}, pivot,
//                  criteria {revenue, urgency, demand: {score 1-5 or null, evidence}},
//                  tier (null, or {rule, computed, score, override (null or {tier, reason})}),
//                  checklist [{item, done}] sorted by item uid,
//                  overrides [{uid, from_tier, to_tier, reason, changed_by, changed_at}]
//                            in the order they were recorded,
//                  created_at, updated_at}]                          sorted by uid
//   competencies [{uid, name, description, position, required_for_promotion,
//                  expectations [{level (a rank), text}] by level}]   sorted by uid
//   competitor_launches [{uid, competitor, launched_on, what, impact, logged_by, logged_at}]
//                                                                    sorted by uid
//   battlecards  [{uid, competitor, segment, owner, last_refreshed, refresh_interval_days,
//                  refresh_required, refresh_launch,
//                  overview, why_we_win, why_we_lose, landmines [{text, internal}],
//                  objections [{objection, response, proof, internal}],
//                  proof_points [{story, number, internal}],
//                  pricing_notes [{text, internal}] (overview and pricing_notes may
//                  also be one text, as files written before they were lines hold them:
//                  read as a line per line of text that is not blank),
//                  decision_tree [{deal_looks_like, lead_with, because, internal}]
//                  (the template's order; lines in the order the card shows them),
//                  revisions [{uid, number, kind (create, save or refresh), changed_by,
//                              changed_by_person, changed_at, note, summary,
//                              content (the eight sections above, or null when they are
//                              the card's current text)}] by number,
//                  created_at, updated_at}]                          sorted by uid
//   skill_assessments [{uid, person, competency, assessed_on, level, self_level,
//                  manager_level, evidence, assessor, assessor_name,
//                  links [{kind, uid, label}] in order, created_at, updated_at}]
//                                                                    sorted by uid
//   deals        [{uid, deal_id, name, closed_on, outcome (won, lost or no_decision),
//                  segment, product, competitor, arr (currency units, two decimals, or
//                  null), reason, angle, notes, dedupe_key}]         sorted by uid
//   positioning_statements [{uid, product, segment, version, for_customer, who_need, is_a,
//                  that_benefit, unlike, we_differ, note, created_by, created_on}]
//                                                                    sorted by uid
//   positioning_reviews [{uid, reviewed_on, trigger (scheduled, failed_deals,
//                  new_competitor, pivot or overdue), product, segment, competitor,
//                  evidence, decision (keep, refine or reposition), statement, follow_ups,
//                  participants [person uid] sorted,
//                  refresh_requests [{card, requested_on, note, card_revision}] by card}]
//                                                                    sorted by uid
//
// An export is byte-identical for the same data: no timestamp of its own, keys in the
// order above, arrays sorted as above, two-space indent, UTF-8, a final newline.
//
// Import merges by uid into the workspace, all or nothing, after validating everything:
// - an entity whose uid is new is added; one whose uid exists replaces the stored one (all
//   its fields, and for a launch its checklist state); nothing is ever removed;
// - a launch's override history and a card's revisions only grow: records with a new uid
//   are added (a card's new revisions numbered after its stored ones); a revision the
//   workspace holds must be recorded the same (its "content": null then means "as recorded",
//   so a card whose text is edited in the file keeps its history);
// - a competency whose uid is new is merged into the workspace's competency of the same name
//   (ignoring case) that the file does not name by uid, which takes the file's uid: every
//   workspace seeds the same nine with uids of its own;
//   positions are renumbered 1, 2, 3... afterwards, as the app keeps them;
// - a card's competitor and segment never change, and a competitor has one card per segment;
//   importing a competitor launch does not flag cards again (each card states its state);
// - an evidence link of an assessment may name something no longer in the workspace (its
//   label says what it was), so its target is not checked;
// - tier rule versions never change once saved: a version whose uid exists must be equal,
//   a new one is added after the workspace's versions (and so becomes the current rule);
//   into a workspace whose only version is the untouched default (version 1 with no launch
//   tiered by it), the file's versions replace it, keeping their version numbers;
// - a launch without "tier" whose three criteria are scored is tiered with the current rule;
//   one with "tier" must state what its rule computes from its criteria;
// - a deal whose uid is new but whose dedupe_key a workspace deal has (the same CRM deal
//   imported into both workspaces) updates that deal, which takes the file's uid; a file may
//   leave dedupe_key out (it is made as a CRM import makes it); keys stay unique;
// - positioning statement versions never change once saved: a version whose uid exists must
//   say the same (else the import is refused: an edited statement is a new version with a
//   new uid); new versions keep their numbers when they come after the workspace's versions
//   of their product and segment, and are numbered after them otherwise;
// - a review's participants and refresh requests are replaced with the file's; importing a
//   refresh request does not flag its card again (each card states its own refresh state).
//
// Adding an entity: a record in workspace_data.h, its SQL in
// core/storage/interchange_*.cpp, a section class (read, validate, plan, write, export) and
// one line in entitySections() — the exporter and importer need no change.

#include <cstddef>

namespace pmm::interchange {

inline constexpr const char* kFormatName = "pmm-workbench";
inline constexpr int kFormatVersion = 1;

// Limits on what an import reads: a larger or deeper file is refused with a clear message.
// The `large` demo (100,000 launches, 50,000 cards of 2-4 KB with their history) exports to
// about 480 MB: the cap leaves it room to double.
inline constexpr std::size_t kMaxFileBytes = std::size_t{1024} * 1024 * 1024;
inline constexpr int kMaxNestingDepth = 32;
// How many problems an import lists before "and N more".
inline constexpr std::size_t kMaxListedProblems = 50;

}  // namespace pmm::interchange
