#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace pmm::interchange {

// Writes tables as CSV (RFC 4180): fields separated by commas, records ended by CRLF, a
// field quoted when it holds a comma, a quote, CR or LF (or starts or ends with a space),
// quotes inside doubled. Text is UTF-8, optionally behind a byte order mark so that
// spreadsheet programs detect it.
class CsvWriter {
public:
    struct Options {
        bool byteOrderMark = false;
        // A field a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR)
        // gets a leading apostrophe, so exported text stays text. Plain numbers such as
        // "-12.5" are left alone.
        bool neutralizeFormulas = false;
    };

    CsvWriter() = default;
    explicit CsvWriter(Options options) : m_options(options) {}

    void addRow(const std::vector<std::string>& fields);
    // Everything written so far, with the byte order mark first when asked for.
    const std::string& text() const { return m_text; }

    // One field as it appears in a record.
    std::string field(std::string_view value) const;

private:
    Options m_options;
    std::string m_text;
    bool m_started = false;
};

}  // namespace pmm::interchange
