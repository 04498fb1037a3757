#include "storage/interchange_battlecard_writer.h"

#include <sqlite3.h>

#include <string>

#include "interchange/snapshot_text.h"
#include "storage/battlecard_writer.h"
#include "storage/database.h"
#include "storage/interchange_keys.h"

namespace pmm::storage {

using namespace interchange;

namespace {

class CardStatements {
public:
    explicit CardStatements(sqlite3* db)
        : m_competitors(keysByUid(db, "SELECT uid, id FROM competitors")),
          m_segments(keysByUid(db, "SELECT uid, id FROM segments")),
          m_people(keysByUid(db, "SELECT uid, id FROM people")),
          m_launches(keysByUid(db, "SELECT uid, id FROM competitor_launches")),
          m_writer(db, SearchIndexing::Deferred),
          m_cardId(db, "SELECT id FROM battlecards WHERE uid = ?1"),
          m_state(db,
                  "UPDATE battlecards SET last_refreshed = ?2, refresh_required = ?3, "
                  "refresh_launch_id = ?4, created_at = ?5, updated_at = ?6 WHERE id = ?1") {}

    void write(const CardWrite& write) {
        const BattlecardRecord& record = *write.card;
        battlecards::Battlecard card;
        card.uid = record.uid;
        card.competitorId = keyOf(m_competitors, record.competitorUid, "competitor");
        card.segmentId = keyOf(m_segments, record.segmentUid, "segment");
        card.ownerId = optionalKeyOf(m_people, record.ownerUid, "person");
        card.lastRefreshed = parseIsoDate(record.lastRefreshed).value_or(Date{});
        card.refreshIntervalDays = record.refreshIntervalDays;
        card.refreshRequired = record.refreshRequired;
        card.refreshLaunchId = optionalKeyOf(m_launches, record.refreshLaunchUid, "launch");
        card.createdAt = record.createdAt;
        card.updatedAt = record.updatedAt;
        card.content = record.content;
        if (write.add) {
            card.id = m_writer.insertCard(card);
        } else {
            m_cardId.reset();
            m_cardId.bind(1, card.uid);
            m_cardId.step();
            card.id = m_cardId.int64(0);
            m_cardId.reset();
            m_writer.updateCard(card);
            // updateCard keeps the stored refresh state and stamps the time: set them exactly.
            m_state.reset();
            m_state.bind(1, card.id)
                .bind(2, record.lastRefreshed)
                .bind(3, card.refreshRequired ? 1 : 0);
            m_state.bind(4, card.refreshLaunchId).bind(5, card.createdAt).bind(6, card.updatedAt);
            m_state.run();
        }
        for (const CardRevisionRecord* revision : write.newRevisions) {
            RevisionRecord entry;
            entry.uid = revision->uid;
            entry.cardId = card.id;
            entry.kind = revision->kind;
            entry.changedBy = revision->changedBy;
            entry.changedById = optionalKeyOf(m_people, revision->changedByUid, "person");
            entry.changedAt = revision->changedAt;
            entry.note = revision->note;
            entry.summary = revision->summary;
            m_writer.addRevisionSnapshot(
                entry, interchange::snapshotText(revisionContent(record, *revision)));
        }
    }

    void finish() { m_writer.flushSearchIndex(); }

private:
    KeysByUid m_competitors;
    KeysByUid m_segments;
    KeysByUid m_people;
    KeysByUid m_launches;
    BattlecardWriter m_writer;
    Statement m_cardId;
    Statement m_state;
};

}  // namespace

void writeCompetitorLaunches(sqlite3* db, const RecordChanges<CompetitorLaunchRecord>& changes) {
    Statement upsert(db,
                     "INSERT INTO competitor_launches (uid, competitor_id, launched_on, what, "
                     "impact, logged_by, logged_at) VALUES (?1, (SELECT id FROM competitors "
                     "WHERE uid = ?2), ?3, ?4, ?5, ?6, ?7) ON CONFLICT (uid) DO UPDATE SET "
                     "competitor_id = excluded.competitor_id, launched_on = excluded.launched_on, "
                     "what = excluded.what, impact = excluded.impact, "
                     "logged_by = excluded.logged_by, logged_at = excluded.logged_at");
    for (const auto* list : {&changes.added, &changes.updated}) {
        for (const CompetitorLaunchRecord* launch : *list) {
            upsert.reset();
            upsert.bind(1, launch->uid).bind(2, launch->competitorUid).bind(3, launch->launchedOn);
            upsert.bind(4, launch->what).bind(5, launch->impact).bind(6, launch->loggedBy);
            upsert.bind(7, launch->loggedAt);
            upsert.run();
        }
    }
}

void writeBattlecards(sqlite3* db, const std::vector<CardWrite>& cards) {
    if (cards.empty()) {
        return;
    }
    CardStatements statements(db);
    for (const CardWrite& write : cards) {
        statements.write(write);
    }
    statements.finish();
}

}  // namespace pmm::storage
