#include "team/evidence_suggestion.h"

#include "launches/quarter.h"
#include "team/metric_target.h"

namespace pmm::team {

using launches::Launch;
using launches::LaunchStatus;

namespace {

std::string times(int n) {
    return n == 1 ? std::string("once") : std::to_string(n) + " times";
}

// What became of the launch, after the dash of its sentence.
std::string outcomeOf(const Launch& launch, const std::optional<bool>& met) {
    const launches::SuccessMetric& metric = launch.metric;
    switch (launch.status) {
        case LaunchStatus::Reviewed: {
            if (!metric.actual) {
                return "reviewed";
            }
            std::string out = "reviewed: " + (metric.name.empty() ? "the metric" : metric.name) +
                              " " + *metric.actual + " against a target of " + metric.target;
            if (met) {
                out += *met ? ", target met" : ", target missed";
            } else {
                out += " (not comparable as numbers)";
            }
            return out;
        }
        case LaunchStatus::Launched:
            return metric.reviewDate ? "launched; the 30-day review is due " + *metric.reviewDate
                                     : std::string("launched");
        default:
            return std::string(launches::statusWord(launch.status));
    }
}

}  // namespace

bool launchInPeriod(const Launch& launch, const EvidencePeriod& period) {
    if (launch.targetDate) {
        if (const auto day = parseIsoDate(*launch.targetDate)) {
            return period.contains(*day);
        }
    }
    const auto quarter = launches::parseQuarter(launch.quarter);
    return quarter && launches::firstDay(*quarter) <= period.to &&
           period.from <= launches::lastDay(*quarter);
}

EvidenceSuggestion launchSuggestion(const Launch& launch) {
    EvidenceSuggestion out;
    out.tier = launch.tier();
    out.targetMet = metricTargetMet(launch.metric);
    const std::string tier = out.tier ? "Tier " + std::to_string(*out.tier) : "not tiered";
    out.link = {std::string(kLaunchEvidence), launch.uid,
                launch.name + " (" + launch.quarter + ", " + tier + ")"};
    if (launch.targetDate && parseIsoDate(*launch.targetDate)) {
        out.date = *launch.targetDate;
    } else if (const auto quarter = launches::parseQuarter(launch.quarter)) {
        out.date = toIsoText(launches::lastDay(*quarter));
    }
    out.sentence = "Owned " + launch.name + " (" + tier + ", " + launch.quarter + ") — " +
                   outcomeOf(launch, out.targetMet) + ".";
    return out;
}

EvidenceSuggestion battlecardSuggestion(const CardRefreshRecord& record) {
    EvidenceSuggestion out;
    const std::string card = record.competitor + " — " + record.segment + " battlecard";
    out.link = {std::string(kBattlecardEvidence), record.cardUid, card};
    out.date = record.lastRefreshed;
    out.onTime = record.onTime == record.refreshes;
    std::string timing;
    if (*out.onTime) {
        timing = record.refreshes == 1 ? "on time" : "all on time";
    } else if (record.onTime == 0) {
        timing = record.refreshes == 1 ? "late" : "all late";
    } else {
        timing = std::to_string(record.refreshes - record.onTime) + " late";
    }
    out.sentence = (*out.onTime ? "Kept the " + card + " current: refreshed "
                                : "Refreshed the " + card + " ") +
                   times(record.refreshes) + ", " + timing + " (due every " +
                   std::to_string(record.intervalDays) + " days), last on " + record.lastRefreshed +
                   ".";
    return out;
}

EvidenceSuggestion reviewSuggestion(const ReviewRecord& record) {
    EvidenceSuggestion out;
    const std::string scope = record.scope.empty() ? "every product" : record.scope;
    out.link = {std::string(kReviewEvidence), record.reviewUid,
                "Positioning review of " + scope + " (" + record.reviewedOn + ")"};
    out.date = record.reviewedOn;
    std::string company;
    if (record.participants == 2) {
        company = " with 1 other";
    } else if (record.participants > 2) {
        company = " with " + std::to_string(record.participants - 1) + " others";
    }
    std::string outcome = "the positioning was kept";
    if (record.decision == "refine") {
        outcome = "the positioning was refined";
    } else if (record.decision == "reposition") {
        outcome = "the product was repositioned";
    }
    out.sentence = "Took part in the positioning review of " + scope + " (" + record.trigger + ")" +
                   company + ": " + outcome + ".";
    return out;
}

}  // namespace pmm::team
