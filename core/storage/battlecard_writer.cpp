#include "storage/battlecard_writer.h"

#include <vector>

#include "battlecards/battlecard_json.h"
#include "battlecards/battlecard_section.h"
#include "storage/battlecard_search_staging.h"
#include "util/uuid.h"

namespace pmm::storage {

using battlecards::AngleRow;
using battlecards::BattlecardContent;
using battlecards::CardPoint;
using battlecards::CardSection;
using battlecards::Objection;
using battlecards::ProofPoint;

namespace {

std::optional<std::string> unlessEmpty(const std::string& text) {
    return text.empty() ? std::nullopt : std::optional<std::string>(text);
}

// A section as search text: its lines joined by line breaks. Sized exactly: deferred indexing
// holds the text of every card until the flush.
std::string searchText(const BattlecardContent& content, CardSection section) {
    std::vector<std::string> lines;
    std::size_t size = 0;
    for (const auto& line : battlecards::linesOf(content, section)) {
        size += lines.empty() ? 0 : 1;
        size += lines.emplace_back(battlecards::displayText(line)).size();
    }
    std::string text;
    text.reserve(size);
    for (const std::string& line : lines) {
        if (!text.empty()) {
            text += '\n';
        }
        text += line;
    }
    return text;
}

}  // namespace

BattlecardWriter::BattlecardWriter(sqlite3* db, SearchIndexing indexing)
    : m_db(db),
      m_indexing(indexing),
      m_insertCard(db,
                   "INSERT INTO battlecards (id, uid, competitor_id, segment_id, owner_id, "
                   "last_refreshed, refresh_interval_days, refresh_required, "
                   "refresh_launch_id, created_at, updated_at) "
                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
                   "coalesce(?10, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')), "
                   "coalesce(?11, ?10, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))) RETURNING id"),
      m_updateCard(db,
                   "UPDATE battlecards SET owner_id = ?2, refresh_interval_days = ?3, "
                   "updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?1"),
      m_markRefreshed(db,
                      "UPDATE battlecards SET last_refreshed = ?2, refresh_required = 0, "
                      "refresh_launch_id = NULL, "
                      "updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?1"),
      m_deletePoints(db, "DELETE FROM battlecard_points WHERE card_id = ?1"),
      m_deleteProofPoints(db, "DELETE FROM battlecard_proof_points WHERE card_id = ?1"),
      m_deleteObjections(db, "DELETE FROM battlecard_objections WHERE card_id = ?1"),
      m_deleteAngles(db, "DELETE FROM battlecard_angles WHERE card_id = ?1"),
      m_insertPoints(db,
                     "INSERT INTO battlecard_points (card_id, section, position, text, "
                     "internal_only)",
                     5),
      m_insertProofPoints(db,
                          "INSERT INTO battlecard_proof_points (card_id, position, story, "
                          "number, internal_only)",
                          5),
      m_insertObjections(db,
                         "INSERT INTO battlecard_objections (card_id, position, objection, "
                         "response, proof, internal_only)",
                         6),
      m_insertAngles(db,
                     "INSERT INTO battlecard_angles (card_id, position, deal_looks_like, "
                     "lead_with, because, internal_only)",
                     6),
      m_deleteSearchRow(db, "DELETE FROM battlecard_search WHERE rowid = ?1"),
      m_insertSearchRow(db,
                        "INSERT INTO battlecard_search (rowid, competitor, segment, overview, "
                        "why_we_win, why_we_lose, objections, landmines, proof_points, "
                        "pricing_notes, decision_tree) "
                        "SELECT b.id, replace(replace(c.name, char(2), ''), char(3), ''), "
                        "replace(replace(s.name, char(2), ''), char(3), ''), "
                        "?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9 "
                        "FROM battlecards b JOIN competitors c ON c.id = b.competitor_id "
                        "JOIN segments s ON s.id = b.segment_id WHERE b.id = ?1"),
      m_insertRevision(db,
                       "INSERT INTO battlecard_revisions (uid, card_id, number, kind, "
                       "changed_by, changed_by_id, changed_at, note, summary, snapshot) "
                       "VALUES (?1, ?2, (SELECT coalesce(max(number), 0) + 1 FROM "
                       "battlecard_revisions WHERE card_id = ?2), ?3, ?4, ?5, "
                       "coalesce(?6, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')), ?7, ?8, ?9) "
                       "RETURNING number") {}

std::int64_t BattlecardWriter::insertCard(const battlecards::Battlecard& card) {
    Statement& insert = m_insertCard;
    insert.reset();
    if (card.id == 0) {
        insert.bind(1, std::nullopt);
    } else {
        insert.bind(1, card.id);
    }
    insert.bind(2, card.uid).bind(3, card.competitorId).bind(4, card.segmentId);
    insert.bind(5, card.ownerId).bind(6, toIsoText(card.lastRefreshed));
    insert.bind(7, card.refreshIntervalDays).bind(8, card.refreshRequired ? 1 : 0);
    insert.bind(9, card.refreshLaunchId).bind(10, unlessEmpty(card.createdAt));
    insert.bind(11, unlessEmpty(card.updatedAt));
    insert.step();
    const std::int64_t id = insert.int64(0);
    insert.reset();
    writeLines(id, card.content);
    index(id, card.content);
    return id;
}

void BattlecardWriter::updateCard(const battlecards::Battlecard& card) {
    m_updateCard.reset();
    m_updateCard.bind(1, card.id).bind(2, card.ownerId).bind(3, card.refreshIntervalDays);
    m_updateCard.run();
    for (Statement* remove :
         {&m_deletePoints, &m_deleteProofPoints, &m_deleteObjections, &m_deleteAngles}) {
        remove->reset();
        remove->bind(1, card.id).run();
    }
    writeLines(card.id, card.content);
    index(card.id, card.content);
}

void BattlecardWriter::markRefreshed(std::int64_t cardId, const Date& day) {
    m_markRefreshed.reset();
    m_markRefreshed.bind(1, cardId).bind(2, toIsoText(day)).run();
}

namespace {

// Inserts the items of a list section as rows (card, position, the item's text `fields` in
// order, internal only); the position is the item's place in the list, from 1.
template <typename Item, typename... Fields>
void insertItems(MultiRowInsert& insert, std::int64_t cardId, const std::vector<Item>& items,
                 Fields Item::*... fields) {
    insert.insert(items.size(), [&](Statement& statement, int first, std::size_t row) {
        const Item& item = items[row];
        statement.bind(first, cardId).bind(first + 1, static_cast<int>(row + 1));
        int parameter = first + 2;
        (statement.bind(parameter++, item.*fields), ...);
        statement.bind(parameter, item.internalOnly ? 1 : 0);
    });
}

}  // namespace

void BattlecardWriter::writeLines(std::int64_t cardId, const BattlecardContent& content) {
    // A line's position is its place in its section, from 1.
    struct PointLine {
        CardSection section;
        int position;
        const CardPoint* point;
    };
    const std::pair<CardSection, const std::vector<CardPoint>*> sections[] = {
        {CardSection::Overview, &content.overview},
        {CardSection::WhyWeWin, &content.whyWeWin},
        {CardSection::WhyWeLose, &content.whyWeLose},
        {CardSection::Landmines, &content.landmines},
        {CardSection::PricingNotes, &content.pricingNotes}};
    std::vector<PointLine> points;
    for (const auto& [section, items] : sections) {
        for (std::size_t i = 0; i < items->size(); ++i) {
            points.push_back({section, static_cast<int>(i + 1), &(*items)[i]});
        }
    }
    m_insertPoints.insert(points.size(), [&](Statement& insert, int first, std::size_t row) {
        const PointLine& line = points[row];
        insert.bind(first, cardId).bind(first + 1, battlecards::sectionKey(line.section));
        insert.bind(first + 2, line.position).bind(first + 3, line.point->text);
        insert.bind(first + 4, line.point->internalOnly ? 1 : 0);
    });
    insertItems(m_insertProofPoints, cardId, content.proofPoints, &ProofPoint::story,
                &ProofPoint::number);
    insertItems(m_insertObjections, cardId, content.objections, &Objection::objection,
                &Objection::response, &Objection::proof);
    insertItems(m_insertAngles, cardId, content.decisionTree, &AngleRow::dealLooksLike,
                &AngleRow::leadWith, &AngleRow::because);
}

void BattlecardWriter::index(std::int64_t cardId, const BattlecardContent& content) {
    BattlecardSearchStaging::Sections sections;
    for (std::size_t i = 0; i < sections.size(); ++i) {
        sections[i] = searchText(content, battlecards::kCardSections[i]);
    }
    if (m_indexing == SearchIndexing::Deferred) {
        m_staging.stage(cardId, std::move(sections));
        return;
    }
    m_deleteSearchRow.reset();
    m_deleteSearchRow.bind(1, cardId).run();
    m_insertSearchRow.reset();
    m_insertSearchRow.bind(1, cardId);
    for (std::size_t i = 0; i < sections.size(); ++i) {
        m_insertSearchRow.bind(static_cast<int>(i) + 2, sections[i]);
    }
    m_insertSearchRow.run();
}

void BattlecardWriter::flushSearchIndex() {
    m_staging.flushInto(m_db);
}

int BattlecardWriter::addRevision(const RevisionRecord& record, const BattlecardContent& content) {
    return addRevisionSnapshot(record, battlecards::snapshotText(content));
}

int BattlecardWriter::addRevisionSnapshot(const RevisionRecord& record,
                                          const std::string& snapshot) {
    Statement& insert = m_insertRevision;
    insert.reset();
    insert.bind(1, record.uid.empty() ? newUuid() : record.uid).bind(2, record.cardId);
    insert.bind(3, battlecards::revisionKindKey(record.kind)).bind(4, record.changedBy);
    insert.bind(5, record.changedById).bind(6, unlessEmpty(record.changedAt));
    insert.bind(7, record.note).bind(8, record.summary).bind(9, snapshot);
    insert.step();
    const int number = insert.integer(0);
    insert.reset();
    return number;
}

}  // namespace pmm::storage
