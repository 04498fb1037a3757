#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "battlecards/battlecard.h"
#include "battlecards/battlecard_row.h"
#include "battlecards/card_diff.h"
#include "battlecards/revision.h"
#include "battlecards/since_refresh.h"
#include "storage/stored_rows.h"
#include "util/dates.h"

namespace pmm::storage {

class Workspace;

// What the New battlecard dialog asks for. Without an owner the segment's owner is used.
// A uid is kept when set (redo of a creation); otherwise a new one is made.
struct NewBattlecard {
    std::int64_t competitorId = 0;
    std::int64_t segmentId = 0;
    std::optional<std::int64_t> ownerId;
    std::string uid;
};

// A battlecard taken out of the workspace with everything that went with it, exactly as
// stored: the card row (refresh state, link to the competitor launch that flagged it,
// timestamps), its lines, every revision and the refresh requests of positioning reviews.
// The search row is not kept: restore() writes it again from the card's text.
struct RemovedBattlecard {
    std::int64_t id = 0;
    // One entry per table, in the order the store lists them (the card row first).
    std::vector<std::vector<StoredRow>> tables;

    int revisionCount() const;
    int refreshRequestCount() const;
};

// Battlecards, their text and their history. Every write runs in its own transaction (a
// savepoint inside a BulkChange), validates first, keeps the search index in step, records a
// revision and notifies {Battlecard, ..., id} after the commit. Rule violations throw
// WorkspaceError(Invalid) with a sentence that names the field and leave the workspace
// unchanged. `by` names who made a change: a person of the workspace or a name.
class BattlecardStore {
public:
    // The workspace setting holding the refresh interval, in days, of new cards.
    static constexpr const char* kIntervalSetting = "battlecards.refresh_interval_days";

    explicit BattlecardStore(Workspace& workspace) : m_workspace(workspace) {}

    // A card from the template: every section empty, refreshed `today`, revision 1.
    battlecards::Battlecard create(const NewBattlecard& spec, const battlecards::CardEditor& by,
                                   const Date& today = pmm::today());
    std::optional<battlecards::Battlecard> find(std::int64_t id) const;
    std::optional<battlecards::Battlecard> findFor(std::int64_t competitorId,
                                                   std::int64_t segmentId) const;

    // Saves the owner, the refresh interval and the whole text of `card` (the competitor,
    // segment and refresh state of the stored card are kept) as a new revision, text
    // normalised (see normalizedContent). Saving what is already stored records nothing.
    // Returns the card as stored.
    battlecards::Battlecard save(const battlecards::Battlecard& card,
                                 const battlecards::CardEditor& by, std::string_view note = {});
    // The owner confirms the card: refreshed `today`, refresh required cleared, a refresh
    // revision recorded.
    battlecards::Battlecard markRefreshed(std::int64_t id, const battlecards::CardEditor& by,
                                          const Date& today = pmm::today(),
                                          std::string_view note = {});
    // Takes back the card's latest revision `revisionNumber` (undo of a save or a refresh):
    // restores the owner, interval, text and refresh state of `before` (the card as it was
    // read just before that revision) and removes the revision from the history. Refused
    // when a later revision exists or the card is gone.
    void takeBack(const battlecards::Battlecard& before, int revisionNumber);
    // The number of the card's newest revision; 0 without history.
    int latestRevision(std::int64_t cardId) const;
    // Removes a card with its lines, history and search row; idempotent.
    void remove(std::int64_t id);
    // Removes a card as remove() does and returns everything it took, for restore();
    // nullopt when the card is gone. Notifies {Battlecard, Removed, id}.
    std::optional<RemovedBattlecard> removeKeepingHistory(std::int64_t id);
    // Puts a removed card back in one transaction: same id and uid, lines, revisions,
    // refresh requests, and its search row. Notifies {Battlecard, Added, id}.
    void restore(const RemovedBattlecard& removed);
    // The tables removeKeepingHistory() copies (for the tests' schema check).
    static std::vector<StoredRowsSql> removalTables();

    // Every card for the Battlecards table, with its status as of `today`, by id. One query.
    std::vector<battlecards::BattlecardRow> rows(const Date& today = pmm::today()) const;

    // Newest first.
    std::vector<battlecards::RevisionInfo> revisions(std::int64_t cardId) const;
    // Throws WorkspaceError(Corrupt) when the revision's snapshot is damaged.
    std::optional<battlecards::Revision> revision(std::int64_t cardId, int number) const;
    // Section by section, from revision `from` to revision `to`; empty when either is missing.
    std::optional<battlecards::CardDiff> compare(std::int64_t cardId, int from, int to) const;
    // What changed since the last refresh (or since creation); empty for an unknown card.
    std::optional<battlecards::SinceRefreshSummary> sinceLastRefresh(std::int64_t cardId) const;

    // Rewrites every card's search row from its stored text (after an edit made outside the
    // app, say). Returns the number of cards.
    int reindexAll();

private:
    Workspace& m_workspace;
};

}  // namespace pmm::storage
