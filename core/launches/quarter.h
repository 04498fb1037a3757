#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

#include "util/dates.h"

namespace pmm::launches {

// A calendar quarter, written "2026-Q3" everywhere (storage, exports, the command line).
struct Quarter {
    int year = 1970;
    int number = 1;  // 1-4

    friend bool operator==(const Quarter&, const Quarter&) = default;
    friend auto operator<=>(const Quarter&, const Quarter&) = default;
};

// Strict "YYYY-Qn" (years 1900-9999, n 1-4); surrounding spaces are not accepted.
std::optional<Quarter> parseQuarter(std::string_view text);
// The same, throwing WorkspaceError(Invalid): Quarter: "2026-Q5" is not a quarter (use YYYY-Qn)
Quarter requireQuarter(std::string_view text);
std::string toText(const Quarter& quarter);

Quarter quarterOf(const Date& date);
Date firstDay(const Quarter& quarter);
Date lastDay(const Quarter& quarter);
Quarter nextQuarter(const Quarter& quarter);
Quarter previousQuarter(const Quarter& quarter);

}  // namespace pmm::launches
