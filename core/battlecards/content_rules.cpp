#include "battlecards/content_rules.h"

#include <cctype>

#include "battlecards/battlecard_section.h"

namespace pmm::battlecards {

namespace {

constexpr const char* kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// Length of the valid UTF-8 sequence starting at text[i], or 0 when it is not valid
// (overlong forms, surrogates and code points above U+10FFFF are not valid).
std::size_t sequenceLength(std::string_view text, std::size_t i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char lead = byte(i);
    std::size_t length = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    if (lead < 0x80) {
        return 1;
    } else if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        low = lead == 0xE0 ? 0xA0 : 0x80;
        high = lead == 0xED ? 0x9F : 0xBF;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        low = lead == 0xF0 ? 0x90 : 0x80;
        high = lead == 0xF4 ? 0x8F : 0xBF;
    } else {
        return 0;
    }
    if (i + length > text.size()) {
        return 0;
    }
    if (byte(i + 1) < low || byte(i + 1) > high) {
        return 0;
    }
    for (std::size_t k = 2; k < length; ++k) {
        if (byte(i + k) < 0x80 || byte(i + k) > 0xBF) {
            return 0;
        }
    }
    return length;
}

std::size_t characters(const std::string& text) {
    std::size_t count = 0;
    for (unsigned char c : text) {
        count += (c & 0xC0) != 0x80 ? 1 : 0;
    }
    return count;
}

std::string lowerFirst(std::string_view label) {
    std::string out(label);
    if (!out.empty()) {
        out[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(out[0])));
    }
    return out;
}

template <class Item>
void normalizeAll(std::vector<Item>& items, std::initializer_list<std::string Item::*> fields) {
    for (Item& item : items) {
        for (auto field : fields) {
            item.*field = normalizedText(item.*field);
        }
    }
}

}  // namespace

std::string normalizedText(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\r') {
            out += '\n';
            i += (i + 1 < text.size() && text[i + 1] == '\n') ? 2 : 1;
            continue;
        }
        if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F) {
            ++i;
            continue;
        }
        const std::size_t length = sequenceLength(text, i);
        if (length == 0) {
            out += kReplacement;
            ++i;
            continue;
        }
        out.append(text.substr(i, length));
        i += length;
    }
    return out;
}

BattlecardContent normalizedContent(BattlecardContent content) {
    normalizeAll(content.overview, {&CardPoint::text});
    normalizeAll(content.pricingNotes, {&CardPoint::text});
    normalizeAll(content.whyWeWin, {&CardPoint::text});
    normalizeAll(content.whyWeLose, {&CardPoint::text});
    normalizeAll(content.landmines, {&CardPoint::text});
    normalizeAll(content.proofPoints, {&ProofPoint::story, &ProofPoint::number});
    normalizeAll(content.objections,
                 {&Objection::objection, &Objection::response, &Objection::proof});
    normalizeAll(content.decisionTree,
                 {&AngleRow::dealLooksLike, &AngleRow::leadWith, &AngleRow::because});
    return content;
}

std::optional<std::string> contentProblem(const BattlecardContent& content) {
    const std::string limit = std::to_string(kMaxFieldCharacters);
    for (CardSection section : kCardSections) {
        const std::string title(sectionTitle(section));
        const auto lines = linesOf(content, section);
        if (lines.size() > kMaxLinesPerSection) {
            return title + ": at most " + std::to_string(kMaxLinesPerSection) +
                   " lines (there are " + std::to_string(lines.size()) + ").";
        }
        const auto labels = sectionFields(section);
        for (std::size_t row = 0; row < lines.size(); ++row) {
            for (std::size_t f = 0; f < lines[row].fields.size(); ++f) {
                if (characters(lines[row].fields[f]) > kMaxFieldCharacters) {
                    return title + ", line " + std::to_string(row + 1) + ": the " +
                           lowerFirst(labels[f]) + " is longer than " + limit + " characters.";
                }
            }
        }
    }
    return std::nullopt;
}

}  // namespace pmm::battlecards
