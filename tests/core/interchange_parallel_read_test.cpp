// A large file is read on several threads, piece by piece, with the same result as reading
// it in one go: the same records in the same order, the same problems at the same paths in
// the same order (the first 50, then a count), and for text that does not parse, the same
// message naming the line of the whole file.
#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "interchange/document_outline.h"
#include "interchange/exporter.h"
#include "interchange/section_reader.h"
#include "interchange/workspace_importer.h"
#include "interchange_test_data.h"
#include "test_support.h"

namespace pmm::test {
namespace {

using interchange::DocumentTop;
using interchange::ImportOptions;
using interchange::OutlinePiece;
using interchange::ProblemList;
using interchange::SectionReadOptions;
using interchange::WorkspaceData;
using nlohmann::json;

// --- The outline --------------------------------------------------------------------------

std::vector<std::string> piecesOf(std::string_view text) {
    const auto pieces = interchange::outlineDocument(
        text, [](std::string_view key) { return key == "launches" || key == "people"; });
    if (!pieces) {
        return {"(not plain)"};
    }
    std::vector<std::string> shown;
    for (const OutlinePiece& piece : *pieces) {
        shown.push_back(std::string(piece.key) +
                        (piece.element ? "[" + std::to_string(*piece.element) + "]" : "") + "=" +
                        std::string(piece.text));
    }
    return shown;
}

TEST(DocumentOutline, CutsTheArraysItIsAskedToIntoElements) {
    EXPECT_EQ(
        piecesOf(R"( {"format": "x",
        "launches": [ {"a": "]}\"[{", "b": [1, {}]}, -2.5e3 , "\\", true],
        "people": [], "settings": {"k": ["]"]}, "tags": [1, 2] } )"),
        (std::vector<std::string>{"format=\"x\"", R"(launches[0]={"a": "]}\"[{", "b": [1, {}]})",
                                  "launches[1]=-2.5e3", R"(launches[2]="\\")", "launches[3]=true",
                                  R"(settings={"k": ["]"]})", "tags=[1, 2]"}));
    EXPECT_EQ(piecesOf("{}"), std::vector<std::string>{});
}

TEST(DocumentOutline, LeavesAnythingUnusualToTheParser) {
    const char* unusual[] = {
        "",
        "[1, 2]",
        "\xef\xbb\xbf{\"a\": 1}",       // a byte order mark
        R"({"a": 1, "a": 2})",          // a key stated twice
        R"({"a\u0062": 1})",            // a key with an escape
        "{\"caf\xc3\xa9\": 1}",         // a key that is not ASCII
        R"({"a": 1,})",                 // a comma too many
        R"({"launches": [1,]})",        // ... in a split array
        R"({"launches": [1 2]})",       // a comma missing
        R"({"a": 1} x)",                // text after the document
        R"({"a": "open)",               // a string that does not end
        R"({"launches": [{"a": [1]})",  // an array that does not end
        "{\"launches\": [\xef\xbb\xbf"
        "1]}"  // a byte order mark before an element
    };
    for (const char* text : unusual) {
        EXPECT_EQ(piecesOf(text), std::vector<std::string>{"(not plain)"}) << text;
    }
}

// --- Reading in pieces against reading in one go ------------------------------------------

class ParallelRead : public WorkspaceTest {
protected:
    static void SetUpTestSuite() {
        TempDir dir;
        const fs::path path = dir.path() / "sample.pmmw";
        createSampleWorkspace(path, demo::DemoSize::Small);
        auto workspace = storage::Workspace::open(path);
        s_text = new std::string(exportText(*workspace));
    }
    static void TearDownTestSuite() {
        delete s_text;
        s_text = nullptr;
    }
    static const std::string& text() { return *s_text; }

    // What an import into an empty workspace reports, read on `threads` threads.
    static std::vector<std::string> reportOf(const std::string& text, unsigned threads) {
        ImportOptions options;
        options.readThreads = threads;
        options.parallelReadFrom = 0;
        interchange::WorkspaceImporter importer(options);
        const auto& report = importer.analyse(text, WorkspaceData{});
        std::vector<std::string> lines = report.problems.lines();
        for (const auto& counts : report.counts) {
            lines.push_back(counts.entity + " " + std::to_string(counts.added));
        }
        return lines;
    }

    static SectionReadOptions onThreads(unsigned threads) {
        return SectionReadOptions{interchange::kMaxNestingDepth, 0, threads};
    }

    // `text` with the last `what` replaced by `with`, which must be in its second half.
    static std::string changedLate(std::string text, std::string_view what, std::string_view with) {
        const std::size_t at = text.rfind(what);
        EXPECT_NE(at, std::string::npos) << what;
        EXPECT_GT(at, text.size() / 2) << what;
        return text.replace(at, what.size(), with);
    }

private:
    static std::string* s_text;
};

std::string* ParallelRead::s_text = nullptr;

TEST_F(ParallelRead, GivesTheSameRecordsInTheSameOrder) {
    WorkspaceData once;
    DocumentTop onceTop;
    ProblemList onceProblems;
    ASSERT_TRUE(interchange::readSections(text(), onThreads(1), once, onceTop, onceProblems));
    ASSERT_TRUE(onceProblems.empty());
    for (const unsigned threads : {2u, 3u}) {
        WorkspaceData pieces;
        DocumentTop top;
        ProblemList problems;
        ASSERT_TRUE(
            interchange::readSectionsInParallel(text(), onThreads(threads), pieces, top, problems));
        EXPECT_TRUE(problems.empty());
        EXPECT_GT(pieces.launches.size(), 10u);
        EXPECT_EQ(interchange::exportJson(pieces), interchange::exportJson(once)) << threads;
        EXPECT_EQ(top.format, onceTop.format);
        EXPECT_EQ(top.version, onceTop.version);
        EXPECT_EQ(reportOf(text(), threads), reportOf(text(), 1));
    }
}

TEST_F(ParallelRead, ReportsTheSameProblemsInTheSameOrderFromBothHalves) {
    json doc = json::parse(text());
    doc["battlecards"][0]["colour"] = "red";
    doc["people"][0]["email"] = "not an address";
    doc["people"][1]["colour"] = "blue";
    doc["launches"][3]["name"] = "";
    for (std::size_t i = 0; i < 60 && i < doc["deals"].size(); ++i) {
        doc["deals"][i]["closed_on"] = "yesterday";
    }
    doc["positioning_reviews"].back()["reviewed_on"] = 7;
    doc["zz_extra"] = 1;
    const std::string broken = doc.dump(2);

    const auto once = reportOf(broken, 1);
    ASSERT_GT(once.size(), 50u);
    EXPECT_EQ(once[0], "/zz_extra: unknown field");
    EXPECT_TRUE(once[50].starts_with("and ")) << "the first 50 problems, then a count";
    EXPECT_EQ(reportOf(broken, 2), once);
    EXPECT_EQ(reportOf(broken, 3), once);

    // ... and the pieces were really read on threads, not again in one go.
    WorkspaceData file;
    DocumentTop top;
    ProblemList problems;
    ASSERT_TRUE(interchange::readSectionsInParallel(broken, onThreads(2), file, top, problems));
    ProblemList onceProblems;
    WorkspaceData onceFile;
    DocumentTop onceTop;
    interchange::readSections(broken, onThreads(1), onceFile, onceTop, onceProblems);
    EXPECT_EQ(problems.lines(), onceProblems.lines());
    EXPECT_EQ(problems.total(), onceProblems.total());
}

// The rules across records run per section on several threads too; their problems still come
// in section order.
TEST_F(ParallelRead, ChecksTheRulesAcrossRecordsInSectionOrder) {
    constexpr const char* kNowhere = "00000000-0000-4000-8000-000000000000";
    json doc = json::parse(text());
    doc["launches"][5]["product"] = kNowhere;
    doc["battlecards"][2]["owner"] = kNowhere;
    doc["deals"][7]["segment"] = kNowhere;
    doc["deals"][1]["uid"] = doc["deals"][0]["uid"];
    const std::string broken = doc.dump(2);
    const auto once = reportOf(broken, 1);
    const std::string nowhere = std::string(kNowhere) + " in the file or the workspace";
    EXPECT_EQ(once, (std::vector<std::string>{"/launches/5/product: no product with uid " + nowhere,
                                              "/battlecards/2/owner: no person with uid " + nowhere,
                                              "/deals/1/uid: duplicate: /deals/0 has it too",
                                              "/deals/7/segment: no segment with uid " + nowhere}));
    EXPECT_EQ(reportOf(broken, 2), once);
    EXPECT_EQ(reportOf(broken, 4), once);
}

TEST_F(ParallelRead, ASyntaxErrorLateInTheFileNamesItsLineInTheWholeFile) {
    const std::string broken = changedLate(text(), "\"closed_on\": ", "\"closed_on\" ");
    const auto line =
        std::count(broken.begin(),
                   broken.begin() + static_cast<long>(broken.rfind("\"closed_on\" ")), '\n') +
        1;
    const auto once = reportOf(broken, 1);
    ASSERT_FALSE(once.empty());
    EXPECT_NE(once.back().find("not valid JSON: line " + std::to_string(line) + ","),
              std::string::npos)
        << once.back();
    EXPECT_EQ(reportOf(broken, 2), once);

    WorkspaceData file;
    DocumentTop top;
    ProblemList problems;
    EXPECT_FALSE(interchange::readSectionsInParallel(broken, onThreads(2), file, top, problems));
    EXPECT_TRUE(file.launches.empty()) << "a read that has to start again leaves nothing";
    EXPECT_TRUE(problems.empty());
}

struct LateBreakage {
    const char* name;
    const char* what;
    std::string with;
};

void PrintTo(const LateBreakage& breakage, std::ostream* out) {
    *out << breakage.name;
}

class ParallelReadOfBrokenText : public ParallelRead,
                                 public ::testing::WithParamInterface<LateBreakage> {};

TEST_P(ParallelReadOfBrokenText, IsReportedAsInOneGo) {
    const std::string broken = changedLate(text(), GetParam().what, GetParam().with);
    const auto once = reportOf(broken, 1);
    ASSERT_FALSE(once.empty());
    EXPECT_EQ(once.back().find("deals "), std::string::npos) << "a problem was expected";
    EXPECT_EQ(reportOf(broken, 2), once);
}

INSTANTIATE_TEST_SUITE_P(
    LateInTheFile, ParallelReadOfBrokenText,
    ::testing::Values(
        LateBreakage{
            "TooDeep", "\"closed_on\": ",
            "\"deep\": " + std::string(40, '[') + std::string(40, ']') + ", \"closed_on\": "},
        LateBreakage{"NumberOutOfRange", "\"closed_on\": ", "\"big\": 1e500, \"closed_on\": "},
        LateBreakage{"InvalidUtf8", "\"closed_on\": \"", "\"closed_on\": \"\xff"},
        LateBreakage{"ControlCharacter", "\"closed_on\": \"", "\"closed_on\": \"\x01"},
        LateBreakage{"DuplicateKeyInARecord",
                     "\"closed_on\": ", "\"closed_on\": \"2024-01-01\", \"closed_on\": "},
        LateBreakage{"DuplicateTopLevelKey", "\n}", ",\n  \"format\": \"pmm-workbench\"\n}"},
        LateBreakage{"UnknownTopLevelKey", "\n}", ",\n  \"extra\": {\"a\": [1]}\n}"},
        LateBreakage{"SectionNotAnArray", "\n}", ",\n  \"launches\": 3\n}"},
        LateBreakage{"MissingBracket", "}\n  ]", "\n  ]"},
        LateBreakage{"TextAfterTheDocument", "\n}", "\n}\n{}"},
        LateBreakage{"TrailingComma", "}\n  ]", "},\n  ]"}, LateBreakage{"EndsEarly", "\n}", "\n"}),
    [](const auto& test) { return std::string(test.param.name); });

}  // namespace
}  // namespace pmm::test
