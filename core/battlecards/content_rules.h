#pragma once

#include <optional>
#include <string>

#include "battlecards/battlecard.h"

namespace pmm::battlecards {

// Limits that keep a card a card: generous for real use, small enough that a pasted file
// cannot make the workspace, the search index or a PDF unusable.
inline constexpr std::size_t kMaxFieldCharacters = 20'000;
inline constexpr std::size_t kMaxLinesPerSection = 200;

// The content as it is stored: line breaks made "\n", other control characters removed (so
// search can mark matches with \x02 and \x03, which then never occur in card text), and
// invalid UTF-8 bytes replaced by U+FFFD.
BattlecardContent normalizedContent(BattlecardContent content);
std::string normalizedText(std::string_view text);

// The first rule `content` breaks, as a sentence naming the section and line ("Objection
// handling, line 3: the response is longer than 20000 characters."); empty when it is fine.
std::optional<std::string> contentProblem(const BattlecardContent& content);

}  // namespace pmm::battlecards
