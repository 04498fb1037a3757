#pragma once

#include <cstdint>
#include <optional>
#include <string>
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

// One query each (no query per launch): a quarter's launches by name, or every launch by
// quarter and name.
std::vector<LaunchRow> readLaunchRows(const storage::Workspace& workspace, const Quarter& quarter);
std::vector<LaunchRow> readAllLaunchRows(const storage::Workspace& workspace);

}  // namespace pmm::launches
