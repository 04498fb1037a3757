#pragma once

#include <optional>
#include <string>

#include "launches/launch.h"
#include "team/evidence_link.h"
#include "util/dates.h"

namespace pmm::team {

// The days an assessment looks back on, both ends included (an assessment cycle, a quarter).
struct EvidencePeriod {
    Date from;
    Date to;

    bool contains(const Date& day) const { return from <= day && day <= to; }
};

// Something the workspace already holds that could back an assessment, ready to attach.
struct EvidenceSuggestion {
    EvidenceLink link;              // what attaching it stores
    std::string date;               // when it happened (YYYY-MM-DD); lists show the newest first
    std::string sentence;           // what it shows, for the assessor to read
    std::optional<int> tier;        // launches: the tier in force
    std::optional<bool> targetMet;  // launches: the metric against its target, once measured
    std::optional<bool> onTime;     // battlecards: every refresh in the period was on time
};

// A launch belongs to a period when its target date falls in it; without a target date, when
// its quarter overlaps the period.
bool launchInPeriod(const launches::Launch& launch, const EvidencePeriod& period);

// "Owned Atlas 2.0 (Tier 1, 2026-Q2) — reviewed: Enterprise win rate 43 % against a target of
// 40 %, target met."
EvidenceSuggestion launchSuggestion(const launches::Launch& launch);

// The refreshes one person made of one card within a period.
struct CardRefreshRecord {
    std::string cardUid;
    std::string competitor;
    std::string segment;
    int intervalDays = 91;
    int refreshes = 0;
    int onTime = 0;             // refreshes made within the interval after the previous one
    std::string lastRefreshed;  // YYYY-MM-DD
};

// "Kept the Globex — Enterprise battlecard current: refreshed 2 times, all on time (every 91
// days at most)."
EvidenceSuggestion battlecardSuggestion(const CardRefreshRecord& record);

// A positioning review one person took part in.
struct ReviewRecord {
    std::string reviewUid;
    std::string reviewedOn;  // YYYY-MM-DD
    std::string trigger;     // what started it, in words: "failed-deal pattern"
    std::string scope;       // "Atlas · Enterprise · against Globex"; empty: everything
    std::string decision;    // "keep", "refine" or "reposition"
    int participants = 1;
};

// "Took part in the positioning review of Atlas · Enterprise (failed-deal pattern) with 2
// others: the positioning was refined."
EvidenceSuggestion reviewSuggestion(const ReviewRecord& record);

}  // namespace pmm::team
