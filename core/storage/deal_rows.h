#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "positioning/deal.h"

namespace pmm::storage {

class Workspace;

// A competitor, segment or product as the win/loss table names it.
struct NamedId {
    std::int64_t id = 0;
    std::string name;
};

// What the win/loss table shows: every deal, newest first (without its uid, which no column
// shows), and the names its competitor, segment and product columns and filters need.
struct DealTable {
    std::vector<positioning::Deal> deals;
    std::vector<NamedId> competitors;  // by name
    std::vector<NamedId> segments;
    std::vector<NamedId> products;
};

// One query for the deals, one per list of names: about 200,000 deals in a fraction of a
// second.
DealTable readDealTable(const Workspace& workspace);

}  // namespace pmm::storage
