#include "launches/quarter.h"

#include "storage/workspace_error.h"

namespace pmm::launches {

std::optional<Quarter> parseQuarter(std::string_view text) {
    if (text.size() != 7 || text[4] != '-' || text[5] != 'Q') {
        return std::nullopt;
    }
    int year = 0;
    for (int i = 0; i < 4; ++i) {
        const char c = text[static_cast<size_t>(i)];
        if (c < '0' || c > '9') {
            return std::nullopt;
        }
        year = year * 10 + (c - '0');
    }
    const char n = text[6];
    if (year < 1900 || n < '1' || n > '4') {
        return std::nullopt;
    }
    return Quarter{year, n - '0'};
}

Quarter requireQuarter(std::string_view text) {
    if (auto quarter = parseQuarter(text)) {
        return *quarter;
    }
    throw storage::WorkspaceError(
        storage::WorkspaceErrorKind::Invalid,
        "Quarter: \"" + std::string(text) + "\" is not a quarter (use YYYY-Qn).");
}

std::string toText(const Quarter& quarter) {
    std::string year = std::to_string(quarter.year);
    while (year.size() < 4) {
        year.insert(year.begin(), '0');
    }
    return year + "-Q" + std::to_string(quarter.number);
}

Quarter quarterOf(const Date& date) {
    return Quarter{date.year, (date.month - 1) / 3 + 1};
}

Date firstDay(const Quarter& quarter) {
    return Date{quarter.year, (quarter.number - 1) * 3 + 1, 1};
}

Date lastDay(const Quarter& quarter) {
    return addDays(firstDay(nextQuarter(quarter)), -1);
}

Quarter nextQuarter(const Quarter& quarter) {
    return quarter.number == 4 ? Quarter{quarter.year + 1, 1}
                               : Quarter{quarter.year, quarter.number + 1};
}

Quarter previousQuarter(const Quarter& quarter) {
    return quarter.number == 1 ? Quarter{quarter.year - 1, 4}
                               : Quarter{quarter.year, quarter.number - 1};
}

}  // namespace pmm::launches
