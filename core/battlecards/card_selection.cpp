#include "battlecards/card_selection.h"

#include <algorithm>
#include <optional>
#include <tuple>

namespace pmm::battlecards {

namespace {

std::string_view trimmed(std::string_view text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) {
        return {};
    }
    return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

std::string folded(std::string_view text) {
    std::string out(trimmed(text));
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c - 'A' + 'a');
        }
    }
    return out;
}

std::size_t editDistance(const std::string& a, const std::string& b) {
    std::vector<std::size_t> previous(b.size() + 1);
    std::vector<std::size_t> current(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) {
        previous[j] = j;
    }
    for (std::size_t i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

// The stored spelling of `typed`, when a name matches it.
std::optional<std::string> knownName(std::string_view typed,
                                     const std::vector<std::string>& names) {
    const auto found = std::find_if(names.begin(), names.end(),
                                    [&](const std::string& name) { return sameName(name, typed); });
    return found == names.end() ? std::nullopt : std::optional<std::string>(*found);
}

std::string quoted(std::string_view text) {
    return "'" + std::string(text) + "'";
}

std::string unknownName(std::string_view what, std::string_view typed,
                        const std::vector<std::string>& names) {
    std::string sentence = "unknown " + std::string(what) + " " + quoted(trimmed(typed));
    const std::vector<std::string> close = closeNames(typed, names);
    if (close.empty()) {
        return sentence;
    }
    sentence += " (did you mean ";
    for (std::size_t i = 0; i < close.size(); ++i) {
        sentence += i == 0 ? "" : i + 1 == close.size() ? " or " : ", ";
        sentence += quoted(close[i]);
    }
    return sentence + "?)";
}

std::string noCards(const std::optional<std::string>& competitor,
                    const std::optional<std::string>& segment) {
    if (!competitor && !segment) {
        return "no battlecards in this workspace";
    }
    std::string sentence = "no battlecards";
    if (competitor) {
        sentence += " for competitor " + quoted(*competitor);
    }
    if (segment) {
        sentence += " in segment " + quoted(*segment);
    }
    return sentence;
}

}  // namespace

bool sameName(std::string_view a, std::string_view b) {
    return folded(a) == folded(b);
}

std::vector<std::string> closeNames(std::string_view typed, const std::vector<std::string>& names,
                                    std::size_t limit) {
    const std::string wanted = folded(typed);
    if (wanted.empty()) {
        return {};
    }
    // A typo or two per word, or a part of the name ("acme" for "Acme Cloud").
    const std::size_t tolerance = std::max<std::size_t>(1, wanted.size() / 4);
    std::vector<std::tuple<std::size_t, std::string, std::string>> close;
    for (const std::string& name : names) {
        const std::string candidate = folded(name);
        const std::size_t distance = editDistance(wanted, candidate);
        const bool part = wanted.size() >= 3 && candidate.find(wanted) != std::string::npos;
        if (distance <= tolerance || part) {
            close.emplace_back(part ? std::min(distance, tolerance) : distance, candidate, name);
        }
    }
    std::sort(close.begin(), close.end());
    std::vector<std::string> result;
    for (const auto& [distance, key, name] : close) {
        if (result.size() == limit) {
            break;
        }
        if (std::find(result.begin(), result.end(), name) == result.end()) {
            result.push_back(name);
        }
    }
    return result;
}

CardSelectionResult selectCards(const std::vector<BattlecardRow>& rows,
                                const CardSelection& selection,
                                const std::vector<std::string>& competitors,
                                const std::vector<std::string>& segments) {
    CardSelectionResult result;
    const bool byCompetitor = !trimmed(selection.competitor).empty();
    const bool bySegment = !trimmed(selection.segment).empty();
    std::optional<std::string> competitor;
    std::optional<std::string> segment;
    if (byCompetitor && !(competitor = knownName(selection.competitor, competitors))) {
        result.problem = unknownName("competitor", selection.competitor, competitors);
        return result;
    }
    if (bySegment && !(segment = knownName(selection.segment, segments))) {
        result.problem = unknownName("segment", selection.segment, segments);
        return result;
    }
    // Sorted by keys made once: a selection may hold every card of a large workspace.
    std::vector<std::tuple<std::string, std::string, std::int64_t>> chosen;
    for (const BattlecardRow& row : rows) {
        if ((!competitor || sameName(row.competitor, *competitor)) &&
            (!segment || sameName(row.segment, *segment))) {
            chosen.emplace_back(folded(row.competitor), folded(row.segment), row.id);
        }
    }
    if (chosen.empty()) {
        result.problem = noCards(competitor, segment);
        return result;
    }
    std::sort(chosen.begin(), chosen.end());
    result.cardIds.reserve(chosen.size());
    for (const auto& each : chosen) {
        result.cardIds.push_back(std::get<2>(each));
    }
    return result;
}

}  // namespace pmm::battlecards
