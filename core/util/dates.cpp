#include "util/dates.h"

#include <chrono>
#include <cstdio>

namespace pmm {

namespace chr = std::chrono;

std::optional<Date> parseIsoDate(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
        return std::nullopt;
    }
    int parts[3] = {0, 0, 0};
    const int starts[3] = {0, 5, 8};
    const int lengths[3] = {4, 2, 2};
    for (int p = 0; p < 3; ++p) {
        for (int i = 0; i < lengths[p]; ++i) {
            const char c = text[static_cast<size_t>(starts[p] + i)];
            if (c < '0' || c > '9') {
                return std::nullopt;
            }
            parts[p] = parts[p] * 10 + (c - '0');
        }
    }
    const chr::year_month_day ymd{chr::year{parts[0]}, chr::month{static_cast<unsigned>(parts[1])},
                                  chr::day{static_cast<unsigned>(parts[2])}};
    if (!ymd.ok() || parts[0] < 1900) {
        return std::nullopt;
    }
    return Date{parts[0], parts[1], parts[2]};
}

std::string toIsoText(const Date& date) {
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02d-%02d", date.year, date.month, date.day);
    return text;
}

long daysSinceEpoch(const Date& date) {
    const chr::sys_days days{chr::year{date.year} / chr::month{static_cast<unsigned>(date.month)} /
                             chr::day{static_cast<unsigned>(date.day)}};
    return static_cast<long>(days.time_since_epoch().count());
}

Date dateFromDays(long days) {
    const chr::year_month_day ymd{chr::sys_days{chr::days{days}}};
    return Date{static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
                static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

Date addDays(const Date& date, long days) {
    return dateFromDays(daysSinceEpoch(date) + days);
}

Date today() {
    const auto now = chr::floor<chr::days>(chr::system_clock::now());
    return dateFromDays(static_cast<long>(now.time_since_epoch().count()));
}

}  // namespace pmm
