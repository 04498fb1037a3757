#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace pmm {

// A calendar date without time zone. Dates travel as ISO text (YYYY-MM-DD) everywhere.
struct Date {
    int year = 1970;
    int month = 1;
    int day = 1;

    friend bool operator==(const Date&, const Date&) = default;
    friend auto operator<=>(const Date&, const Date&) = default;
};

// Parses strict YYYY-MM-DD (a real calendar day, years 1900-9999).
std::optional<Date> parseIsoDate(std::string_view text);
std::string toIsoText(const Date& date);
// Days since 1970-01-01, for differences and additions.
long daysSinceEpoch(const Date& date);
Date dateFromDays(long days);
Date addDays(const Date& date, long days);
Date today();

}  // namespace pmm
