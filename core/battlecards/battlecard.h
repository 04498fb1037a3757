#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "util/dates.h"

namespace pmm::battlecards {

// Every line of a card can be kept from Sales: internal-only lines stay in the app and never
// reach the sales PDF (see salesView).

// A line of a plain list section: overview, why we win, why we lose, landmines, pricing notes.
struct CardPoint {
    std::string text;
    bool internalOnly = false;
    friend bool operator==(const CardPoint&, const CardPoint&) = default;
};

// A customer story with the number that makes it credible ("cut close time by 38 %").
struct ProofPoint {
    std::string story;
    std::string number;
    bool internalOnly = false;
    friend bool operator==(const ProofPoint&, const ProofPoint&) = default;
};

// What the buyer says, what the rep answers, and what backs the answer up.
struct Objection {
    std::string objection;
    std::string response;
    std::string proof;
    bool internalOnly = false;
    friend bool operator==(const Objection&, const Objection&) = default;
};

// A row of the angle decision tree: when the deal looks like X, lead with Y, because Z.
struct AngleRow {
    std::string dealLooksLike;
    std::string leadWith;
    std::string because;
    bool internalOnly = false;
    friend bool operator==(const AngleRow&, const AngleRow&) = default;
};

// The text of a card, section by section in template order: what a revision snapshots, what
// a diff compares and what search indexes.
struct BattlecardContent {
    std::vector<CardPoint> overview;
    std::vector<CardPoint> whyWeWin;
    std::vector<CardPoint> whyWeLose;
    std::vector<Objection> objections;
    std::vector<CardPoint> landmines;
    std::vector<ProofPoint> proofPoints;
    std::vector<CardPoint> pricingNotes;
    std::vector<AngleRow> decisionTree;
    friend bool operator==(const BattlecardContent&, const BattlecardContent&) = default;
};

// A quarter: the default time between refreshes (a workspace setting may change it).
inline constexpr int kDefaultRefreshIntervalDays = 91;
inline constexpr int kMinRefreshIntervalDays = 1;
inline constexpr int kMaxRefreshIntervalDays = 3660;

// One competitor in one segment. The competitor and segment are fixed once created: a card
// for another pair is another card.
struct Battlecard {
    std::int64_t id = 0;  // 0 until stored
    std::string uid;      // assigned when stored, if empty
    std::int64_t competitorId = 0;
    std::int64_t segmentId = 0;
    std::optional<std::int64_t> ownerId;  // empty: unassigned
    Date lastRefreshed;
    int refreshIntervalDays = kDefaultRefreshIntervalDays;
    bool refreshRequired = false;
    std::optional<std::int64_t> refreshLaunchId;  // the competitor launch that flagged it
    std::string createdAt;                        // ISO-8601 UTC, set by the store
    std::string updatedAt;
    BattlecardContent content;
};

// Who made a change: a person of the workspace, or just a name (an import, a script). The
// name is kept with the revision so history outlives people.
struct CardEditor {
    std::optional<std::int64_t> personId;
    std::string name;  // may be empty when personId is set: the person's name is used
};

}  // namespace pmm::battlecards
