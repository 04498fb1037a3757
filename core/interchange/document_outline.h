#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string_view>
#include <vector>

namespace pmm::interchange {

// One piece of a document's top level, as text: a member's whole value, or one element of a
// top-level array that is split.
struct OutlinePiece {
    std::string_view key;                // the top-level key
    std::optional<std::size_t> element;  // the element's index; nothing for a whole value
    std::string_view text;               // the value's text, without surrounding space
};

// The pieces of a document whose top level is an object, in document order, found by a fast
// scan that only follows strings and brackets (it does not parse): the elements of each array
// `splits(key)` names are pieces of their own, every other member is one piece.
//
// Nothing when the document is anything but plain: a top level that is not an object, a key
// with escapes or characters other than printable ASCII, a key stated twice, text between
// the pieces that is not exactly JSON punctuation and space. What the pieces hold is not
// checked: the parser checks each piece, and a piece that does not parse alone means the
// whole document is parsed in one go, which reports exactly what is wrong.
std::optional<std::vector<OutlinePiece>> outlineDocument(
    std::string_view text, const std::function<bool(std::string_view key)>& splits);

}  // namespace pmm::interchange
