#include "positioning/deal_values.h"

#include <array>
#include <cctype>

namespace pmm::positioning {

namespace {

std::string lettersOnly(std::string_view text) {
    std::string out;
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalpha(u) != 0 && u < 128) {
            out.push_back(static_cast<char>(std::tolower(u)));
        }
    }
    return out;
}

std::string_view withoutCurrency(std::string_view text) {
    static constexpr std::array<std::string_view, 4> kSigns = {"$", "\xE2\x82\xAC", "\xC2\xA3",
                                                               "\xC2\xA5"};
    for (const std::string_view sign : kSigns) {
        if (text.starts_with(sign)) {
            return trimmed(text.substr(sign.size()));
        }
        if (text.ends_with(sign)) {
            return trimmed(text.substr(0, text.size() - sign.size()));
        }
    }
    return text;
}

// The position of the decimal mark, or npos: the last '.' or ',' with 1-2 digits after it.
std::size_t decimalMark(std::string_view text) {
    const std::size_t mark = text.find_last_of(".,");
    if (mark == std::string_view::npos) {
        return mark;
    }
    const std::size_t digits = text.size() - mark - 1;
    return digits == 1 || digits == 2 ? mark : std::string_view::npos;
}

bool isGrouping(char c) {
    return c == '.' || c == ',' || c == ' ' || c == '\'';
}

}  // namespace

std::string_view trimmed(std::string_view text) {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos) {
        return {};
    }
    return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

std::optional<Date> parseDealDate(std::string_view text) {
    text = trimmed(text);
    if (text.size() > 10 && (text[10] == ' ' || text[10] == 'T')) {
        text = text.substr(0, 10);
    }
    if (text.size() != 10 || text[4] != text[7] || (text[4] != '-' && text[4] != '/')) {
        return std::nullopt;
    }
    std::string iso(text);
    iso[4] = '-';
    iso[7] = '-';
    return parseIsoDate(iso);
}

std::optional<Outcome> parseDealOutcome(std::string_view text) {
    const std::string word = lettersOnly(text);
    if (word == "won" || word == "closedwon" || word == "win") {
        return Outcome::Won;
    }
    if (word == "lost" || word == "closedlost" || word == "loss") {
        return Outcome::Lost;
    }
    if (word == "nodecision" || word == "closednodecision" || word == "closednodeal" ||
        word == "nodeal") {
        return Outcome::NoDecision;
    }
    return std::nullopt;
}

std::optional<std::int64_t> parseAmountCents(std::string_view text) {
    text = withoutCurrency(trimmed(text));
    if (text.empty() || std::isdigit(static_cast<unsigned char>(text.front())) == 0) {
        return std::nullopt;
    }
    const std::size_t mark = decimalMark(text);
    std::int64_t units = 0;
    std::int64_t cents = 0;
    int centDigits = 0;
    constexpr std::int64_t kLimit = 1'000'000'000'000LL;  // a trillion: surely a typo
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const bool afterMark = mark != std::string_view::npos && i > mark;
        if (std::isdigit(static_cast<unsigned char>(c)) != 0) {
            if (afterMark) {
                cents = cents * 10 + (c - '0');
                ++centDigits;
            } else if ((units = units * 10 + (c - '0')) > kLimit) {
                return std::nullopt;
            }
        } else if (i != mark && !isGrouping(c)) {
            return std::nullopt;
        }
    }
    return units * 100 + (centDigits == 1 ? cents * 10 : cents);
}

}  // namespace pmm::positioning
