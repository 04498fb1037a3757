// Reading a CRM's win/loss CSV export: RFC 4180 edge cases, column guessing, value parsing
// and the per-row problems of an import plan, all without a workspace.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "positioning/csv_reader.h"
#include "positioning/deal_columns.h"
#include "positioning/deal_import_plan.h"
#include "positioning/deal_values.h"

namespace pmm::test {
namespace {

using namespace positioning;

using Fields = std::vector<std::string>;

TEST(CsvReaderTest, QuotedFieldsDoubledQuotesAndEmbeddedNewlinesKeepLineNumbers) {
    const CsvTable table = readCsv(
        "Name,Notes,Amount\n"
        "\"Acme, Inc.\",\"said \"\"too pricey\"\"\",100\n"
        "Globex,\"line one\nline two\nline three\",200\n"
        "Initech,,300\n");
    EXPECT_EQ(table.header, (Fields{"Name", "Notes", "Amount"}));
    ASSERT_EQ(table.records.size(), 3u);
    EXPECT_EQ(table.records[0].fields, (Fields{"Acme, Inc.", "said \"too pricey\"", "100"}));
    EXPECT_EQ(table.records[0].line, 2);
    EXPECT_EQ(table.records[1].fields[1], "line one\nline two\nline three");
    EXPECT_EQ(table.records[1].line, 3);
    EXPECT_EQ(table.records[2].line, 6) << "after a record spanning three lines";
    EXPECT_EQ(table.records[2].fields, (Fields{"Initech", "", "300"}));
    EXPECT_TRUE(table.problems.empty());
}

TEST(CsvReaderTest, ByteOrderMarkSemicolonsAndCrlf) {
    const CsvTable table = readCsv(
        "\xEF\xBB\xBF"
        "Close Date;Amount;Notes\r\n2026-01-05;12.500,50;\"a;b\r\nc\"\r\n\r\n2026-01-06;1;x\r\n");
    EXPECT_EQ(table.separator, ';');
    EXPECT_EQ(table.header, (Fields{"Close Date", "Amount", "Notes"}));
    ASSERT_EQ(table.records.size(), 2u);
    EXPECT_EQ(table.records[0].fields, (Fields{"2026-01-05", "12.500,50", "a;b\r\nc"}));
    EXPECT_EQ(table.records[1].line, 5) << "the blank line is skipped but counted";
    EXPECT_EQ(table.records[1].fields, (Fields{"2026-01-06", "1", "x"}));
}

TEST(CsvReaderTest, SeparatorFromTheHeaderOutsideQuotes) {
    EXPECT_EQ(detectSeparator("a,b,c\n1;2;3;4;5\n"), ',');
    EXPECT_EQ(detectSeparator("\"a,b,c\";d;e\n"), ';');
    EXPECT_EQ(detectSeparator("single\n"), ',');
}

TEST(CsvReaderTest, AnUnclosedQuoteIsAProblemWithItsLine) {
    const CsvTable table = readCsv("A,B\n1,2\n3,\"never closed\n4,5\n");
    ASSERT_EQ(table.problems.size(), 1u);
    EXPECT_EQ(table.problems[0], "line 3: a quoted field is not closed before the end of the file");
    EXPECT_EQ(table.records.size(), 1u);
}

TEST(CsvReaderTest, NoFinalNewlineAndEmptyFile) {
    const CsvTable table = readCsv("A,B\n1,2");
    ASSERT_EQ(table.records.size(), 1u);
    EXPECT_EQ(table.records[0].fields, (Fields{"1", "2"}));
    EXPECT_TRUE(readCsv("").header.empty());
    EXPECT_TRUE(readCsv("\xEF\xBB\xBF").header.empty());
}

TEST(DealColumnsTest, GuessesSalesforceAndHubSpotHeaders) {
    const Fields salesforce = {"Opportunity ID", "Opportunity Name", "Close Date",  "Stage",
                               "Amount",         "Competitor",       "Loss Reason", "Description"};
    const DealColumnMapping guess = guessDealColumns(salesforce);
    EXPECT_EQ(guess.column(DealField::DealRef), 0u);
    EXPECT_EQ(guess.column(DealField::Name), 1u);
    EXPECT_EQ(guess.column(DealField::ClosedOn), 2u);
    EXPECT_EQ(guess.column(DealField::Outcome), 3u);
    EXPECT_EQ(guess.column(DealField::Arr), 4u);
    EXPECT_EQ(guess.column(DealField::Competitor), 5u);
    EXPECT_EQ(guess.column(DealField::Reason), 6u);
    EXPECT_EQ(guess.column(DealField::Notes), 7u);
    EXPECT_FALSE(guess.column(DealField::Segment));
    EXPECT_TRUE(missingRequiredColumns(guess).empty());

    const DealColumnMapping hubspot =
        guessDealColumns({"Deal Name", "close_date", "Deal Stage", "ARR", "Primary competitor"});
    EXPECT_EQ(hubspot.column(DealField::Name), 0u);
    EXPECT_EQ(hubspot.column(DealField::ClosedOn), 1u);
    EXPECT_EQ(hubspot.column(DealField::Outcome), 2u);
    EXPECT_EQ(hubspot.column(DealField::Arr), 3u);
    EXPECT_EQ(hubspot.column(DealField::Competitor), 4u);
}

TEST(DealColumnsTest, ExplicitChoicesWinAndMistakesAreNamed) {
    const Fields header = {"When", "Result", "Stage", "Deal"};
    DealColumnMapping mapping = guessDealColumns(header);
    EXPECT_EQ(mapping.column(DealField::Outcome), 2u) << "Stage is the likelier outcome column";
    EXPECT_EQ(missingRequiredColumns(mapping), Fields{"no column for Close date"});
    const auto problems = applyDealColumnChoices(
        mapping, header, {"date=When", "outcome=result", "amount=Value", "arr=Value"});
    EXPECT_EQ(mapping.column(DealField::ClosedOn), 0u);
    EXPECT_EQ(mapping.column(DealField::Outcome), 1u) << "header names match ignoring case";
    ASSERT_EQ(problems.size(), 2u);
    EXPECT_EQ(problems[0].rfind("--map amount=Value: no field \"amount\"; fields are deal_id, "
                                "name, date",
                                0),
              0u);
    EXPECT_EQ(problems[1], "--map arr=Value: no column \"Value\" in the header");
    EXPECT_TRUE(missingRequiredColumns(mapping).empty());
}

TEST(DealValuesTest, Dates) {
    EXPECT_EQ(parseDealDate("2026-03-15"), (Date{2026, 3, 15}));
    EXPECT_EQ(parseDealDate(" 2026/03/15 "), (Date{2026, 3, 15}));
    EXPECT_EQ(parseDealDate("2026-03-15 14:02:00"), (Date{2026, 3, 15}));
    EXPECT_EQ(parseDealDate("2026-03-15T14:02:00Z"), (Date{2026, 3, 15}));
    for (const char* bad : {"15/03/2026", "03/15/2026", "2026-02-30", "2026-03/15", "", "soon"}) {
        EXPECT_FALSE(parseDealDate(bad)) << bad;
    }
}

TEST(DealValuesTest, Outcomes) {
    EXPECT_EQ(parseDealOutcome("Closed Won"), Outcome::Won);
    EXPECT_EQ(parseDealOutcome("won"), Outcome::Won);
    EXPECT_EQ(parseDealOutcome("Closed Lost"), Outcome::Lost);
    EXPECT_EQ(parseDealOutcome("LOSS"), Outcome::Lost);
    EXPECT_EQ(parseDealOutcome("No Decision"), Outcome::NoDecision);
    EXPECT_EQ(parseDealOutcome("closed - no decision"), Outcome::NoDecision);
    EXPECT_EQ(parseDealOutcome("no_decision"), Outcome::NoDecision);
    EXPECT_FALSE(parseDealOutcome("Negotiation"));
    EXPECT_FALSE(parseDealOutcome(""));
}

TEST(DealValuesTest, Amounts) {
    const std::pair<const char*, std::int64_t> good[] = {{"12500", 1250000},
                                                         {"12,500.50", 1250050},
                                                         {"12.500,50", 1250050},
                                                         {"$ 12 500", 1250000},
                                                         {"12'500 \xE2\x82\xAC", 1250000},
                                                         {"12,500", 1250000},
                                                         {"99.5", 9950},
                                                         {"0", 0}};
    for (const auto& [text, cents] : good) {
        EXPECT_EQ(parseAmountCents(text), cents) << text;
    }
    for (const char* bad : {"-5", "12k", "abc", "", "$", "1e9"}) {
        EXPECT_FALSE(parseAmountCents(bad)) << bad;
    }
}

class PlanTest : public ::testing::Test {
protected:
    DealImportPlan plan(const std::string& csv, DealImportOptions options = {}) {
        const CsvTable table = readCsv(csv);
        return planDealImport(table, guessDealColumns(table.header), m_catalog, options);
    }

    DealImportCatalog m_catalog{{{"acme", 1}, {"globex", 2}}, {{"mid-market", 5}}, {}};
};

TEST_F(PlanTest, EveryBadRowIsListedWithItsLineAndReason) {
    const DealImportPlan result = plan(
        "Opportunity Name,Close Date,Stage,Amount,Competitor,Segment\n"
        "Good one,2026-01-05,Closed Won,100,ACME,Mid-Market\n"
        "Bad date,15/01/2026,Closed Lost,,Acme,\n"
        "\"Bad,\nstage\",2026-01-06,Negotiation,,,\n"
        "Bad amount,2026-01-07,Lost,lots,Globex,\n"
        "Unknown,2026-01-08,Lost,,Zenith,\n"
        "Unknown segment,2026-01-08,Lost,,,Enterprise\n"
        "Short row,2026-01-09\n"
        ",2026-01-10,Won,,,\n"
        "Good one,2026-01-05,Won,5,acme,\n");
    EXPECT_FALSE(result.valid());
    EXPECT_EQ(result.rows, 9);
    std::vector<std::string> lines;
    for (const DealRowProblem& problem : result.rowProblems) {
        lines.push_back(std::to_string(problem.line) + ": " + problem.message);
    }
    EXPECT_EQ(lines, (std::vector<std::string>{
                         "3: Close date \"15/01/2026\" is not a date (use YYYY-MM-DD)",
                         "4: Outcome \"Negotiation\" is not won, lost or no decision",
                         "6: ARR \"lots\" is not an amount",
                         "7: Competitor \"Zenith\" is not in the workspace",
                         "8: Segment \"Enterprise\" is not in the workspace",
                         "9: has 2 fields, the header 6",
                         "10: has neither a deal id nor a deal name",
                         "11: is the same deal as line 2",
                     }));
    EXPECT_EQ(result.unknownCompetitors, std::vector<std::string>{"Zenith"});
    ASSERT_EQ(result.deals.size(), 1u);
    const Deal& deal = result.deals[0].deal;
    EXPECT_EQ(deal.competitorId, 1);
    EXPECT_EQ(deal.segmentId, 5);
    EXPECT_EQ(deal.outcome, Outcome::Won);
    EXPECT_EQ(deal.arrCents, 10000);
    EXPECT_EQ(result.deals[0].dedupeKey, "key:2026-01-05|good one|acme");
}

TEST_F(PlanTest, UnknownCompetitorsCanBeCreatedOnce) {
    DealImportOptions options;
    options.createCompetitors = true;
    const DealImportPlan result = plan(
        "Deal ID,Close Date,Outcome,Competitor\n"
        "A-1,2026-02-01,won,Zenith\nA-2,2026-01-01,lost,zenith\nA-3,2026-01-03,lost,\n",
        options);
    EXPECT_TRUE(result.valid());
    EXPECT_EQ(result.newCompetitors, std::vector<std::string>{"Zenith"});
    ASSERT_EQ(result.deals.size(), 3u);
    EXPECT_EQ(result.deals[1].newCompetitor, "zenith");
    EXPECT_FALSE(result.deals[2].deal.competitorId);
    EXPECT_EQ(result.deals[0].dedupeKey, "id:A-1");
}

TEST_F(PlanTest, MissingColumnsAndBrokenFilesStopBeforeTheRows) {
    EXPECT_EQ(plan("Name,Amount\nx,1\n").fileProblems,
              (std::vector<std::string>{"no column for Close date", "no column for Outcome"}));
    EXPECT_EQ(plan("").fileProblems, std::vector<std::string>{"the file is empty: no header line"});
    const DealImportPlan broken = plan("Name,Close Date,Stage\nx,2026-01-01,\"won\n");
    EXPECT_FALSE(broken.valid());
    EXPECT_TRUE(broken.deals.empty());
}

}  // namespace
}  // namespace pmm::test
