#include "launches/criterion.h"

namespace pmm::launches {

namespace {

using Levels = std::array<std::string_view, 5>;

constexpr Levels kRevenueLevels = {
    "No revenue effect we can name: polish, a fix, or groundwork for later work.",
    "Protects a few renewals or unblocks small deals; no new pipeline is expected from it.",
    "Drives expansion in existing accounts or helps named open deals; a visible part of this "
    "quarter's new pipeline.",
    "Creates new pipeline in a core segment or a new paid tier; a material share of the "
    "quarter's revenue target depends on it.",
    "Opens a new market, segment or product line; the year's revenue plan counts on it.",
};

constexpr Levels kUrgencyLevels = {
    "No competitor offers or talks about this; the timing is ours to choose.",
    "A competitor has something similar, but it rarely comes up in deals.",
    "Competitors pitch this in some deals; we lose the occasional evaluation over it.",
    "A named competitor shipped this recently and Sales hears about it in most competitive "
    "deals.",
    "We are losing deals on this to a competitor right now (a repeated loss reason); every "
    "week of delay costs wins.",
};

constexpr Levels kDemandLevels = {
    "An internal idea: no customer has asked for it.",
    "A few anecdotal requests from single users or one account.",
    "Recurring requests from several accounts, or a visible theme in support tickets and "
    "feedback.",
    "A top request of key accounts or a frequent theme in win/loss interviews; customers ask "
    "when it ships.",
    "Customers are blocked or leaving without it, or it is a condition in open deals and "
    "renewals.",
};

const Levels& levelsOf(Criterion criterion) {
    switch (criterion) {
        case Criterion::RevenueImpact:
            return kRevenueLevels;
        case Criterion::CompetitiveUrgency:
            return kUrgencyLevels;
        case Criterion::CustomerDemand:
            break;
    }
    return kDemandLevels;
}

}  // namespace

std::string_view criterionName(Criterion criterion) {
    switch (criterion) {
        case Criterion::RevenueImpact:
            return "revenue impact";
        case Criterion::CompetitiveUrgency:
            return "competitive urgency";
        case Criterion::CustomerDemand:
            break;
    }
    return "customer demand";
}

std::string_view criterionLabel(Criterion criterion) {
    switch (criterion) {
        case Criterion::RevenueImpact:
            return "Revenue impact";
        case Criterion::CompetitiveUrgency:
            return "Competitive urgency";
        case Criterion::CustomerDemand:
            break;
    }
    return "Customer demand";
}

std::string_view criterionQuestion(Criterion criterion) {
    switch (criterion) {
        case Criterion::RevenueImpact:
            return "How much revenue does this launch create or protect?";
        case Criterion::CompetitiveUrgency:
            return "How much does the competition force our timing?";
        case Criterion::CustomerDemand:
            break;
    }
    return "How strong is the signal that customers want this?";
}

std::string_view criterionLevelDescription(Criterion criterion, int level) {
    if (level < kMinimumScore || level > kMaximumScore) {
        return {};
    }
    return levelsOf(criterion)[static_cast<size_t>(level - 1)];
}

}  // namespace pmm::launches
