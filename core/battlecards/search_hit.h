#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "battlecards/battlecard_section.h"

namespace pmm::battlecards {

// Search marks each match in a snippet with these two control characters: STX before, ETX
// after. Stored card text never contains them (normalizedContent removes control
// characters), so a UI can split on them, escape every part, and embolden the marked ones
// without any chance of mistaking the user's own text ("<b>", "**", "[") for a marker.
inline constexpr char kMatchStart = '\x02';
inline constexpr char kMatchEnd = '\x03';
// Put where a snippet cuts text off.
inline constexpr const char* kSnippetEllipsis = "\u2026";

// Where a match was found: one of the card's names, or a section.
enum class SearchField { Competitor, Segment, Section };

struct SearchMatch {
    SearchField field = SearchField::Section;
    CardSection section = CardSection::Overview;  // when field is Section
    friend bool operator==(const SearchMatch&, const SearchMatch&) = default;
};
std::string_view matchTitle(const SearchMatch& match);  // "Competitor", "Pricing notes"

struct BattlecardSearchHit {
    std::int64_t cardId = 0;
    std::string competitor;
    std::string segment;
    std::string owner;             // empty when unassigned
    SearchMatch best;              // where the most matches are; the snippet comes from there
    std::vector<SearchMatch> all;  // every field with a match, in template order
    std::string snippet;           // with kMatchStart / kMatchEnd around each match
    double score = 0;              // FTS5 rank: lower is better
};

// A snippet cut into plain and matched parts, markers removed.
struct SnippetPart {
    std::string text;
    bool match = false;
    friend bool operator==(const SnippetPart&, const SnippetPart&) = default;
};
std::vector<SnippetPart> splitSnippet(std::string_view snippet);

}  // namespace pmm::battlecards
