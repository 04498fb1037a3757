#pragma once

#include <functional>
#include <string>
#include <vector>

#include "interchange/workspace_data.h"

namespace pmm::storage {

// A battlecard as stored: its revisions' text still as the stored snapshots, one per
// revision in the same order; resolveRevisionTexts() turns them into the record's.
struct StoredCard {
    interchange::BattlecardRecord card;
    std::vector<std::string> snapshots;
};

// Where the records of the largest sections go one at a time, in table order, instead of
// into a WorkspaceData: the export formats each as it comes. A sink may take the record's
// contents and leave another record's in their place: the reader overwrites every field.
using LaunchSink = std::function<void(interchange::LaunchRecord&)>;
using BattlecardSink = std::function<void(StoredCard&)>;
using DealSink = std::function<void(interchange::DealRecord&)>;

// A section whose sink is empty is read into the part as usual.
struct RecordSinks {
    LaunchSink launches;
    BattlecardSink battlecards;
    DealSink deals;
};

}  // namespace pmm::storage
