#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace pmm::positioning {

// One record of a CSV file and the line it starts on (1 = the header's first line), so a
// problem can name the line a person sees in a text editor.
struct CsvRecord {
    int line = 0;
    std::vector<std::string> fields;
};

// A CSV file read per RFC 4180, as CRMs export it: fields quoted or not, doubled quotes
// inside quotes, line breaks inside quoted fields, CRLF or LF line ends, an optional UTF-8
// byte order mark, and ',' or ';' as the separator (whichever appears more often outside
// quotes in the header line; ',' on a tie). Blank lines are skipped.
struct CsvTable {
    char separator = ',';
    std::vector<std::string> header;
    std::vector<CsvRecord> records;  // after the header
    // Problems with the file as a whole, each naming its line ("line 7: a quoted field is
    // not closed before the end of the file").
    std::vector<std::string> problems;
};

CsvTable readCsv(std::string_view text);

// ',' or ';', as readCsv chooses it.
char detectSeparator(std::string_view text);

}  // namespace pmm::positioning
