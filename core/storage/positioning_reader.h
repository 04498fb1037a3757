#pragma once

#include "positioning/positioning_facts.h"
#include "positioning/positioning_thresholds.h"

namespace pmm::storage {

class Workspace;

// Reads everything the positioning triggers and win rates need in a few queries, deals
// through a covering index: about a tenth of a second for 200,000 deals.
positioning::PositioningFacts readPositioningFacts(const Workspace& workspace);

// The trigger thresholds: the workspace's "positioning.*" settings over the defaults.
positioning::PositioningThresholds readPositioningThresholds(const Workspace& workspace);

}  // namespace pmm::storage
