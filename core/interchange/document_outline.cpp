#include "interchange/document_outline.h"

#include <cstdint>
#include <cstring>
#include <string_view>
#include <unordered_set>

namespace pmm::interchange {

namespace {

bool isSpace(char c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

// The characters a number or a literal (true, false, null) is made of; the parser decides
// whether they make one.
bool isScalarCharacter(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' ||
           c == '+' || c == '.';
}

// A key that means what it says: printable ASCII without escapes.
bool isPlainKeyCharacter(char c) {
    return c >= 0x20 && c < 0x7f && c != '\\';
}

// Eight bytes at a time, with the classic "has a zero byte" bit tricks.
constexpr std::uint64_t kOnes = 0x0101010101010101;

bool hasZeroByte(std::uint64_t word) {
    return ((word - kOnes) & ~word & (kOnes * 0x80)) != 0;
}

// '[' and ']' differ from '{' and '}' only in bit 0x20.
bool hasQuoteOrBracket(std::uint64_t word) {
    const std::uint64_t folded = word | (kOnes * 0x20);
    return hasZeroByte(word ^ (kOnes * '"')) || hasZeroByte(folded ^ (kOnes * '{')) ||
           hasZeroByte(folded ^ (kOnes * '}'));
}

// Moves `at` over the whole words of eight bytes that hold no quote and no bracket.
void skipPlainWords(const char*& at, const char* end) {
    for (std::uint64_t word = 0; end - at >= 8; at += 8) {
        std::memcpy(&word, at, 8);
        if (hasQuoteOrBracket(word)) {
            return;
        }
    }
}

// Walks the text by its punctuation. Every step returns false on text it cannot follow.
class Scanner {
public:
    explicit Scanner(std::string_view text) : m_at(text.data()), m_end(text.data() + text.size()) {}

    bool atEnd() const { return m_at == m_end; }
    const char* at() const { return m_at; }

    void skipSpace() {
        while (m_at != m_end && isSpace(*m_at)) {
            ++m_at;
        }
    }
    // Consumes `c` after optional space.
    bool expect(char c) {
        skipSpace();
        if (m_at == m_end || *m_at != c) {
            return false;
        }
        ++m_at;
        return true;
    }
    bool peek(char c) {
        skipSpace();
        return m_at != m_end && *m_at == c;
    }

    // A key of plain characters; its text is the key itself.
    bool plainKey(std::string_view& key) {
        if (!expect('"')) {
            return false;
        }
        const char* start = m_at;
        while (m_at != m_end && isPlainKeyCharacter(*m_at) && *m_at != '"') {
            ++m_at;
        }
        if (m_at == m_end || *m_at != '"') {
            return false;
        }
        key = std::string_view(start, static_cast<std::size_t>(m_at - start));
        ++m_at;
        return true;
    }

    // Moves past one value starting here (no space before it) and gives its text.
    bool value(std::string_view& text) {
        const char* start = m_at;
        if (m_at == m_end) {
            return false;
        }
        bool found = false;
        if (*m_at == '{' || *m_at == '[') {
            found = container();
        } else if (*m_at == '"') {
            found = string();
        } else if (*m_at == '-' || (*m_at >= '0' && *m_at <= '9') || *m_at == 't' || *m_at == 'f' ||
                   *m_at == 'n') {
            while (m_at != m_end && isScalarCharacter(*m_at)) {
                ++m_at;
            }
            found = true;
        }
        text = std::string_view(start, static_cast<std::size_t>(m_at - start));
        return found;
    }

private:
    // Past the closing quote of the string opened here: the first quote not escaped by an
    // odd number of backslashes.
    bool string() {
        const char* open = m_at++;
        for (;;) {
            const void* found = std::memchr(m_at, '"', static_cast<std::size_t>(m_end - m_at));
            if (found == nullptr) {
                return false;
            }
            const char* quote = static_cast<const char*>(found);
            const char* escapes = quote;
            while (escapes - 1 > open && escapes[-1] == '\\') {
                --escapes;
            }
            m_at = quote + 1;
            if ((quote - escapes) % 2 == 0) {
                return true;
            }
        }
    }

    // Past the bracket that closes the one opened here, counting brackets outside strings
    // (whether they pair up is the parser's to judge).
    bool container() {
        std::size_t depth = 0;
        while (m_at != m_end) {
            skipPlainWords(m_at, m_end);
            if (m_at == m_end) {
                break;
            }
            switch (*m_at) {
                case '"':
                    if (!string()) {
                        return false;
                    }
                    continue;
                case '{':
                case '[':
                    ++depth;
                    break;
                case '}':
                case ']':
                    if (--depth == 0) {
                        ++m_at;
                        return true;
                    }
                    break;
                default:
                    break;
            }
            ++m_at;
        }
        return false;
    }

    const char* m_at;
    const char* m_end;
};

// The elements of the array opening here, each a piece.
bool splitArray(Scanner& scan, std::string_view key, std::vector<OutlinePiece>& pieces) {
    if (!scan.expect('[')) {
        return false;
    }
    if (scan.peek(']')) {
        return scan.expect(']');
    }
    for (std::size_t index = 0;; ++index) {
        std::string_view text;
        scan.skipSpace();
        if (!scan.value(text)) {
            return false;
        }
        pieces.push_back(OutlinePiece{key, index, text});
        if (scan.expect(']')) {
            return true;
        }
        if (!scan.expect(',')) {
            return false;
        }
    }
}

bool member(Scanner& scan, const std::function<bool(std::string_view)>& splits,
            std::unordered_set<std::string_view>& keys, std::vector<OutlinePiece>& pieces) {
    std::string_view key;
    if (!scan.plainKey(key) || !keys.insert(key).second || !scan.expect(':')) {
        return false;
    }
    if (scan.peek('[') && splits(key)) {
        return splitArray(scan, key, pieces);
    }
    std::string_view text;
    if (!scan.value(text)) {
        return false;
    }
    pieces.push_back(OutlinePiece{key, std::nullopt, text});
    return true;
}

}  // namespace

std::optional<std::vector<OutlinePiece>> outlineDocument(
    std::string_view text, const std::function<bool(std::string_view key)>& splits) {
    Scanner scan(text);
    std::vector<OutlinePiece> pieces;
    std::unordered_set<std::string_view> keys;
    if (!scan.expect('{')) {
        return std::nullopt;
    }
    if (!scan.peek('}')) {
        do {
            if (!member(scan, splits, keys, pieces)) {
                return std::nullopt;
            }
        } while (scan.expect(','));
    }
    if (!scan.expect('}')) {
        return std::nullopt;
    }
    scan.skipSpace();
    if (!scan.atEnd()) {
        return std::nullopt;
    }
    return pieces;
}

}  // namespace pmm::interchange
