#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "battlecards/battlecard.h"
#include "battlecards/competitor_launch.h"

namespace pmm::storage {

class Workspace;

// The competitor launches log. Logging a launch flags every card of that competitor
// "refresh required" in the same transaction; a card already flagged keeps the launch that
// flagged it first. Notifies {CompetitorLaunch, ..., id} and {Battlecard, Updated, 0} after
// the commit. Rule violations throw WorkspaceError(Invalid) naming the field.
class CompetitorLaunchStore {
public:
    explicit CompetitorLaunchStore(Workspace& workspace) : m_workspace(workspace) {}

    // Stores `launch` (its competitorId, launchedOn, what and impact; uid and loggedAt too
    // when set, for imports and demo data) and flags the cards.
    // Returns the launch as stored and the cards it flagged, as they were before.
    battlecards::LoggedCompetitorLaunch log(battlecards::CompetitorLaunch launch,
                                            const battlecards::CardEditor& by);
    // Takes back a log() (the latest one: undo steps back in order): removes the launch and
    // returns each card it flagged to the state it had before, unless the card was refreshed
    // in between.
    void undo(const battlecards::LoggedCompetitorLaunch& logged);

    // Newest launch date first; all competitors, or one.
    std::vector<battlecards::CompetitorLaunch> list(
        std::optional<std::int64_t> competitorId = std::nullopt) const;
    std::optional<battlecards::CompetitorLaunch> find(std::int64_t id) const;

private:
    Workspace& m_workspace;
};

}  // namespace pmm::storage
