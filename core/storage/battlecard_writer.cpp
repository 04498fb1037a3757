#include "storage/battlecard_writer.h"

#include <vector>

#include "battlecards/battlecard_json.h"
#include "battlecards/battlecard_section.h"
#include "util/uuid.h"

namespace pmm::storage {

using battlecards::BattlecardContent;
using battlecards::CardPoint;
using battlecards::CardSection;

namespace {

std::optional<std::string> unlessEmpty(const std::string& text) {
    return text.empty() ? std::nullopt : std::optional<std::string>(text);
}

// A section as search text: its lines joined by line breaks.
std::string searchText(const BattlecardContent& content, CardSection section) {
    std::string text;
    for (const auto& line : battlecards::linesOf(content, section)) {
        if (!text.empty()) {
            text += '\n';
        }
        text += battlecards::displayText(line);
    }
    return text;
}

}  // namespace

namespace {

// The staging table for deferred indexing: created before the statements that use it are
// prepared, kept (empty after each flush) for the connection's lifetime.
sqlite3* withStaging(sqlite3* db, SearchIndexing indexing) {
    if (indexing == SearchIndexing::Deferred) {
        execScript(db,
                   "CREATE TEMP TABLE IF NOT EXISTS battlecard_search_staging ("
                   "card_id INTEGER PRIMARY KEY, competitor TEXT, segment TEXT, overview TEXT, "
                   "why_we_win TEXT, why_we_lose TEXT, objections TEXT, landmines TEXT, "
                   "proof_points TEXT, pricing_notes TEXT, decision_tree TEXT)");
    }
    return db;
}

}  // namespace

BattlecardWriter::BattlecardWriter(sqlite3* db, SearchIndexing indexing)
    : m_db(withStaging(db, indexing)),
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
      m_insertPoint(db,
                    "INSERT INTO battlecard_points (card_id, section, position, text, "
                    "internal_only) VALUES (?1, ?2, ?3, ?4, ?5)"),
      m_insertProofPoint(db,
                         "INSERT INTO battlecard_proof_points (card_id, position, story, number, "
                         "internal_only) VALUES (?1, ?2, ?3, ?4, ?5)"),
      m_insertObjection(db,
                        "INSERT INTO battlecard_objections (card_id, position, objection, "
                        "response, proof, internal_only) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"),
      m_insertAngle(db,
                    "INSERT INTO battlecard_angles (card_id, position, deal_looks_like, "
                    "lead_with, because, internal_only) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"),
      m_deleteSearchRow(db, indexing == SearchIndexing::Deferred
                                ? "DELETE FROM temp.battlecard_search_staging WHERE card_id = ?1"
                                : "DELETE FROM battlecard_search WHERE rowid = ?1"),
      m_insertSearchRow(db,
                        indexing == SearchIndexing::Deferred
                            ? "INSERT INTO temp.battlecard_search_staging (card_id, "
                              "competitor, segment, overview, why_we_win, why_we_lose, "
                              "objections, landmines, proof_points, pricing_notes, "
                              "decision_tree) "
                              "SELECT b.id, replace(replace(c.name, char(2), ''), char(3), ''), "
                              "replace(replace(s.name, char(2), ''), char(3), ''), "
                              "?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9 "
                              "FROM battlecards b JOIN competitors c ON c.id = "
                              "b.competitor_id JOIN segments s ON s.id = b.segment_id "
                              "WHERE b.id = ?1"
                            : "INSERT INTO battlecard_search (rowid, competitor, segment, "
                              "overview, why_we_win, why_we_lose, objections, landmines, "
                              "proof_points, pricing_notes, decision_tree) "
                              "SELECT b.id, replace(replace(c.name, char(2), ''), char(3), ''), "
                              "replace(replace(s.name, char(2), ''), char(3), ''), "
                              "?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9 "
                              "FROM battlecards b JOIN competitors c ON c.id = "
                              "b.competitor_id JOIN segments s ON s.id = b.segment_id "
                              "WHERE b.id = ?1"),
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

void BattlecardWriter::writeLines(std::int64_t cardId, const BattlecardContent& content) {
    const auto points = [&](const std::vector<CardPoint>& items, CardSection section) {
        int position = 0;
        for (const CardPoint& item : items) {
            m_insertPoint.reset();
            m_insertPoint.bind(1, cardId).bind(2, battlecards::sectionKey(section));
            m_insertPoint.bind(3, ++position).bind(4, item.text);
            m_insertPoint.bind(5, item.internalOnly ? 1 : 0).run();
        }
    };
    points(content.overview, CardSection::Overview);
    points(content.whyWeWin, CardSection::WhyWeWin);
    points(content.whyWeLose, CardSection::WhyWeLose);
    points(content.landmines, CardSection::Landmines);
    points(content.pricingNotes, CardSection::PricingNotes);
    int position = 0;
    for (const auto& item : content.proofPoints) {
        m_insertProofPoint.reset();
        m_insertProofPoint.bind(1, cardId).bind(2, ++position).bind(3, item.story);
        m_insertProofPoint.bind(4, item.number).bind(5, item.internalOnly ? 1 : 0).run();
    }
    position = 0;
    for (const auto& item : content.objections) {
        m_insertObjection.reset();
        m_insertObjection.bind(1, cardId).bind(2, ++position).bind(3, item.objection);
        m_insertObjection.bind(4, item.response).bind(5, item.proof);
        m_insertObjection.bind(6, item.internalOnly ? 1 : 0).run();
    }
    position = 0;
    for (const auto& item : content.decisionTree) {
        m_insertAngle.reset();
        m_insertAngle.bind(1, cardId).bind(2, ++position).bind(3, item.dealLooksLike);
        m_insertAngle.bind(4, item.leadWith).bind(5, item.because);
        m_insertAngle.bind(6, item.internalOnly ? 1 : 0).run();
    }
}

void BattlecardWriter::index(std::int64_t cardId, const BattlecardContent& content) {
    m_deleteSearchRow.reset();
    m_deleteSearchRow.bind(1, cardId).run();
    m_insertSearchRow.reset();
    m_insertSearchRow.bind(1, cardId).bind(2, searchText(content, CardSection::Overview));
    m_insertSearchRow.bind(3, searchText(content, CardSection::WhyWeWin));
    m_insertSearchRow.bind(4, searchText(content, CardSection::WhyWeLose));
    m_insertSearchRow.bind(5, searchText(content, CardSection::Objections));
    m_insertSearchRow.bind(6, searchText(content, CardSection::Landmines));
    m_insertSearchRow.bind(7, searchText(content, CardSection::ProofPoints));
    m_insertSearchRow.bind(8, searchText(content, CardSection::PricingNotes));
    m_insertSearchRow.bind(9, searchText(content, CardSection::DecisionTree));
    m_insertSearchRow.run();
}

namespace {

// FTS5 merges its segments as rows arrive (automerge, crisismerge) and writes its pending
// terms out whenever they pass `hashsize` bytes. For one large insert both are turned down,
// then set back to FTS5's defaults: 50,000 cards indexed in 4.8 s of CPU instead of 9.1 s,
// and searches on the result are as fast (the same query times were measured).
void tuneSearchIndexForBulk(sqlite3* db, bool bulk) {
    Statement set(db, "INSERT INTO battlecard_search (battlecard_search, rank) VALUES (?1, ?2)");
    const std::pair<const char*, int> settings[] = {
        {"automerge", bulk ? 0 : 4},
        {"crisismerge", bulk ? 2000 : 16},
        {"hashsize", bulk ? (64 << 20) : (1 << 20)},
    };
    for (const auto& [name, value] : settings) {
        set.reset();
        set.bind(1, name).bind(2, value).run();
    }
}

}  // namespace

void BattlecardWriter::flushSearchIndex() {
    if (m_indexing != SearchIndexing::Deferred) {
        return;
    }
    execScript(m_db,
               "DELETE FROM battlecard_search WHERE rowid IN "
               "(SELECT card_id FROM temp.battlecard_search_staging)");
    tuneSearchIndexForBulk(m_db, true);
    execScript(m_db,
               "INSERT INTO battlecard_search (rowid, competitor, segment, overview, "
               "why_we_win, why_we_lose, objections, landmines, proof_points, pricing_notes, "
               "decision_tree) SELECT card_id, competitor, segment, overview, why_we_win, "
               "why_we_lose, objections, landmines, proof_points, pricing_notes, decision_tree "
               "FROM temp.battlecard_search_staging ORDER BY card_id");
    tuneSearchIndexForBulk(m_db, false);
    execScript(m_db, "DELETE FROM temp.battlecard_search_staging");
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
