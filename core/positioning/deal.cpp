#include "positioning/deal.h"

#include <algorithm>
#include <cctype>

namespace pmm::positioning {

namespace {

std::string lowerCase(std::string_view text) {
    std::string lower(text);
    std::ranges::transform(lower, lower.begin(),
                           [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return lower;
}

}  // namespace

std::string_view outcomeKey(Outcome outcome) {
    switch (outcome) {
        case Outcome::Won:
            return "won";
        case Outcome::Lost:
            return "lost";
        case Outcome::NoDecision:
            return "no_decision";
    }
    return "lost";
}

std::optional<Outcome> outcomeFromKey(std::string_view key) {
    for (const Outcome outcome : {Outcome::Won, Outcome::Lost, Outcome::NoDecision}) {
        if (outcomeKey(outcome) == key) {
            return outcome;
        }
    }
    return std::nullopt;
}

std::string_view outcomeLabel(Outcome outcome) {
    return outcome == Outcome::NoDecision ? "no decision" : outcomeKey(outcome);
}

std::string dedupeKey(const Deal& deal, std::string_view competitorName) {
    if (!deal.dealRef.empty()) {
        return "id:" + deal.dealRef;
    }
    if (deal.name.empty()) {
        return {};
    }
    return "key:" + toIsoText(deal.closedOn) + "|" + lowerCase(deal.name) + "|" +
           lowerCase(competitorName);
}

}  // namespace pmm::positioning
