#include "storage/interchange_battlecard_reader.h"

#include <sqlite3.h>

#include <unordered_map>

#include "battlecards/battlecard_json.h"
#include "battlecards/battlecard_section.h"
#include "interchange/snapshot_text.h"
#include "storage/database.h"
#include "storage/interchange_sort.h"
#include "storage/workspace_error.h"

namespace pmm::storage {

using namespace interchange;
using battlecards::BattlecardContent;

namespace {

using RowsById = std::unordered_map<std::int64_t, std::size_t>;

// One kind of card line: how to read all of them, how to read one card's in order, and how
// to add a row to a card (columns from 2 on; returns how many lines its list holds then).
struct LineKind {
    const char* all;     // card_id, position, ... in table order
    const char* ofCard;  // the same columns for card_id = ?1, in the card's order
    void (*clear)(BattlecardContent&);
    std::size_t (*add)(BattlecardContent&, const Statement&);
};

template <class Item>
std::size_t append(std::vector<Item>& list, Item item) {
    list.push_back(std::move(item));
    return list.size();
}

std::size_t addPoint(BattlecardContent& content, const Statement& row) {
    auto* lines = battlecards::pointsOf(content, battlecards::sectionFromKey(row.text(2)));
    return lines == nullptr ? 0 : append(*lines, {row.text(3), row.integer(4) != 0});
}

const LineKind kLineKinds[] = {
    {"SELECT card_id, position, section, text, internal_only FROM battlecard_points",
     "SELECT card_id, position, section, text, internal_only FROM battlecard_points "
     "WHERE card_id = ?1 ORDER BY section, position",
     [](BattlecardContent& content) {
         for (auto* lines : {&content.overview, &content.whyWeWin, &content.whyWeLose,
                             &content.landmines, &content.pricingNotes}) {
             lines->clear();
         }
     },
     addPoint},
    {"SELECT card_id, position, story, number, internal_only FROM battlecard_proof_points",
     "SELECT card_id, position, story, number, internal_only FROM battlecard_proof_points "
     "WHERE card_id = ?1 ORDER BY position",
     [](BattlecardContent& content) { content.proofPoints.clear(); },
     [](BattlecardContent& content, const Statement& row) {
         return append(content.proofPoints, {row.text(2), row.text(3), row.integer(4) != 0});
     }},
    {"SELECT card_id, position, objection, response, proof, internal_only FROM "
     "battlecard_objections",
     "SELECT card_id, position, objection, response, proof, internal_only FROM "
     "battlecard_objections WHERE card_id = ?1 ORDER BY position",
     [](BattlecardContent& content) { content.objections.clear(); },
     [](BattlecardContent& content, const Statement& row) {
         return append(content.objections,
                       {row.text(2), row.text(3), row.text(4), row.integer(5) != 0});
     }},
    {"SELECT card_id, position, deal_looks_like, lead_with, because, internal_only FROM "
     "battlecard_angles",
     "SELECT card_id, position, deal_looks_like, lead_with, because, internal_only FROM "
     "battlecard_angles WHERE card_id = ?1 ORDER BY position",
     [](BattlecardContent& content) { content.decisionTree.clear(); },
     [](BattlecardContent& content, const Statement& row) {
         return append(content.decisionTree,
                       {row.text(2), row.text(3), row.text(4), row.integer(5) != 0});
     }},
};

// The lines of one kind, read in table order: a scan, where reading through the (card,
// position) index costs a lookup per line (1.5 million on the large demo). The table order is
// the order lines were written in, which is their order on the card (positions 1, 2, 3 ...);
// a card for which that is not so is read again in its order.
void readLinesOf(sqlite3* db, const LineKind& kind, std::vector<BattlecardRecord>& cards,
                 const RowsById& byId) {
    std::vector<std::pair<std::int64_t, std::size_t>> disordered;
    Statement lines(db, kind.all);
    while (lines.step()) {
        const auto found = byId.find(lines.int64(0));
        if (found != byId.end() &&
            static_cast<std::int64_t>(kind.add(cards[found->second].content, lines)) !=
                lines.int64(1) &&
            (disordered.empty() || disordered.back().first != lines.int64(0))) {
            disordered.emplace_back(lines.int64(0), found->second);
        }
    }
    Statement ofCard(db, kind.ofCard);
    for (const auto& [id, index] : disordered) {
        kind.clear(cards[index].content);
        ofCard.reset();
        ofCard.bind(1, id);
        while (ofCard.step()) {
            kind.add(cards[index].content, ofCard);
        }
    }
}

void readCardLines(sqlite3* db, std::vector<BattlecardRecord>& cards, const RowsById& byId) {
    for (const LineKind& kind : kLineKinds) {
        readLinesOf(db, kind, cards, byId);
    }
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
