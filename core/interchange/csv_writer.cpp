#include "interchange/csv_writer.h"

namespace pmm::interchange {

namespace {

bool plainNumber(std::string_view text) {
    std::size_t i = (!text.empty() && (text[0] == '-' || text[0] == '+')) ? 1 : 0;
    bool digits = false;
    bool dot = false;
    for (; i < text.size(); ++i) {
        if (text[i] >= '0' && text[i] <= '9') {
            digits = true;
        } else if (text[i] == '.' && !dot) {
            dot = true;
        } else {
            return false;
        }
    }
    return digits;
}

bool looksLikeFormula(std::string_view text) {
    if (text.empty()) {
        return false;
    }
    switch (text.front()) {
        case '=':
        case '@':
        case '\t':
        case '\r':
            return true;
        case '+':
        case '-':
            return !plainNumber(text);
        default:
            return false;
    }
}

}  // namespace

std::string CsvWriter::field(std::string_view value) const {
    std::string text;
    if (m_options.neutralizeFormulas && looksLikeFormula(value)) {
        text += '\'';
    }
    text += value;
    const bool quote = text.find_first_of(",\"\r\n") != std::string::npos ||
                       (!text.empty() && (text.front() == ' ' || text.back() == ' '));
    if (!quote) {
        return text;
    }
    std::string quoted = "\"";
    for (char c : text) {
        quoted += c;
        if (c == '"') {
            quoted += '"';
        }
    }
    quoted += '"';
    return quoted;
}

void CsvWriter::addRow(const std::vector<std::string>& fields) {
    if (!m_started) {
        m_started = true;
        if (m_options.byteOrderMark) {
            m_text += "\xEF\xBB\xBF";
        }
    }
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i > 0) {
            m_text += ',';
        }
        m_text += field(fields[i]);
    }
    m_text += "\r\n";
}

}  // namespace pmm::interchange
