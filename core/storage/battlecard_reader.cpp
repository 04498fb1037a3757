#include "storage/battlecard_reader.h"

#include <string>

#include "battlecards/battlecard_json.h"
#include "battlecards/battlecard_section.h"
#include "storage/database.h"
#include "storage/workspace_error.h"

namespace pmm::storage {

using namespace battlecards;

namespace {

Date dateOrEpoch(const std::string& text) {
    // The schema's GLOB admits "2026-02-31"; such a date reads as the epoch, which shows the
    // card as long overdue rather than failing the whole table.
    return parseIsoDate(text).value_or(Date{});
}

RevisionInfo readInfo(const Statement& row) {
    RevisionInfo info;
    info.id = row.int64(0);
    info.uid = row.text(1);
    info.cardId = row.int64(2);
    info.number = row.integer(3);
    info.kind = revisionKindFromKey(row.text(4)).value_or(RevisionKind::Save);
    info.changedBy = row.text(5);
    info.changedById = row.optionalInt64(6);
    info.changedAt = row.text(7);
    info.note = row.text(8);
    info.summary = row.text(9);
    return info;
}

#define PMM_REVISION_COLUMNS \
    "id, uid, card_id, number, kind, changed_by, changed_by_id, changed_at, note, summary"

}  // namespace

std::optional<Battlecard> readBattlecard(sqlite3* db, std::int64_t id) {
    Statement query(db,
                    "SELECT id, uid, competitor_id, segment_id, owner_id, last_refreshed, "
                    "refresh_interval_days, refresh_required, refresh_launch_id, created_at, "
                    "updated_at FROM battlecards WHERE id = ?1");
    query.bind(1, id);
    if (!query.step()) {
        return std::nullopt;
    }
    Battlecard card;
    card.id = query.int64(0);
    card.uid = query.text(1);
    card.competitorId = query.int64(2);
    card.segmentId = query.int64(3);
    card.ownerId = query.optionalInt64(4);
    card.lastRefreshed = dateOrEpoch(query.text(5));
    card.refreshIntervalDays = query.integer(6);
    card.refreshRequired = query.integer(7) != 0;
    card.refreshLaunchId = query.optionalInt64(8);
    card.createdAt = query.text(9);
    card.updatedAt = query.text(10);
    card.content = readContent(db, id);
    return card;
}

BattlecardContent readContent(sqlite3* db, std::int64_t cardId) {
    BattlecardContent content;
    Statement points(db,
                     "SELECT section, text, internal_only FROM battlecard_points "
                     "WHERE card_id = ?1 ORDER BY section, position");
    points.bind(1, cardId);
    while (points.step()) {
        const auto section = sectionFromKey(points.text(0));
        CardPoint point{points.text(1), points.integer(2) != 0};
        if (std::vector<CardPoint>* lines = pointsOf(content, section)) {
            lines->push_back(std::move(point));
        }
    }
    Statement proofs(db,
                     "SELECT story, number, internal_only FROM battlecard_proof_points "
                     "WHERE card_id = ?1 ORDER BY position");
    proofs.bind(1, cardId);
    while (proofs.step()) {
        content.proofPoints.push_back({proofs.text(0), proofs.text(1), proofs.integer(2) != 0});
    }
    Statement objections(db,
                         "SELECT objection, response, proof, internal_only FROM "
                         "battlecard_objections WHERE card_id = ?1 ORDER BY position");
    objections.bind(1, cardId);
    while (objections.step()) {
        content.objections.push_back({objections.text(0), objections.text(1), objections.text(2),
                                      objections.integer(3) != 0});
    }
    Statement angles(db,
                     "SELECT deal_looks_like, lead_with, because, internal_only FROM "
                     "battlecard_angles WHERE card_id = ?1 ORDER BY position");
    angles.bind(1, cardId);
    while (angles.step()) {
        content.decisionTree.push_back(
            {angles.text(0), angles.text(1), angles.text(2), angles.integer(3) != 0});
    }
    return content;
}

std::vector<RevisionInfo> readRevisions(sqlite3* db, std::int64_t cardId) {
    std::vector<RevisionInfo> revisions;
    Statement query(db, "SELECT " PMM_REVISION_COLUMNS
                        " FROM battlecard_revisions WHERE card_id = ?1 ORDER BY number DESC");
    query.bind(1, cardId);
    while (query.step()) {
        revisions.push_back(readInfo(query));
    }
    return revisions;
}

std::optional<Revision> readRevision(sqlite3* db, std::int64_t cardId, int number) {
    Statement query(db, "SELECT " PMM_REVISION_COLUMNS
                        ", snapshot FROM battlecard_revisions WHERE card_id = ?1 AND number = ?2");
    query.bind(1, cardId).bind(2, number);
    if (!query.step()) {
        return std::nullopt;
    }
    Revision revision;
    revision.info = readInfo(query);
    auto content = contentFromSnapshot(query.text(10));
    if (!content) {
        throw WorkspaceError(WorkspaceErrorKind::Corrupt,
                             "Revision " + std::to_string(number) +
                                 " of this battlecard cannot be read: its saved text is damaged.");
    }
    revision.content = std::move(*content);
    return revision;
}

}  // namespace pmm::storage
