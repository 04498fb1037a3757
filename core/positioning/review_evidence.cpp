#include "positioning/review_evidence.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>

namespace pmm::positioning {

namespace {

std::string lowerCase(std::string text) {
    std::ranges::transform(text, text.begin(),
                           [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

bool matches(const std::optional<std::int64_t>& wanted, const std::optional<std::int64_t>& id) {
    return !wanted || wanted == id;
}

std::vector<ReasonCount> topReasons(const std::vector<const Deal*>& losses) {
    std::map<std::string, ReasonCount> byKey;
    for (const Deal* deal : losses) {
        if (deal->reason.empty()) {
            continue;
        }
        ReasonCount& entry = byKey[lowerCase(deal->reason)];
        if (entry.count++ == 0) {
            entry.reason = deal->reason;
        }
    }
    std::vector<ReasonCount> reasons;
    for (auto& [key, entry] : byKey) {
        reasons.push_back(std::move(entry));
    }
    std::ranges::stable_sort(reasons, std::greater<>(), &ReasonCount::count);
    if (reasons.size() > static_cast<std::size_t>(kTopReasons)) {
        reasons.resize(kTopReasons);
    }
    return reasons;
}

EvidenceWindow summarizeWindow(const std::vector<Deal>& deals, const ReviewScope& scope,
                               long fromDay, long toDay, int minDeals) {
    EvidenceWindow window;
    window.from = dateFromDays(fromDay);
    window.to = dateFromDays(toDay);
    std::vector<const Deal*> losses;
    for (const Deal& deal : deals) {
        const long day = daysSinceEpoch(deal.closedOn);
        if (day < fromDay || day > toDay || !inScope(deal, scope)) {
            continue;
        }
        window.winRate.add(deal.outcome);
        if (deal.outcome == Outcome::Lost) {
            losses.push_back(&deal);
        }
    }
    window.winRate.finish(minDeals);
    window.topLossReasons = topReasons(losses);
    return window;
}

std::string plural(long count, const char* word) {
    return std::to_string(count) + " " + word + (count == 1 ? "" : "s");
}

int percent(double share) {
    return static_cast<int>(std::lround(share * 100.0));
}

// "Last 90 days (2026-08-27 to 2026-11-24): 12 deals: 3 won, 8 lost, 1 no decision; win
// rate 27 % (...). Loss reasons: Pricing 5, Security review 2."
std::string windowText(const char* label, const EvidenceWindow& window) {
    const long days = daysSinceEpoch(window.to) - daysSinceEpoch(window.from) + 1;
    const WinRate& rate = window.winRate;
    std::string text = std::string(label) + " " + std::to_string(days) + " days (" +
                       toIsoText(window.from) + " to " + toIsoText(window.to) + "): ";
    const int total = rate.won + rate.lost + rate.noDecision;
    if (total == 0) {
        return text + "no deals.";
    }
    text += plural(total, "deal") + ": " + std::to_string(rate.won) + " won, " +
            std::to_string(rate.lost) + " lost, " + std::to_string(rate.noDecision) +
            " no decision; win rate " + rate.describe() + ".";
    if (!window.topLossReasons.empty()) {
        text += " Loss reasons:";
        for (std::size_t i = 0; i < window.topLossReasons.size(); ++i) {
            const ReasonCount& reason = window.topLossReasons[i];
            text += (i == 0 ? " " : ", ") + reason.reason + " " + std::to_string(reason.count);
        }
        text += ".";
    }
    return text;
}

std::string changeText(const ReviewEvidence& evidence) {
    const WinRate& now = evidence.current.winRate;
    const WinRate& before = evidence.previous.winRate;
    if (now.decided() == 0 || before.decided() == 0) {
        return "Change: not comparable (a window without decided deals).";
    }
    const int points = percent(now.rate()) - percent(before.rate());
    std::string text = "Change: win rate ";
    text += points == 0 ? std::string("unchanged")
                        : (points > 0 ? "up " : "down ") + plural(std::abs(points), "point");
    text += " against the previous window";
    if (!now.enough || !before.enough) {
        text += " (too few deals to judge)";
    }
    return text + ".";
}

std::string alertText(const AlertEvidence& alert) {
    std::string text = "Trigger: " + alert.sentence + ".";
    const std::size_t listed = std::min<std::size_t>(alert.deals.size(), kListedAlertDeals);
    for (std::size_t i = 0; i < listed; ++i) {
        const AlertDeal& deal = alert.deals[i];
        text += "\n- " + toIsoText(deal.closedOn) + " " + deal.name + ": " +
                std::string(outcomeLabel(deal.outcome));
        if (!deal.reason.empty()) {
            text += " (" + deal.reason + ")";
        }
    }
    if (alert.deals.size() > listed) {
        text += "\n- and " + plural(static_cast<long>(alert.deals.size() - listed), "more deal");
    }
    return text;
}

}  // namespace

bool inScope(const Deal& deal, const ReviewScope& scope) {
    return matches(scope.productId, deal.productId) && matches(scope.segmentId, deal.segmentId) &&
           matches(scope.competitorId, deal.competitorId);
}

ReviewEvidence summarizeEvidence(const std::vector<Deal>& deals, const ReviewScope& scope,
                                 const Date& today, int windowDays, int minDeals) {
    const long days = std::max(windowDays, 1);
    const long end = daysSinceEpoch(today);
    ReviewEvidence evidence;
    evidence.current = summarizeWindow(deals, scope, end - days + 1, end, minDeals);
    evidence.previous = summarizeWindow(deals, scope, end - 2 * days + 1, end - days, minDeals);
    return evidence;
}

std::string scopeSentence(const ScopeNames& names) {
    std::string text = names.product.empty() ? "every product" : names.product;
    text += names.segment.empty() ? " in every segment" : " in " + names.segment;
    if (!names.competitor.empty()) {
        text += " against " + names.competitor;
    }
    return text;
}

std::string evidenceText(const ReviewEvidence& evidence, const ScopeNames& names) {
    std::string text = "Scope: " + scopeSentence(names) + ".\n";
    if (evidence.alert) {
        text += alertText(*evidence.alert) + "\n";
    }
    text += windowText("Last", evidence.current) + "\n";
    text += windowText("Previous", evidence.previous) + "\n";
    text += changeText(evidence);
    return text;
}

}  // namespace pmm::positioning
