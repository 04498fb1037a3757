#include "storage/interchange_battlecard_reader.h"

#include <sqlite3.h>

#include <array>

#include "battlecards/battlecard_json.h"
#include "battlecards/battlecard_section.h"
#include "interchange/snapshot_text.h"
#include "storage/database.h"
#include "storage/interchange_rows.h"
#include "storage/interchange_sort.h"
#include "storage/workspace_error.h"

namespace pmm::storage {

using namespace interchange;
using battlecards::BattlecardContent;

namespace {

using battlecards::CardSection;

// The lines of the card being read, written over the lines a record held before so that
// their strings keep their memory from card to card: lines are counted per section, and the
// lists cut to their counts once the card is read.
class CardLines {
public:
    explicit CardLines(BattlecardContent& content) : m_content(content) {}

    template <class Item>
    Item& next(std::vector<Item>& list, CardSection section) {
        return reuseNext(list, m_used[static_cast<std::size_t>(section)]);
    }
    BattlecardContent& content() { return m_content; }

    void finish() {
        for (const CardSection section : battlecards::kCardSections) {
            if (auto* points = battlecards::pointsOf(m_content, section)) {
                points->resize(used(section));
            }
        }
        m_content.proofPoints.resize(used(CardSection::ProofPoints));
        m_content.objections.resize(used(CardSection::Objections));
        m_content.decisionTree.resize(used(CardSection::DecisionTree));
    }

private:
    std::size_t used(CardSection section) const {
        return m_used[static_cast<std::size_t>(section)];
    }

    BattlecardContent& m_content;
    std::array<std::size_t, battlecards::kCardSections.size()> m_used{};
};

// One kind of card line: its rows (card_id, position, ... in each card's order) and how to
// add a row to a card (columns from 2 on).
struct LineKind {
    const char* rows;
    void (*add)(CardLines&, const Statement&);
};

void addPoint(CardLines& lines, const Statement& row) {
    const auto section = battlecards::sectionFromKey(row.textView(2));
    if (auto* points = battlecards::pointsOf(lines.content(), section)) {
        // The section is column 2: the text and the mark follow it.
        battlecards::CardPoint& point = lines.next(*points, *section);
        assignText(point.text, row, 3);
        point.internalOnly = row.integer(4) != 0;
    }
}

// A line's text fields from column 2 on, then its internal-only mark.
template <class Item, std::size_t Count>
void fillLine(Item& item, const Statement& row,
              const std::array<std::string Item::*, Count>& fields) {
    for (std::size_t i = 0; i < Count; ++i) {
        assignText(item.*fields[i], row, static_cast<int>(2 + i));
    }
    item.internalOnly = row.integer(static_cast<int>(2 + Count)) != 0;
}

void addProofPoint(CardLines& lines, const Statement& row) {
    using battlecards::ProofPoint;
    fillLine(lines.next(lines.content().proofPoints, CardSection::ProofPoints), row,
             std::array{&ProofPoint::story, &ProofPoint::number});
}

void addObjection(CardLines& lines, const Statement& row) {
    using battlecards::Objection;
    fillLine(lines.next(lines.content().objections, CardSection::Objections), row,
             std::array{&Objection::objection, &Objection::response, &Objection::proof});
}

void addAngle(CardLines& lines, const Statement& row) {
    using battlecards::AngleRow;
    fillLine(lines.next(lines.content().decisionTree, CardSection::DecisionTree), row,
             std::array{&AngleRow::dealLooksLike, &AngleRow::leadWith, &AngleRow::because});
}

// Read through the (card, position) indexes, in the cards' order: that costs a lookup per
// line but needs no map of cards and no second pass for lines stored out of order.
const LineKind kLineKinds[] = {
    {"SELECT card_id, position, section, text, internal_only FROM battlecard_points "
     "ORDER BY card_id, section, position",
     addPoint},
    {"SELECT card_id, position, story, number, internal_only FROM battlecard_proof_points "
     "ORDER BY card_id, position",
     addProofPoint},
    {"SELECT card_id, position, objection, response, proof, internal_only FROM "
     "battlecard_objections ORDER BY card_id, position",
     addObjection},
    {"SELECT card_id, position, deal_looks_like, lead_with, because, internal_only FROM "
     "battlecard_angles ORDER BY card_id, position",
     addAngle},
};

// A card's revisions by number, with their stored snapshots beside them.
class RevisionRows {
public:
    explicit RevisionRows(sqlite3* db)
        : m_rows(db,
                 "SELECT r.card_id, r.uid, r.number, r.kind, r.changed_by, p.uid, "
                 "r.changed_at, r.note, r.summary, r.snapshot FROM battlecard_revisions r "
                 "LEFT JOIN people p ON p.id = r.changed_by_id ORDER BY r.card_id, r.number") {}

    void readFor(std::int64_t id, StoredCard& stored) {
        std::size_t count = 0;
        m_rows.takeFor(id, [&](const Statement& row) {
            std::size_t snapshots = count;
            read(row, reuseNext(stored.card.revisions, count));
            assignText(reuseNext(stored.snapshots, snapshots), row, 9);
        });
        stored.card.revisions.resize(count);
        stored.snapshots.resize(count);
    }

private:
    static void read(const Statement& row, CardRevisionRecord& revision) {
        assignText(revision.uid, row, 1);
        revision.number = row.integer(2);
        revision.kind = battlecards::revisionKindFromKey(row.textView(3))
                            .value_or(battlecards::RevisionKind::Save);
        assignText(revision.changedBy, row, 4);
        assignText(revision.changedByUid, row, 5);
        assignText(revision.changedAt, row, 6);
        assignText(revision.note, row, 7);
        assignText(revision.summary, row, 8);
        revision.content.reset();
    }

    ChildRows m_rows;
};

// Cards in id order, each with its lines and revisions merged in from their own tables.
void streamBattlecards(sqlite3* db, const BattlecardSink& take) {
    Statement query(db,
                    "SELECT b.id, b.uid, c.uid, s.uid, o.uid, b.last_refreshed, "
                    "b.refresh_interval_days, b.refresh_required, l.uid, b.created_at, "
                    "b.updated_at FROM battlecards b "
                    "JOIN competitors c ON c.id = b.competitor_id "
                    "JOIN segments s ON s.id = b.segment_id "
                    "LEFT JOIN people o ON o.id = b.owner_id "
                    "LEFT JOIN competitor_launches l ON l.id = b.refresh_launch_id "
                    "ORDER BY b.id");
    std::vector<ChildRows> lines;
    for (const LineKind& kind : kLineKinds) {
        lines.emplace_back(db, kind.rows);
    }
    RevisionRows revisions(db);
    StoredCard stored;
    while (query.step()) {
        BattlecardRecord& card = stored.card;
        const std::int64_t id = query.int64(0);
        assignText(card.uid, query, 1);
        assignText(card.competitorUid, query, 2);
        assignText(card.segmentUid, query, 3);
        assignText(card.ownerUid, query, 4);
        assignText(card.lastRefreshed, query, 5);
        card.refreshIntervalDays = query.integer(6);
        card.refreshRequired = query.integer(7) != 0;
        assignText(card.refreshLaunchUid, query, 8);
        assignText(card.createdAt, query, 9);
        assignText(card.updatedAt, query, 10);
        CardLines cardLines(card.content);
        for (std::size_t kind = 0; kind < lines.size(); ++kind) {
            lines[kind].takeFor(
                id, [&](const Statement& row) { kLineKinds[kind].add(cardLines, row); });
        }
        cardLines.finish();
        revisions.readFor(id, stored);
        take(stored);
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

void resolveRevisionTexts(StoredCard& stored) {
    BattlecardRecord& card = stored.card;
    if (card.revisions.empty()) {
        return;
    }
    const std::string currentText = interchange::snapshotText(card.content);
    for (std::size_t i = 0; i < card.revisions.size(); ++i) {
        CardRevisionRecord& revision = card.revisions[i];
        revision.content.reset();
        if (stored.snapshots[i] == currentText) {
            continue;
        }
        revision.content = battlecards::contentFromSnapshot(stored.snapshots[i]);
        if (!revision.content) {
            throw WorkspaceError(WorkspaceErrorKind::Corrupt,
                                 "Revision " + std::to_string(revision.number) + " of battlecard " +
                                     card.uid + " is damaged: its text cannot be read.");
        }
        // An older snapshot format of the same text (saved before schema 7) is the same.
        if (*revision.content == card.content) {
            revision.content.reset();
        }
    }
}

void readBattlecards(sqlite3* db, WorkspaceData& data, const BattlecardSink& sink) {
    if (sink) {
        streamBattlecards(db, sink);
        return;
    }
    streamBattlecards(db, [&data](StoredCard& stored) {
        resolveRevisionTexts(stored);
        data.battlecards.push_back(std::move(stored.card));
    });
    sortByUid(data.battlecards);
}

}  // namespace pmm::storage
