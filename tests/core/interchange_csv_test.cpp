// CSV for spreadsheets: RFC 4180 quoting, CRLF records, an optional byte order mark, and
// text that stays text even when it looks like a formula.
#include <gtest/gtest.h>

#include "interchange/csv_writer.h"

namespace pmm::interchange {
namespace {

struct FieldCase {
    const char* value;
    const char* field;
};

class CsvField : public ::testing::TestWithParam<FieldCase> {};

TEST_P(CsvField, IsQuotedOnlyWhenItMustBe) {
    EXPECT_EQ(CsvWriter().field(GetParam().value), GetParam().field);
}

INSTANTIATE_TEST_SUITE_P(
    Rfc4180, CsvField,
    ::testing::Values(FieldCase{"plain", "plain"}, FieldCase{"", ""}, FieldCase{"a,b", "\"a,b\""},
                      FieldCase{"say \"hi\"", "\"say \"\"hi\"\"\""},
                      FieldCase{"two\nlines", "\"two\nlines\""}, FieldCase{"cr\rx", "\"cr\rx\""},
                      FieldCase{" padded ", "\" padded \""},
                      FieldCase{"caf\xc3\xa9", "caf\xc3\xa9"}, FieldCase{"=SUM(A1)", "=SUM(A1)"},
                      FieldCase{"-12.5", "-12.5"}));

TEST(CsvWriter, WritesRecordsWithCrlfAndAnOptionalByteOrderMark) {
    CsvWriter plain;
    plain.addRow({"Name", "Notes"});
    plain.addRow({"Atlas", "fast, cheap"});
    plain.addRow({});
    EXPECT_EQ(plain.text(), "Name,Notes\r\nAtlas,\"fast, cheap\"\r\n\r\n");

    CsvWriter excel(CsvWriter::Options{true, false});
    excel.addRow({"\xc3\xa9"});
    EXPECT_EQ(excel.text(), "\xEF\xBB\xBF\xc3\xa9\r\n");
    EXPECT_EQ(CsvWriter(CsvWriter::Options{true, false}).text(), "");
}

TEST(CsvWriter, CanKeepFormulasFromRunningInASpreadsheet) {
    const CsvWriter safe(CsvWriter::Options{false, true});
    EXPECT_EQ(safe.field("=HYPERLINK(\"http://x\")"), "\"'=HYPERLINK(\"\"http://x\"\")\"");
    EXPECT_EQ(safe.field("+1 555"), "'+1 555");
    EXPECT_EQ(safe.field("@SUM"), "'@SUM");
    EXPECT_EQ(safe.field("-cmd"), "'-cmd");
    EXPECT_EQ(safe.field("-12.5"), "-12.5");
    EXPECT_EQ(safe.field("+3"), "+3");
    EXPECT_EQ(safe.field("Tier 1"), "Tier 1");
}

}  // namespace
}  // namespace pmm::interchange
