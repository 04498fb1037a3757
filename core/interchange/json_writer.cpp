#include "interchange/json_writer.h"

#include <nlohmann/json.hpp>

#include <charconv>
#include <cstdint>
#include <cstring>

#include "interchange/utf8.h"

namespace pmm::interchange {

void JsonWriter::indent(std::size_t levels) {
    m_out.append(2 * (levels + static_cast<std::size_t>(m_base)), ' ');
}

void JsonWriter::beforeValue() {
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_levels.empty()) {
        return;
    }
    Level& level = m_levels.back();
    m_out += level.empty ? "\n" : ",\n";
    level.empty = false;
    indent(m_levels.size());
}

void JsonWriter::begin(char open, char close) {
    beforeValue();
    m_out += open;
    m_levels.push_back(Level{true, close});
}

void JsonWriter::end() {
    const Level level = m_levels.back();
    m_levels.pop_back();
    if (!level.empty) {
        m_out += '\n';
        indent(m_levels.size());
    }
    m_out += level.close;
    flushAtRecordEnd();
}

void JsonWriter::flushAtRecordEnd() {
    if (m_flush && m_levels.size() <= 1 && m_out.size() >= m_flushBytes) {
        m_flush(m_out);
    }
}

void JsonWriter::formatted(std::string_view text) {
    beforeValue();
    m_out += text;
    flushAtRecordEnd();
}

void JsonWriter::flushRecords(Flush flush, std::size_t bytes) {
    m_flush = std::move(flush);
    m_flushBytes = bytes;
}

void JsonWriter::beginObject() {
    begin('{', '}');
}

void JsonWriter::endObject() {
    end();
}

void JsonWriter::beginArray() {
    begin('[', ']');
}

void JsonWriter::endArray() {
    end();
}

void JsonWriter::key(std::string_view name) {
    beforeValue();
    appendString(m_out, name);
    m_out += ": ";
    m_afterKey = true;
}

void JsonWriter::value(std::string_view text) {
    beforeValue();
    appendString(m_out, text);
}

void JsonWriter::value(int number) {
    beforeValue();
    char digits[16];
    const auto result = std::to_chars(digits, digits + sizeof digits, number);
    m_out.append(digits, result.ptr);
}

void JsonWriter::value(bool flag) {
    beforeValue();
    m_out += flag ? "true" : "false";
}

void JsonWriter::null() {
    beforeValue();
    m_out += "null";
}

void JsonWriter::decimal(int hundredths) {
    decimal(static_cast<std::int64_t>(hundredths));
}

void JsonWriter::decimal(std::int64_t hundredths) {
    beforeValue();
    if (hundredths < 0) {
        m_out += '-';
        hundredths = -hundredths;
    }
    const auto cents = static_cast<int>(hundredths % 100);
    char digits[24];
    const auto result = std::to_chars(digits, digits + sizeof digits, hundredths / 100);
    m_out.append(digits, result.ptr);
    m_out += '.';
    m_out += static_cast<char>('0' + cents / 10);
    if (cents % 10 != 0) {
        m_out += static_cast<char>('0' + cents % 10);
    }
}

void JsonWriter::value(const std::optional<std::string>& text) {
    if (text) {
        value(std::string_view(*text));
    } else {
        null();
    }
}

void JsonWriter::value(const std::optional<int>& number) {
    if (number) {
        value(*number);
    } else {
        null();
    }
}

namespace {

bool needsEscape(unsigned char c) {
    return c < 0x20 || c == '"' || c == '\\';
}

// The bytes from `start` on that need more than a copy, escaped; the rest copied in runs.
void appendEscaped(std::string& out, std::string_view text, std::size_t start) {
    static constexpr char kHex[] = "0123456789abcdef";
    std::size_t run = 0;  // start of the characters that need no escape, appended at once
    for (std::size_t i = start; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (!needsEscape(c)) {
            continue;
        }
        out.append(text, run, i - run);
        run = i + 1;
        switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\b':
                out += "\\b";
                break;
            case '\f':
                out += "\\f";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            default:
                out += "\\u00";
                out += kHex[c >> 4];
                out += kHex[c & 0x0f];
        }
    }
    out.append(text, run, text.size() - run);
}

// Whether all eight bytes of `word` are ASCII that needs no escape: none is a control
// character, '"', '\\' or above 0x7F (the classic "has a zero byte" bit tricks).
bool plainWord(std::uint64_t word) {
    constexpr std::uint64_t kOnes = 0x0101010101010101;
    constexpr std::uint64_t kHigh = 0x8080808080808080;
    const auto hasZero = [](std::uint64_t x) { return (x - kOnes) & ~x & kHigh; };
    const std::uint64_t below20 = (word - kOnes * 0x20) & ~word & kHigh;
    return ((word & kHigh) | below20 | hasZero(word ^ (kOnes * '"')) |
            hasZero(word ^ (kOnes * '\\'))) == 0;
}

// How many bytes from the start of `text` are plain ASCII needing no escape.
std::size_t plainPrefix(std::string_view text) {
    std::size_t plain = 0;
    for (std::uint64_t word = 0; plain + 8 <= text.size(); plain += 8) {
        std::memcpy(&word, text.data() + plain, 8);
        if (!plainWord(word)) {
            break;
        }
    }
    while (plain < text.size()) {
        const auto c = static_cast<unsigned char>(text[plain]);
        if (c >= 0x80 || needsEscape(c)) {
            break;
        }
        ++plain;
    }
    return plain;
}

}  // namespace

void JsonWriter::appendString(std::string& out, std::string_view text) {
    // Most text is plain ASCII with nothing to escape: find where that ends, 8 bytes a step.
    const std::size_t plain = plainPrefix(text);
    if (plain < text.size() && !isUtf8(text.substr(plain))) {
        // Rare (only another program writes such text): nlohmann's own replacement.
        out += nlohmann::json(std::string(text))
                   .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        return;
    }
    out += '"';
    if (plain == text.size()) {
        out += text;
    } else {
        appendEscaped(out, text, plain);
    }
    out += '"';
}

}  // namespace pmm::interchange
