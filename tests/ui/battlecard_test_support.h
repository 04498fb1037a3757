#pragma once

// A small battlecard world written through core, for the Battlecards UI tests (the lead's
// demo data changes; these tests own their data).
#include <cstdint>

#include "util/dates.h"

namespace pmm::storage {
class Workspace;
}

namespace pmm::uitest {

struct BattlecardWorld {
    std::int64_t maya = 0;  // people: Maya owns Mid-market, Jonas owns Enterprise
    std::int64_t jonas = 0;
    std::int64_t midMarket = 0;  // segments
    std::int64_t enterprise = 0;
    std::int64_t globex = 0;  // competitors
    std::int64_t initech = 0;
};

// Two people, two segments (each owned by one of them), two competitors.
BattlecardWorld addBattlecardWorld(storage::Workspace& workspace);

// A card created from the template on `refreshed` (its owner: the segment's). Returns its id.
std::int64_t addCard(storage::Workspace& workspace, std::int64_t competitor, std::int64_t segment,
                     const Date& refreshed);

}  // namespace pmm::uitest
