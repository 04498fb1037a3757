#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "util/dates.h"

namespace pmm::positioning {

enum class Outcome { Won, Lost, NoDecision };

// "won", "lost", "no_decision": the words stored in the workspace.
std::string_view outcomeKey(Outcome outcome);
std::optional<Outcome> outcomeFromKey(std::string_view key);
// "won", "lost", "no decision": the words shown to people.
std::string_view outcomeLabel(Outcome outcome);

// A win/loss record: one closed deal.
struct Deal {
    std::int64_t id = 0;  // 0 until stored
    std::string uid;      // assigned when stored, if empty
    std::string dealRef;  // the CRM's id of the deal; '' when unknown
    std::string name;
    Date closedOn;
    std::optional<std::int64_t> segmentId;
    std::optional<std::int64_t> productId;
    std::optional<std::int64_t> competitorId;  // none: no competitor in the deal
    Outcome outcome = Outcome::Lost;
    std::optional<std::int64_t> arrCents;
    std::string reason;
    std::string angle;
    std::string notes;
};

// What makes a deal the same deal in a later import: its CRM id, or else its close date,
// name and competitor (case-insensitive). Empty when the deal has neither id nor name.
std::string dedupeKey(const Deal& deal, std::string_view competitorName);

}  // namespace pmm::positioning
