#include "battlecards/search_hit.h"

namespace pmm::battlecards {

std::string_view matchTitle(const SearchMatch& match) {
    switch (match.field) {
        case SearchField::Competitor:
            return "Competitor";
        case SearchField::Segment:
            return "Segment";
        case SearchField::Section:
            return sectionTitle(match.section);
    }
    return "";
}

std::vector<SnippetPart> splitSnippet(std::string_view snippet) {
    std::vector<SnippetPart> parts;
    bool inMatch = false;
    std::string current;
    const auto flush = [&] {
        if (!current.empty()) {
            parts.push_back({std::move(current), inMatch});
            current.clear();
        }
    };
    for (char c : snippet) {
        if (c == kMatchStart || c == kMatchEnd) {
            flush();
            inMatch = c == kMatchStart;
        } else {
            current += c;
        }
    }
    flush();
    return parts;
}

}  // namespace pmm::battlecards
