#pragma once

#include <optional>

#include "positioning/positioning_trigger.h"
#include "positioning/review_evidence.h"

namespace pmm::storage {

class Workspace;

// The evidence a positioning review starts from: the deals of `scope` in the trigger window
// ending `today` and the one before (the workspace's "positioning.*" thresholds), plus the
// alert's sentence and deals when the review was started from one.
positioning::ReviewEvidence readReviewEvidence(
    const Workspace& workspace, const positioning::ReviewScope& scope, const Date& today,
    const std::optional<positioning::PositioningAlert>& alert = std::nullopt);

}  // namespace pmm::storage
