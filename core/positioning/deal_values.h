#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "positioning/deal.h"
#include "util/dates.h"

namespace pmm::positioning {

// A close date as CRMs export it: YYYY-MM-DD or YYYY/MM/DD, optionally followed by a time
// ("2026-03-15 14:02:00", "2026-03-15T14:02:00Z"). Day-first and month-first dates are
// refused: 03/04/2026 means two different days in two countries.
std::optional<Date> parseDealDate(std::string_view text);

// An outcome in a CRM's words, ignoring case, spaces and punctuation: won / closed won /
// win, lost / closed lost / loss, no decision / closed no decision / no_decision.
std::optional<Outcome> parseDealOutcome(std::string_view text);

// An amount in hundredths: "12500", "12,500.50", "12.500,50", "$ 12 500", "€12'500". The
// last '.' or ',' followed by one or two digits is the decimal mark; other '.', ',', ' ' and
// '\'' group thousands; one leading currency sign ($ € £ ¥) is allowed. Negative and
// non-numbers are refused.
std::optional<std::int64_t> parseAmountCents(std::string_view text);

// Text without surrounding spaces and tabs.
std::string_view trimmed(std::string_view text);

}  // namespace pmm::positioning
