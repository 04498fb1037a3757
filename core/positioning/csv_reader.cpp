#include "positioning/csv_reader.h"

#include <algorithm>

namespace pmm::positioning {

namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

std::string_view withoutBom(std::string_view text) {
    if (text.starts_with(kByteOrderMark)) {
        text.remove_prefix(kByteOrderMark.size());
    }
    return text;
}

bool blank(const std::vector<std::string>& fields) {
    return fields.size() == 1 && fields.front().empty();
}

// Reads records one at a time; tracks the line number through embedded line breaks.
class CsvParser {
public:
    CsvParser(std::string_view text, char separator) : m_text(text), m_separator(separator) {}

    bool atEnd() const { return m_pos >= m_text.size(); }
    int line() const { return m_line; }

    // The next record; false with `problem` set when a quoted field is never closed.
    bool next(CsvRecord& record, std::string& problem) {
        record.line = m_line;
        record.fields.clear();
        std::string field;
        while (true) {
            if (atEnd()) {
                record.fields.push_back(std::move(field));
                return true;
            }
            const char c = m_text[m_pos];
            if (c == '"' && field.empty() && !m_fieldWasQuoted) {
                if (!readQuoted(field, record.line, problem)) {
                    return false;
                }
                m_fieldWasQuoted = true;
            } else if (c == m_separator) {
                ++m_pos;
                record.fields.push_back(std::move(field));
                field.clear();
                m_fieldWasQuoted = false;
            } else if (c == '\r' || c == '\n') {
                endLine();
                record.fields.push_back(std::move(field));
                m_fieldWasQuoted = false;
                return true;
            } else {
                readPlain(field);
            }
        }
    }

private:
    void endLine() {
        if (m_text[m_pos] == '\r' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '\n') {
            ++m_pos;
        }
        ++m_pos;
        ++m_line;
    }

    void readPlain(std::string& field) {
        const std::size_t start = m_pos;
        while (m_pos < m_text.size() && m_text[m_pos] != m_separator && m_text[m_pos] != '\r' &&
               m_text[m_pos] != '\n') {
            ++m_pos;
        }
        field.append(m_text.substr(start, m_pos - start));
    }

    bool readQuoted(std::string& field, int startLine, std::string& problem) {
        ++m_pos;  // the opening quote
        while (m_pos < m_text.size()) {
            const std::size_t quote = m_text.find('"', m_pos);
            const std::size_t stop = quote == std::string_view::npos ? m_text.size() : quote;
            const std::string_view chunk = m_text.substr(m_pos, stop - m_pos);
            m_line += static_cast<int>(std::ranges::count(chunk, '\n'));
            field.append(chunk);
            m_pos = stop;
            if (quote == std::string_view::npos) {
                break;
            }
            if (quote + 1 < m_text.size() && m_text[quote + 1] == '"') {
                field.push_back('"');
                m_pos = quote + 2;
                continue;
            }
            m_pos = quote + 1;
            return true;
        }
        problem = "line " + std::to_string(startLine) +
                  ": a quoted field is not closed before the end of the file";
        return false;
    }

    std::string_view m_text;
    char m_separator;
    std::size_t m_pos = 0;
    int m_line = 1;
    bool m_fieldWasQuoted = false;
};

}  // namespace

char detectSeparator(std::string_view text) {
    text = withoutBom(text);
    int commas = 0;
    int semicolons = 0;
    bool quoted = false;
    for (const char c : text) {
        if (c == '"') {
            quoted = !quoted;
        } else if (!quoted && (c == '\n' || c == '\r')) {
            break;
        } else if (!quoted) {
            commas += c == ',' ? 1 : 0;
            semicolons += c == ';' ? 1 : 0;
        }
    }
    return semicolons > commas ? ';' : ',';
}

CsvTable readCsv(std::string_view text) {
    text = withoutBom(text);
    CsvTable table;
    table.separator = detectSeparator(text);
    CsvParser parser(text, table.separator);
    CsvRecord record;
    std::string problem;
    bool haveHeader = false;
    while (!parser.atEnd()) {
        if (!parser.next(record, problem)) {
            table.problems.push_back(problem);
            break;
        }
        if (blank(record.fields)) {
            continue;
        }
        if (!haveHeader) {
            table.header = std::move(record.fields);
            haveHeader = true;
        } else {
            table.records.push_back(std::move(record));
        }
        record = {};
    }
    return table;
}

}  // namespace pmm::positioning
