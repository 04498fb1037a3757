#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "positioning/positioning_trigger.h"
#include "util/dates.h"

namespace pmm::positioning {

enum class ReviewDecision { Keep, Refine, Reposition };

// "keep", "refine", "reposition".
std::string_view decisionKey(ReviewDecision decision);
std::optional<ReviewDecision> decisionFromKey(std::string_view key);

// A positioning review held: why, what it covered, what was seen and decided.
struct PositioningReview {
    std::int64_t id = 0;  // 0 until stored
    std::string uid;
    Date reviewedOn;
    TriggerKind trigger = TriggerKind::Scheduled;
    std::optional<std::int64_t> productId;  // none: every product
    std::optional<std::int64_t> segmentId;  // none: every segment
    std::optional<std::int64_t> competitorId;
    std::string evidence;
    ReviewDecision decision = ReviewDecision::Keep;
    std::optional<std::int64_t> statementId;  // the version a refine/reposition produced
    std::string followUps;                    // one per line
    std::vector<std::int64_t> participantIds;
};

}  // namespace pmm::positioning
