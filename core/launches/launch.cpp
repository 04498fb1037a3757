#include "launches/launch.h"

namespace pmm::launches {

namespace {

bool blank(const std::string& text) {
    return text.find_first_not_of(" \t\r\n") == std::string::npos;
}

struct StatusNames {
    LaunchStatus status;
    std::string_view word;
    std::string_view label;
    std::string_view key;
};

constexpr std::array<StatusNames, 7> kNames = {{
    {LaunchStatus::Idea, "idea", "Idea", "idea"},
    {LaunchStatus::Candidate, "candidate", "Candidate", "candidate"},
    {LaunchStatus::Planned, "planned", "Planned", "planned"},
    {LaunchStatus::InProgress, "in progress", "In progress", "in_progress"},
    {LaunchStatus::Launched, "launched", "Launched", "launched"},
    {LaunchStatus::Reviewed, "reviewed", "Reviewed", "reviewed"},
    {LaunchStatus::Cancelled, "cancelled", "Cancelled", "cancelled"},
}};

const StatusNames& namesOf(LaunchStatus status) {
    return kNames[static_cast<size_t>(status)];
}

}  // namespace

std::string_view statusWord(LaunchStatus status) {
    return namesOf(status).word;
}

std::string_view statusLabel(LaunchStatus status) {
    return namesOf(status).label;
}

std::string_view statusKey(LaunchStatus status) {
    return namesOf(status).key;
}

std::optional<LaunchStatus> statusFromKey(std::string_view key) {
    for (const auto& names : kNames) {
        if (names.key == key) {
            return names.status;
        }
    }
    return std::nullopt;
}

bool requiresFrame(LaunchStatus status) {
    return status != LaunchStatus::Idea && status != LaunchStatus::Candidate &&
           status != LaunchStatus::Cancelled;
}

bool isOpen(LaunchStatus status) {
    return status == LaunchStatus::Idea || status == LaunchStatus::Candidate ||
           status == LaunchStatus::Planned || status == LaunchStatus::InProgress;
}

const CriterionScore& Launch::criterion(Criterion which) const {
    return forCriterion(which, revenueImpact, competitiveUrgency, customerDemand);
}

CriterionScore& Launch::criterion(Criterion which) {
    return forCriterion(which, revenueImpact, competitiveUrgency, customerDemand);
}

std::optional<TierCriteria> Launch::criteria() const {
    TierCriteria criteria;
    for (Criterion which : kCriteria) {
        const int value = criterion(which).score;
        if (value < kMinimumScore || value > kMaximumScore) {
            return std::nullopt;
        }
        criteria.set(which, value);
    }
    return criteria;
}

std::optional<int> Launch::tier() const {
    return overrideTier ? overrideTier : computedTier;
}

std::vector<std::string> missingFrame(const Launch& launch) {
    std::vector<std::string> missing;
    if (blank(launch.outcome)) {
        missing.emplace_back("customer outcome");
    }
    if (blank(launch.metric.name)) {
        missing.emplace_back("success metric");
    }
    if (blank(launch.metric.baseline)) {
        missing.emplace_back("success metric baseline");
    }
    if (blank(launch.metric.target)) {
        missing.emplace_back("success metric target");
    }
    if (!launch.metric.reviewDate || blank(*launch.metric.reviewDate)) {
        missing.emplace_back("success metric review date");
    }
    return missing;
}

std::string statusGateProblem(const Launch& launch) {
    if (!requiresFrame(launch.status)) {
        return {};
    }
    std::vector<std::string> missing = missingFrame(launch);
    if (launch.status == LaunchStatus::Reviewed &&
        (!launch.metric.actual || blank(*launch.metric.actual))) {
        missing.emplace_back("success metric actual");
    }
    if (missing.empty()) {
        return {};
    }
    return "Status: a launch needs its customer outcome and success metric before it can be " +
           std::string(statusWord(launch.status)) + ". Missing: " + joinWords(missing) + ".";
}

std::string joinWords(const std::vector<std::string>& words) {
    std::string out;
    for (size_t i = 0; i < words.size(); ++i) {
        if (i > 0) {
            out += i + 1 == words.size() ? " and " : ", ";
        }
        out += words[i];
    }
    return out;
}

}  // namespace pmm::launches
