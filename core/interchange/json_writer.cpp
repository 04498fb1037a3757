#include "interchange/json_writer.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>

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
    beforeValue();
    if (hundredths < 0) {
        m_out += '-';
        hundredths = -hundredths;
    }
    const int cents = hundredths % 100;
    char digits[16];
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

void JsonWriter::appendString(std::string& out, std::string_view text) {
    const bool ascii = std::all_of(text.begin(), text.end(),
                                   [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    if (!ascii && !isUtf8(text)) {
        // Rare (only another program writes such text): nlohmann's own replacement.
        out += nlohmann::json(std::string(text))
                   .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        return;
    }
    static constexpr char kHex[] = "0123456789abcdef";
    out += '"';
    std::size_t run = 0;  // start of the characters that need no escape, appended at once
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c != '"' && c != '\\') {
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
    out += '"';
}

}  // namespace pmm::interchange
