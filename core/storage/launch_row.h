#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "launches/launch.h"
#include "launches/quarter.h"
#include "launches/readiness.h"

namespace pmm::storage {
class Workspace;
}

namespace pmm::launches {

// A launch as tables and reports list it: names resolved, readiness computed.
struct LaunchRow {
    std::int64_t id = 0;
    std::string name;
    std::int64_t productId = 0;
    std::string product;
    std::int64_t ownerId = 0;
    std::string owner;
    std::string quarter;
    std::optional<std::string> targetDate;
    LaunchStatus status = LaunchStatus::Idea;
    std::optional<int> tier;   // in force: the override if any, else the computed tier
    std::optional<int> score;  // hundredths
    std::optional<int> ruleVersion;
    bool overridden = false;
    Readiness readiness;      // 0/0 while the launch has no tier
    bool hasOutcome = false;  // the frame, for "missing outcome or metric"
    bool hasMetric = false;   // name, baseline, target and review date all set

    friend bool operator==(const LaunchRow&, const LaunchRow&) = default;
};

// One query (no query per launch): a quarter's launches by name.
std::vector<LaunchRow> readLaunchRows(const storage::Workspace& workspace, const Quarter& quarter);
// Every launch in the workspace's order (listedBefore). Fast enough for a first paint of
// 100,000 launches: plain scans of the launches, the ticks and the names, each once, with
// readiness counted and the order sorted here instead of a subquery and a sort per row.
std::vector<LaunchRow> readAllLaunchRows(const storage::Workspace& workspace);
// One launch, e.g. after an edit; empty when it does not exist.
std::optional<LaunchRow> readLaunchRow(const storage::Workspace& workspace, std::int64_t id);

// The workspace's order of launches: quarter, then name ignoring case as SQLite's NOCASE
// does (ASCII letters only), then id.
bool listedBefore(const LaunchRow& left, const LaunchRow& right);
// SQLite's NOCASE collation: bytes compared with A-Z folded to a-z; negative, 0 or positive.
int compareIgnoringAsciiCase(std::string_view left, std::string_view right);

}  // namespace pmm::launches
