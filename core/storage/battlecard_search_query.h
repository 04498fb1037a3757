#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace pmm::storage {

// Turns whatever the user typed into an FTS5 query that cannot fail to parse: every
// whitespace-separated word becomes a quoted string (embedded quotes doubled), so FTS5
// operators, column filters, parentheses, NEAR, '*', '-' and ':' are plain text that the
// tokenizer splits like card text. The words are AND-ed. The last word is also a prefix
// (as-you-type), unless the text ends in white space or the word is a single character
// (which would match nearly everything). Control characters count as white
// space and invalid UTF-8 is dropped. At most kMaxSearchWords words of the first
// kMaxSearchBytes bytes are used. Returns an empty string when nothing is left to search.
//   ftsQueryFor("pricing sec")     → "pricing" "sec"*
//   ftsQueryFor("NEAR(a \"b")      → "NEAR(a" """b"*
inline constexpr std::size_t kMaxSearchWords = 16;
inline constexpr std::size_t kMaxSearchBytes = 512;
std::string ftsQueryFor(std::string_view userText);

}  // namespace pmm::storage
