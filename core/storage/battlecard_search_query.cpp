#include "storage/battlecard_search_query.h"

#include <algorithm>
#include <vector>

#include "battlecards/content_rules.h"

namespace pmm::storage {

namespace {

// True when `word` has something the tokenizer could index: a letter or digit, or any
// non-ASCII character (FTS5's unicode61 decides about those). A word of ASCII punctuation
// only would be an empty phrase, which matches nothing and only costs time.
bool searchable(std::string_view word) {
    for (unsigned char c : word) {
        if (c >= 0x80 || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) {
            return true;
        }
    }
    return false;
}

}  // namespace

std::string ftsQueryFor(std::string_view userText) {
    // Control characters separate words (normalization alone would join "a\tb" to "ab").
    std::string spaced(userText.substr(0, kMaxSearchBytes));
    for (char& c : spaced) {
        const auto byte = static_cast<unsigned char>(c);
        c = byte < 0x20 || byte == 0x7F ? ' ' : c;
    }
    // Cutting at a byte limit may split a character: normalization drops the broken end...
    const std::string text = battlecards::normalizedText(spaced);
    // ...as a U+FFFD, which is searchable text to FTS5 and is removed here with the rest.
    std::string cleaned;
    cleaned.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text.compare(i, 3, "\xEF\xBF\xBD") == 0) {
            cleaned += ' ';
            i += 2;
        } else {
            cleaned += text[i];
        }
    }

    std::vector<std::string_view> words;
    std::size_t start = std::string::npos;
    for (std::size_t i = 0; i <= cleaned.size(); ++i) {
        const bool space = i == cleaned.size() || cleaned[i] == ' ';
        if (!space && start == std::string::npos) {
            start = i;
        } else if (space && start != std::string::npos) {
            const std::string_view word(cleaned.data() + start, i - start);
            if (searchable(word) && words.size() < kMaxSearchWords) {
                words.push_back(word);
            }
            start = std::string::npos;
        }
    }
    if (words.empty()) {
        return {};
    }
    // Only when the text ends inside the last kept word: "pricing " or "pricing -" is done.
    // A single character is not a prefix: nearly every card has a word starting with any
    // letter, so it would find everything, slowly, at the first keystroke.
    const auto characters = std::count_if(words.back().begin(), words.back().end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    });
    const bool endsInLastWord =
        words.back().data() + words.back().size() == cleaned.data() + cleaned.size();
    const bool lastIsPartial = endsInLastWord && characters > 1;
    // A single character typed after other words waits for the next keystroke: as a whole
    // word it would match almost nothing, and the list would empty for a moment ("security
    // r" shows what "security" finds, "security re" narrows it).
    if (endsInLastWord && characters == 1 && words.size() > 1) {
        words.pop_back();
    }

    std::string query;
    for (std::size_t w = 0; w < words.size(); ++w) {
        if (w > 0) {
            query += ' ';
        }
        query += '"';
        for (char c : words[w]) {
            query += c;
            if (c == '"') {
                query += '"';
            }
        }
        query += '"';
    }
    if (lastIsPartial) {
        query += '*';
    }
    return query;
}

}  // namespace pmm::storage
