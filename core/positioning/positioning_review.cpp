#include "positioning/positioning_review.h"

namespace pmm::positioning {

std::string_view decisionKey(ReviewDecision decision) {
    switch (decision) {
        case ReviewDecision::Keep:
            return "keep";
        case ReviewDecision::Refine:
            return "refine";
        case ReviewDecision::Reposition:
            return "reposition";
    }
    return "keep";
}

std::optional<ReviewDecision> decisionFromKey(std::string_view key) {
    for (const ReviewDecision decision :
         {ReviewDecision::Keep, ReviewDecision::Refine, ReviewDecision::Reposition}) {
        if (decisionKey(decision) == key) {
            return decision;
        }
    }
    return std::nullopt;
}

}  // namespace pmm::positioning
