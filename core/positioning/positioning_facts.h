#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "positioning/deal.h"
#include "util/dates.h"

namespace pmm::positioning {

// What the triggers and win rates read about one deal: numbers only, so 200,000 of them
// are evaluated in milliseconds. Reasons and angles are indexes into PositioningFacts.
struct DealFact {
    std::int64_t id = 0;
    long day = 0;                   // daysSinceEpoch(closedOn)
    int quarter = 0;                // year * 4 + quarter number - 1
    std::int64_t competitorId = 0;  // 0: no competitor
    Outcome outcome = Outcome::Lost;
    int reason = -1;  // index into PositioningFacts::reasons; -1 none
    int angle = -1;   // index into PositioningFacts::angles; -1 none
};

struct CompetitorFact {
    std::int64_t id = 0;
    std::string name;
    std::optional<Date> firstSeen;  // the catalog's date, else its first deal
};

// A launch marked as a pivot that has reached "planned" (or gone further, not yet launched).
struct PivotLaunchFact {
    std::int64_t id = 0;
    std::string name;
    std::int64_t productId = 0;
    std::string product;
    Date since;  // the day it was last changed: a review of its product after it covers it
};

// A review held: its date and scope (none = all products or all segments).
struct ReviewFact {
    Date on;
    std::optional<std::int64_t> productId;
    std::optional<std::int64_t> segmentId;
};

// A product × segment with a positioning statement: the scopes that must be reviewed.
struct ScopeFact {
    std::int64_t productId = 0;
    std::string product;
    std::int64_t segmentId = 0;
    std::string segment;
    Date since;  // the first version of its statement
};

struct PositioningFacts {
    std::vector<DealFact> deals;
    std::vector<std::string> reasons;  // as first written; equal ignoring case are one reason
    std::vector<std::string> angles;
    std::vector<CompetitorFact> competitors;
    std::vector<PivotLaunchFact> pivots;
    std::vector<ReviewFact> reviews;
    std::vector<ScopeFact> scopes;
};

// The quarter index of DealFact::quarter for a date, and its text ("2026-Q3").
int quarterIndex(const Date& date);
std::string quarterText(int quarterIndex);

}  // namespace pmm::positioning
