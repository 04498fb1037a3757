#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "positioning/deal.h"
#include "positioning/win_rate.h"
#include "util/dates.h"

namespace pmm::positioning {

// What a positioning review covers: none means every product, every segment, no one
// competitor in particular.
struct ReviewScope {
    std::optional<std::int64_t> productId;
    std::optional<std::int64_t> segmentId;
    std::optional<std::int64_t> competitorId;
};

// The names of a scope for sentences; empty for "all".
struct ScopeNames {
    std::string product;
    std::string segment;
    std::string competitor;
};

struct ReasonCount {
    std::string reason;  // as first written; reasons equal ignoring case count as one
    int count = 0;
};

// The deals of one window of days (both ends included).
struct EvidenceWindow {
    Date from;
    Date to;
    WinRate winRate;
    std::vector<ReasonCount> topLossReasons;  // most frequent first, at most kTopReasons
};

// A deal named by the alert that started the review.
struct AlertDeal {
    Date closedOn;
    std::string name;
    Outcome outcome = Outcome::Lost;
    std::string reason;
};

// The alert that started the review: its sentence and the deals behind it.
struct AlertEvidence {
    std::string sentence;
    std::vector<AlertDeal> deals;  // newest first
};

// The win/loss summary a review starts from: the last window against the one before.
struct ReviewEvidence {
    EvidenceWindow current;
    EvidenceWindow previous;
    std::optional<AlertEvidence> alert;
};

inline constexpr int kTopReasons = 3;
// An alert's deals listed in the evidence text, newest first; the rest are counted.
inline constexpr int kListedAlertDeals = 10;

// Whether a deal falls in the scope (a scope without a product takes every product, ...).
bool inScope(const Deal& deal, const ReviewScope& scope);

// The summary of the deals in scope: the `windowDays` days ending `today` (today included)
// and the same number of days before; win rates use `minDeals` for "too few deals to judge".
ReviewEvidence summarizeEvidence(const std::vector<Deal>& deals, const ReviewScope& scope,
                                 const Date& today, int windowDays, int minDeals);

// "Atlas in Mid-market against Globex", "every product in every segment".
std::string scopeSentence(const ScopeNames& names);

// The evidence as plain text, prefilled into the review's evidence field: scope, trigger
// with its deals, both windows with counts, win rate and loss reasons, and the change.
std::string evidenceText(const ReviewEvidence& evidence, const ScopeNames& names);

}  // namespace pmm::positioning
