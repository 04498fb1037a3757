#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "battlecards/battlecard.h"
#include "battlecards/revision.h"
#include "storage/battlecard_search_staging.h"
#include "storage/database.h"
#include "storage/multi_row_insert.h"

struct sqlite3;

namespace pmm::storage {

// A revision to write. An empty uid gets a new one, an empty changedAt the current time.
struct RevisionRecord {
    std::string uid;
    std::int64_t cardId = 0;
    battlecards::RevisionKind kind = battlecards::RevisionKind::Save;
    std::string changedBy;
    std::optional<std::int64_t> changedById;
    std::string changedAt;
    std::string note;
    std::string summary;
};

// When search rows are written. Immediate: with each card. Deferred: staged in memory and
// moved into the index by flushSearchIndex() in one statement. Deferred is for thousands
// of cards in one transaction: FTS5 (SQLite 3.40) writes its pending terms out as a new
// segment at every statement savepoint, which per-card writes hit for every card and which
// made the 50,000-card demo several times slower.
enum class SearchIndexing { Immediate, Deferred };

// Writes battlecards with prepared statements that are reused from card to card: the store
// uses one for a single card, demo data and imports one for thousands. It writes what it is
// given: no validation, no change notifications, no transaction of its own. The caller
// validates, holds the transaction and notifies.
class BattlecardWriter {
public:
    explicit BattlecardWriter(sqlite3* db, SearchIndexing indexing = SearchIndexing::Immediate);

    // Inserts the card with its lines and search row; keeps id, createdAt and updatedAt when
    // set (uid must be set). Returns the id.
    std::int64_t insertCard(const battlecards::Battlecard& card);
    // Rewrites the owner, the refresh interval and the whole text of a stored card.
    void updateCard(const battlecards::Battlecard& card);
    // Sets the refresh date and clears refresh required.
    void markRefreshed(std::int64_t cardId, const Date& day);
    // Appends a revision holding `content`; returns its number (1 for a card's first).
    int addRevision(const RevisionRecord& record, const battlecards::BattlecardContent& content);
    // The same with the content already as battlecards::snapshotText gives it.
    int addRevisionSnapshot(const RevisionRecord& record, const std::string& snapshot);
    // Rewrites the card's search row from its stored names and `content` (or stages it).
    void index(std::int64_t cardId, const battlecards::BattlecardContent& content);
    // Deferred indexing: moves every staged row into the search index. Call it before the
    // transaction commits, or the staged cards stay unsearchable.
    void flushSearchIndex();

private:
    void writeLines(std::int64_t cardId, const battlecards::BattlecardContent& content);

    sqlite3* m_db;
    SearchIndexing m_indexing;

    Statement m_insertCard;
    Statement m_updateCard;
    Statement m_markRefreshed;
    Statement m_deletePoints;
    Statement m_deleteProofPoints;
    Statement m_deleteObjections;
    Statement m_deleteAngles;
    MultiRowInsert m_insertPoints;
    MultiRowInsert m_insertProofPoints;
    MultiRowInsert m_insertObjections;
    MultiRowInsert m_insertAngles;
    Statement m_deleteSearchRow;
    Statement m_insertSearchRow;
    Statement m_insertRevision;
    BattlecardSearchStaging m_staging;
};

}  // namespace pmm::storage
