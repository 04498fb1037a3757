#include "storage/interchange_battlecard_reader.h"

#include <sqlite3.h>

#include <algorithm>
#include <numeric>
#include <unordered_map>

#include "battlecards/battlecard_json.h"
#include "battlecards/battlecard_section.h"
#include "interchange/snapshot_text.h"
#include "storage/database.h"
#include "storage/workspace_error.h"

namespace pmm::storage {

using namespace interchange;
using battlecards::BattlecardContent;

namespace {

using RowsById = std::unordered_map<std::int64_t, std::size_t>;

// Sorts `records` by uid, keeping the move cheap.
template <class Record>
void sortByUid(std::vector<Record>& records) {
    std::vector<std::size_t> order(records.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return records[a].uid < records[b].uid; });
    std::vector<Record> sorted;
    sorted.reserve(records.size());
    for (const std::size_t index : order) {
        sorted.push_back(std::move(records[index]));
    }
    records = std::move(sorted);
}

// Calls add(card, row) for each row of `sql` (card id first), lines in card order.
template <class Add>
void readLines(sqlite3* db, const char* sql, std::vector<BattlecardRecord>& cards,
               const RowsById& byId, Add add) {
    Statement lines(db, sql);
    while (lines.step()) {
        const auto found = byId.find(lines.int64(0));
        if (found != byId.end()) {
            add(cards[found->second].content, lines);
        }
    }
}

void readCardLines(sqlite3* db, std::vector<BattlecardRecord>& cards, const RowsById& byId) {
    readLines(db,
              "SELECT card_id, section, text, internal_only FROM battlecard_points "
              "ORDER BY card_id, section, position",
              cards, byId, [](BattlecardContent& content, const Statement& row) {
                  const auto section = battlecards::sectionFromKey(row.text(1));
                  if (auto* lines = battlecards::pointsOf(content, section)) {
                      lines->push_back({row.text(2), row.integer(3) != 0});
                  }
              });
    readLines(db,
              "SELECT card_id, story, number, internal_only FROM battlecard_proof_points "
              "ORDER BY card_id, position",
              cards, byId, [](BattlecardContent& content, const Statement& row) {
                  content.proofPoints.push_back({row.text(1), row.text(2), row.integer(3) != 0});
              });
    readLines(db,
              "SELECT card_id, objection, response, proof, internal_only FROM "
              "battlecard_objections ORDER BY card_id, position",
              cards, byId, [](BattlecardContent& content, const Statement& row) {
                  content.objections.push_back(
                      {row.text(1), row.text(2), row.text(3), row.integer(4) != 0});
              });
    readLines(db,
              "SELECT card_id, deal_looks_like, lead_with, because, internal_only FROM "
              "battlecard_angles ORDER BY card_id, position",
              cards, byId, [](BattlecardContent& content, const Statement& row) {
                  content.decisionTree.push_back(
                      {row.text(1), row.text(2), row.text(3), row.integer(4) != 0});
              });
}

// Revisions by card and number; a snapshot of the card's current text is left out.
void readCardRevisions(sqlite3* db, std::vector<BattlecardRecord>& cards, const RowsById& byId) {
    Statement revisions(
        db,
        "SELECT r.card_id, r.uid, r.number, r.kind, r.changed_by, p.uid, "
        "r.changed_at, r.note, r.summary, r.snapshot FROM battlecard_revisions r "
        "LEFT JOIN people p ON p.id = r.changed_by_id ORDER BY r.card_id, r.number");
    std::int64_t currentCard = -1;
    std::string currentText;
    while (revisions.step()) {
        const auto found = byId.find(revisions.int64(0));
        if (found == byId.end()) {
            continue;
        }
        BattlecardRecord& card = cards[found->second];
        if (revisions.int64(0) != currentCard) {
            currentCard = revisions.int64(0);
            currentText = interchange::snapshotText(card.content);
        }
        CardRevisionRecord revision;
        revision.uid = revisions.text(1);
        revision.number = revisions.integer(2);
        revision.kind = battlecards::revisionKindFromKey(revisions.text(3))
                            .value_or(battlecards::RevisionKind::Save);
        revision.changedBy = revisions.text(4);
        revision.changedByUid = revisions.optionalText(5);
        revision.changedAt = revisions.text(6);
        revision.note = revisions.text(7);
        revision.summary = revisions.text(8);
        const std::string snapshot = revisions.text(9);
        if (snapshot != currentText) {
            revision.content = battlecards::contentFromSnapshot(snapshot);
            if (!revision.content) {
                throw WorkspaceError(WorkspaceErrorKind::Corrupt,
                                     "Revision " + std::to_string(revision.number) +
                                         " of battlecard " + card.uid +
                                         " is damaged: its text cannot be read.");
            }
            // An older snapshot format of the same text (saved before schema 7) is the same.
            if (*revision.content == card.content) {
                revision.content.reset();
            }
        }
        card.revisions.push_back(std::move(revision));
    }
}

}  // namespace

void readCompetitorLaunches(sqlite3* db, WorkspaceData& data) {
    Statement launches(db,
                       "SELECT l.uid, c.uid, l.launched_on, l.what, l.impact, l.logged_by, "
                       "l.logged_at FROM competitor_launches l "
                       "JOIN competitors c ON c.id = l.competitor_id ORDER BY l.uid");
    while (launches.step()) {
        data.competitorLaunches.push_back({launches.text(0),
                                           launches.text(1),
                                           launches.text(2),
                                           launches.text(3),
                                           launches.text(4),
                                           launches.text(5),
                                           launches.text(6),
                                           {}});
    }
}

void readBattlecards(sqlite3* db, WorkspaceData& data) {
    std::vector<BattlecardRecord> cards;
    RowsById byId;
    Statement query(db,
                    "SELECT b.id, b.uid, c.uid, s.uid, o.uid, b.last_refreshed, "
                    "b.refresh_interval_days, b.refresh_required, l.uid, b.created_at, "
                    "b.updated_at FROM battlecards b "
                    "JOIN competitors c ON c.id = b.competitor_id "
                    "JOIN segments s ON s.id = b.segment_id "
                    "LEFT JOIN people o ON o.id = b.owner_id "
                    "LEFT JOIN competitor_launches l ON l.id = b.refresh_launch_id");
    while (query.step()) {
        BattlecardRecord card;
        card.uid = query.text(1);
        card.competitorUid = query.text(2);
        card.segmentUid = query.text(3);
        card.ownerUid = query.optionalText(4);
        card.lastRefreshed = query.text(5);
        card.refreshIntervalDays = query.integer(6);
        card.refreshRequired = query.integer(7) != 0;
        card.refreshLaunchUid = query.optionalText(8);
        card.createdAt = query.text(9);
        card.updatedAt = query.text(10);
        byId.emplace(query.int64(0), cards.size());
        cards.push_back(std::move(card));
    }
    readCardLines(db, cards, byId);
    readCardRevisions(db, cards, byId);
    sortByUid(cards);
    data.battlecards = std::move(cards);
}

}  // namespace pmm::storage
