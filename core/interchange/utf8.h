#pragma once

#include <cstddef>
#include <string_view>

namespace pmm::interchange {

// The length of the well-formed UTF-8 sequence starting at text[i] (1 for ASCII), or 0 when
// the bytes there are not UTF-8 (overlong forms, surrogates, beyond U+10FFFF, truncated).
std::size_t utf8SequenceLength(std::string_view text, std::size_t i);

bool isUtf8(std::string_view text);

}  // namespace pmm::interchange
