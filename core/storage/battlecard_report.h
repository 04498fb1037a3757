#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "battlecards/battlecard.h"
#include "battlecards/card_selection.h"
#include "battlecards/refresh_status.h"
#include "util/dates.h"

namespace pmm::storage {
class Workspace;
}

namespace pmm::battlecards {

// The sales edition of battlecards as plain data: computed here, rendered (PDF) by the ui.
// Every string is user data or a sentence of ours; renderers print it literally.

// One card as a rep reads it: internal-only lines already left out (salesView).
struct SalesCard {
    std::int64_t id = 0;
    std::string competitor;
    std::string segment;
    std::string owner;  // empty when unassigned
    Date lastRefreshed;
    Date nextDue;
    RefreshStatus status = RefreshStatus::Current;
    BattlecardContent content;
};

struct SalesBattlecards {
    std::string title;        // "Battlecard: Acme in SMB", "Battlecards: Acme", ...
    std::string generatedOn;  // YYYY-MM-DD
    std::vector<SalesCard> cards;
    std::string problem;  // why there are no cards (see selectCards); empty otherwise
};

// The selected cards with their sales view, in reading order (competitor, then segment).
SalesBattlecards salesBattlecards(storage::Workspace& workspace, const CardSelection& selection,
                                  const Date& today);
// One card; `problem` says so when it no longer exists.
SalesBattlecards salesBattlecard(storage::Workspace& workspace, std::int64_t cardId,
                                 const Date& today);

}  // namespace pmm::battlecards
