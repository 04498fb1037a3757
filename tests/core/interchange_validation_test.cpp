// A hostile or mistaken file gives clear errors, each naming its JSON path, and changes
// nothing: every case starts from a valid export, breaks one thing, and imports it.
#include <gtest/gtest.h>

#include <functional>

#include "interchange_test_data.h"
#include "test_support.h"

namespace pmm::test {
namespace {

using nlohmann::json;
using storage::Workspace;

constexpr const char* kNowhere = "00000000-0000-4000-8000-000000000000";

// The index of the record whose `field` is `value` in `records`.
std::size_t indexOf(const json& records, const char* field, const std::string& value) {
    for (std::size_t i = 0; i < records.size(); ++i) {
        if (records[i][field] == value) {
            return i;
        }
    }
    throw std::runtime_error("no record with " + std::string(field) + " = " + value);
}

std::string at(const char* section, std::size_t index, const std::string& rest = "") {
    return "/" + std::string(section) + "/" + std::to_string(index) + rest;
}

// Breaks `doc` and returns the problem lines the import must report.
using Breakage = std::function<std::vector<std::string>(json& doc)>;

struct HostileCase {
    const char* name;
    Breakage breakIt;
};

void PrintTo(const HostileCase& hostile, std::ostream* out) {
    *out << hostile.name;
}

std::size_t board(const json& doc) {
    return indexOf(doc["launches"], "name", "Forecast board");
}

// A competitor whose uid a file breaks is lost to what refers to it: every competitor launch,
// card, deal and review of that uid is reported too, in section order, after `lines` (the
// first 50 problems, then a count).
std::vector<std::string> withLostCompetitor(const json& doc, const std::string& uid,
                                            std::vector<std::string> lines) {
    for (const char* section :
         {"competitor_launches", "battlecards", "deals", "positioning_reviews"}) {
        for (std::size_t i = 0; i < doc[section].size(); ++i) {
            if (doc[section][i]["competitor"] == uid) {
                lines.push_back(at(section, i,
                                   "/competitor: no competitor with uid " + uid +
                                       " in the file or the workspace"));
            }
        }
    }
    constexpr std::size_t kListed = 50;
    if (lines.size() > kListed) {
        const std::size_t more = lines.size() - kListed;
        lines.resize(kListed);
        lines.push_back("and " + std::to_string(more) + " more");
    }
    return lines;
}

const HostileCase kCases[] = {
    {"ScoreOutOfRange",
     [](json& doc) {
         doc["launches"][board(doc)]["criteria"]["revenue"]["score"] = 9;
         return std::vector{
             at("launches", board(doc), "/criteria/revenue/score: expected 1-5, got 9")};
     }},
    {"UnknownStatusWord",
     [](json& doc) {
         doc["launches"][board(doc)]["status"] = "started";
         return std::vector{at("launches", board(doc),
                               "/status: expected one of idea, candidate, planned, in_progress, "
                               "launched, reviewed, cancelled; got \"started\"")};
     }},
    {"BadQuarter",
     [](json& doc) {
         doc["launches"][board(doc)]["quarter"] = "2026-Q5";
         return std::vector{at("launches", board(doc),
                               "/quarter: expected a quarter YYYY-Qn such as 2026-Q3, got "
                               "\"2026-Q5\"")};
     }},
    {"ImpossibleDate",
     [](json& doc) {
         doc["launches"][board(doc)]["target_date"] = "2026-02-30";
         return std::vector{at("launches", board(doc),
                               "/target_date: expected a date YYYY-MM-DD or null, got "
                               "\"2026-02-30\"")};
     }},
    {"ProductThatPointsNowhere",
     [](json& doc) {
         doc["launches"][board(doc)]["product"] = kNowhere;
         return std::vector{at("launches", board(doc),
                               std::string("/product: no product with uid ") + kNowhere +
                                   " in the file or the workspace")};
     }},
    {"DuplicateUid",
     [](json& doc) {
         const std::string lost = doc["competitors"][3]["uid"];
         doc["competitors"][3]["uid"] = doc["competitors"][1]["uid"];
         return withLostCompetitor(
             doc, lost, {at("competitors", 3, "/uid: duplicate: /competitors/1 has it too")});
     }},
    {"MissingRequiredField",
     [](json& doc) {
         doc["people"][0].erase("name");
         return std::vector{at("people", 0, "/name: required field missing")};
     }},
    {"UnknownField",
     [](json& doc) {
         doc["people"][0]["nickname"] = "Mo";
         return std::vector{at("people", 0, "/nickname: unknown field")};
     }},
    {"WeightsNotAddingUpToOne",
     [](json& doc) {
         doc["tier_rules"][0]["weights"]["revenue"] = 0.3;
         return std::vector<std::string>{
             "/tier_rules/0/weights: the weights must add up to 1.00 (they add up to 0.90)"};
     }},
    {"StatusGate",
     [](json& doc) {
         doc["launches"][board(doc)]["outcome"] = " ";
         return std::vector{at("launches", board(doc),
                               "/status: a launch needs its customer outcome and success metric "
                               "before it can be planned. Missing: customer outcome")};
     }},
    {"TierThatTheRuleDoesNotGive",
     [](json& doc) {
         doc["launches"][board(doc)]["tier"]["computed"] = 1;
         return std::vector{at("launches", board(doc),
                               "/tier/computed: tier rule version 1 makes this Tier 2 with score "
                               "3.40, not Tier 1 with score 3.40")};
     }},
    {"ReportingLoop",
     [](json& doc) {
         auto& people = doc["people"];
         people[2]["manager"] = people[5]["uid"];
         people[5]["manager"] = people[2]["uid"];
         const auto loop = [&](std::size_t i) {
             return at("people", i,
                       "/manager: this makes a reporting loop (" +
                           people[i]["name"].get<std::string>() +
                           " would end up managing their own manager)");
         };
         return std::vector{loop(2), loop(5)};
     }},
    {"OwnManager",
     [](json& doc) {
         doc["people"][4]["manager"] = doc["people"][4]["uid"];
         return std::vector{at("people", 4, "/manager: a person cannot be their own manager")};
     }},
    {"NotAnEmailAddress",
     [](json& doc) {
         doc["people"][0]["email"] = "ada at example";
         return std::vector{at("people", 0, "/email: \"ada at example\" is not an email address")};
     }},
    {"LevelThatDoesNotExist",
     [](json& doc) {
         doc["people"][0]["level"] = 9;
         return std::vector{
             at("people", 0, "/level: there is no level 9 in the file or the workspace")};
     }},
    {"NameClashIgnoringCase",
     [](json& doc) {
         const std::string name = doc["products"][0]["name"];
         std::string shouted = name;
         for (char& c : shouted) {
             c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
         }
         doc["products"][1]["name"] = shouted;
         return std::vector{at("products", 1,
                               "/name: another product is named \"" + name +
                                   "\" (/products/0); names must be unique")};
     }},
    {"NotOurFormat",
     [](json& doc) {
         doc["format"] = "something";
         return std::vector<std::string>{
             "/format: expected \"pmm-workbench\", got \"something\": this is not a PMM Workbench "
             "workspace file"};
     }},
    {"NewerFormatVersion",
     [](json& doc) {
         doc["version"] = 2;
         return std::vector<std::string>{
             "/version: expected 1, got 2: this PMM Workbench reads format version 1 (update the "
             "app to read newer files)"};
     }},
    {"ChecklistItemThatPointsNowhere",
     [](json& doc) {
         doc["launches"][board(doc)]["checklist"][0]["item"] = kNowhere;
         return std::vector{at("launches", board(doc),
                               std::string("/checklist/0/item: no checklist item with uid ") +
                                   kNowhere + " in the file's or the workspace's tier rules")};
     }},
    {"DuplicateOverrideUid",
     [](json& doc) {
         auto& overrides = doc["launches"][board(doc)]["overrides"];
         overrides[1]["uid"] = overrides[0]["uid"];
         const std::string path = at("launches", board(doc), "/overrides/");
         return std::vector{path + "1/uid: duplicate: " + path + "0/uid has it too"};
     }},
    {"EvidenceOnTwoLines",
     [](json& doc) {
         doc["launches"][board(doc)]["criteria"]["urgency"]["evidence"] = "one\ntwo";
         return std::vector{
             at("launches", board(doc), "/criteria/urgency/evidence: must be one line")};
     }},
    {"RuleThatPointsNowhere",
     [](json& doc) {
         doc["launches"][board(doc)]["tier"]["rule"] = kNowhere;
         return std::vector{at("launches", board(doc),
                               std::string("/tier/rule: no tier rule version with uid ") +
                                   kNowhere + " in the file or the workspace")};
     }},
    {"UpperCaseUid",
     [](json& doc) {
         const std::string lost = doc["competitors"][0]["uid"];
         doc["competitors"][0]["uid"] = "0B5E8E3C-0000-4000-8000-000000000000";
         return withLostCompetitor(
             doc, lost,
             {at("competitors", 0,
                 "/uid: expected a lower-case UUID (8-4-4-4-12 hex digits), got "
                 "\"0B5E8E3C-0000-4000-8000-000000000000\"")});
     }},
    {"TierWithoutScores",
     [](json& doc) {
         const std::size_t idea = indexOf(doc["launches"], "name", "Ideas: AI summaries");
         doc["launches"][idea]["tier"] = {
             {"rule", doc["tier_rules"][0]["uid"]}, {"computed", 3}, {"score", 1.0}};
         return std::vector{
             at("launches", idea,
                "/tier: a launch has a tier only once its three criteria are scored")};
     }},
    {"SettingThatIsNotText",
     [](json& doc) {
         doc["settings"]["team.size"] = 12;
         return std::vector<std::string>{"/settings/team.size: expected a string, got 12"};
     }},
    {"SectionThatIsNotAnArray",
     [](json& doc) {
         doc["people"] = json::object();
         return std::vector<std::string>{"/people: expected an array, got an object"};
     }},
    {"UnknownSection",
     [](json& doc) {
         doc["decision_memos"] = json::array();
         return std::vector<std::string>{"/decision_memos: unknown field"};
     }},
    {"RootThatIsNotAnObject",
     [](json& doc) {
         doc = json::array({1, 2});
         return std::vector<std::string>{
             "expected an object with \"format\": \"pmm-workbench\", got an array"};
     }},
    {"OverrideWithoutReason",
     [](json& doc) {
         doc["launches"][board(doc)]["overrides"][0]["reason"] = "";
         return std::vector{
             at("launches", board(doc), "/overrides/0/reason: an override needs a reason")};
     }},
    {"ChecklistItemTwice",
     [](json& doc) {
         auto& checklist = doc["launches"][board(doc)]["checklist"];
         checklist[1]["item"] = checklist[0]["item"];
         return std::vector{
             at("launches", board(doc), "/checklist/1/item: this launch lists the item twice")};
     }},
};

// The sections of battlecards and the skills matrix: one broken thing each.
const HostileCase kCardAndSkillCases[] = {
    {"CardForACompetitorThatIsNowhere",
     [](json& doc) {
         doc["battlecards"][0]["competitor"] = kNowhere;
         return std::vector{at("battlecards", 0,
                               "/competitor: no competitor with uid " + std::string(kNowhere) +
                                   " in the file or the workspace")};
     }},
    {"CardLineWithAControlCharacter",
     [](json& doc) {
         doc["battlecards"][0]["why_we_win"][0]["text"] =
             "Faster \x02"
             "set-up";
         return std::vector{at("battlecards", 0,
                               "/why_we_win/0/text: control characters are not allowed (line "
                               "breaks and tabs are)")};
     }},
    {"CardFlaggedByALaunchWithoutRefreshRequired",
     [](json& doc) {
         auto& card = doc["battlecards"][0];
         card["refresh_required"] = false;
         card["refresh_launch"] = doc["competitor_launches"][0]["uid"];
         return std::vector{at("battlecards", 0,
                               "/refresh_launch: only a card with \"refresh_required\": true has "
                               "a launch that flagged it")};
     }},
    {"TwoCardsForOneCompetitorAndSegment",
     [](json& doc) {
         auto& cards = doc["battlecards"];
         cards[1]["competitor"] = cards[0]["competitor"];
         cards[1]["segment"] = cards[0]["segment"];
         return std::vector{at("battlecards", 1,
                               "/segment: another card is for this competitor in this segment "
                               "(/battlecards/0); a competitor has one card per segment")};
     }},
    {"RevisionOfAnUnknownKind",
     [](json& doc) {
         doc["battlecards"][0]["revisions"][0]["kind"] = "edit";
         return std::vector{at("battlecards", 0,
                               "/revisions/0/kind: expected one of create, save, refresh; got "
                               "\"edit\"")};
     }},
    {"CompetitorLaunchOfACompetitorThatIsNowhere",
     [](json& doc) {
         doc["competitor_launches"][0]["competitor"] = kNowhere;
         return std::vector{at("competitor_launches", 0,
                               "/competitor: no competitor with uid " + std::string(kNowhere) +
                                   " in the file or the workspace")};
     }},
    {"ExpectationOfALevelThatIsNowhere",
     [](json& doc) {
         doc["competencies"][0]["expectations"][0]["level"] = 9;
         return std::vector{at("competencies", 0,
                               "/expectations/0/level: there is no level 9 in the file or the "
                               "workspace")};
     }},
    {"TwoCompetenciesOfOneName",
     [](json& doc) {
         auto& competencies = doc["competencies"];
         competencies[1]["name"] = competencies[0]["name"];
         return std::vector{at("competencies", 1,
                               "/name: another competency is named \"" +
                                   competencies[0]["name"].get<std::string>() +
                                   "\" (/competencies/0); names must be unique")};
     }},
    {"AssessmentOfAPersonWhoIsNowhere",
     [](json& doc) {
         doc["skill_assessments"][0]["person"] = kNowhere;
         return std::vector{at("skill_assessments", 0,
                               "/person: no person with uid " + std::string(kNowhere) +
                                   " in the file or the workspace")};
     }},
    {"AssessmentAtLevelZero",
     [](json& doc) {
         doc["skill_assessments"][0]["manager_level"] = 0;
         return std::vector{at("skill_assessments", 0, "/manager_level: expected 1-20, got 0")};
     }},
    {"EvidenceLinkOfAnUnknownKind",
     [](json& doc) {
         auto& assessments = doc["skill_assessments"];
         std::size_t linked = 0;
         while (assessments[linked]["links"].empty()) {
             ++linked;
         }
         assessments[linked]["links"][0]["kind"] = "Launch!";
         return std::vector{at("skill_assessments", linked,
                               "/links/0/kind: expected a lower-case word such as launch or "
                               "battlecard, got \"Launch!\"")};
     }},
};

// The review that decided `decision` (the sample has one refine and one keep).
std::size_t reviewThatDecided(const json& doc, const char* decision) {
    return indexOf(doc["positioning_reviews"], "decision", decision);
}

std::string nowhere(const char* what) {
    return std::string("no ") + what + " with uid " + kNowhere + " in the file or the workspace";
}

const HostileCase kPositioningCases[] = {
    {"DealWithAnOutcomeInCrmWords",
     [](json& doc) {
         doc["deals"][4]["outcome"] = "closed won";
         return std::vector{at("deals", 4,
                               "/outcome: expected one of won, lost, no_decision; got \"closed "
                               "won\"")};
     }},
    {"DealWithANegativeArr",
     [](json& doc) {
         doc["deals"][0]["arr"] = -5;
         return std::vector{at("deals", 0,
                               "/arr: expected an amount from 0 to 1000000000000 with at most two "
                               "decimals, got -5")};
     }},
    {"DealWithAnArrAboveATrillion",
     [](json& doc) {
         doc["deals"][1]["arr"] = 1000000000000.01;
         return std::vector{at("deals", 1,
                               "/arr: expected an amount from 0 to 1000000000000 with at most two "
                               "decimals, got 1000000000000.01")};
     }},
    {"DealWithAnArrOfThreeDecimals",
     [](json& doc) {
         doc["deals"][2]["arr"] = 12.345;
         return std::vector{at("deals", 2,
                               "/arr: expected an amount from 0 to 1000000000000 with at most two "
                               "decimals, got 12.345")};
     }},
    {"DealAgainstACompetitorThatIsNowhere",
     [](json& doc) {
         doc["deals"][3]["competitor"] = kNowhere;
         return std::vector{at("deals", 3, "/competitor: " + nowhere("competitor"))};
     }},
    {"TwoDealsWithOneUid",
     [](json& doc) {
         doc["deals"][2]["uid"] = doc["deals"][1]["uid"];
         return std::vector{at("deals", 2, "/uid: duplicate: /deals/1 has it too")};
     }},
    {"TwoDealsWithOneDedupeKey",
     [](json& doc) {
         doc["deals"][6]["dedupe_key"] = doc["deals"][5]["dedupe_key"];
         return std::vector{at("deals", 6, "/dedupe_key: duplicate: /deals/5 has it too")};
     }},
    {"DealWithNeitherIdNorName",
     [](json& doc) {
         doc["deals"][7]["deal_id"] = "";
         doc["deals"][7]["name"] = "";
         return std::vector{at("deals", 7,
                               "/name: a deal needs a deal_id or a name, and this one has "
                               "neither")};
     }},
    {"StatementWithoutItsIsA",
     [](json& doc) {
         doc["positioning_statements"][0]["is_a"] = "  ";
         return std::vector{at("positioning_statements", 0, "/is_a: must not be empty")};
     }},
    {"TwoStatementsWithOneVersion",
     [](json& doc) {
         auto& statements = doc["positioning_statements"];
         json copy = statements[0];
         copy["uid"] = kNowhere;
         statements.push_back(copy);
         return std::vector{at("positioning_statements", statements.size() - 1,
                               "/version: duplicate: /positioning_statements/0 has it too")};
     }},
    {"ReviewWithAParticipantWhoIsNowhere",
     [](json& doc) {
         const std::size_t keep = reviewThatDecided(doc, "keep");
         doc["positioning_reviews"][keep]["participants"].push_back(kNowhere);
         return std::vector{at("positioning_reviews", keep, "/participants: " + nowhere("person"))};
     }},
    {"ReviewOfAStatementThatIsNowhere",
     [](json& doc) {
         const std::size_t refine = reviewThatDecided(doc, "refine");
         doc["positioning_reviews"][refine]["statement"] = kNowhere;
         return std::vector{
             at("positioning_reviews", refine, "/statement: " + nowhere("positioning statement"))};
     }},
    {"RefineWithoutTheStatementItWrote",
     [](json& doc) {
         const std::size_t refine = reviewThatDecided(doc, "refine");
         doc["positioning_reviews"][refine]["statement"] = nullptr;
         return std::vector{at("positioning_reviews", refine,
                               "/statement: a review that decides to refine names the statement "
                               "version it wrote")};
     }},
    {"ReviewWithAnUnknownTrigger",
     [](json& doc) {
         doc["positioning_reviews"][0]["trigger"] = "quarterly";
         return std::vector{at("positioning_reviews", 0,
                               "/trigger: expected one of scheduled, failed_deals, "
                               "new_competitor, pivot, overdue; got \"quarterly\"")};
     }},
    {"RefreshRequestForACardThatIsNowhere",
     [](json& doc) {
         const std::size_t keep = reviewThatDecided(doc, "keep");
         doc["positioning_reviews"][keep]["refresh_requests"][1]["card"] = kNowhere;
         return std::vector{
             at("positioning_reviews", keep, "/refresh_requests/1/card: " + nowhere("battlecard"))};
     }},
};

class HostileFile : public WithTempDir<::testing::TestWithParam<HostileCase>> {
protected:
    static void SetUpTestSuite() {
        const TempDir temp;
        const auto path = temp.path() / "source.pmmw";
        createSampleWorkspace(path, demo::DemoSize::Small);
        auto workspace = Workspace::open(path);
        s_document = new json(exportDocument(*workspace));
    }
    static void TearDownTestSuite() {
        delete s_document;
        s_document = nullptr;
    }
    static json* s_document;
};

json* HostileFile::s_document = nullptr;

TEST_P(HostileFile, IsRefusedWithItsPathAndChangesNothing) {
    json doc = *s_document;
    const auto expected = GetParam().breakIt(doc);
    const auto path = file("target.pmmw");
    Workspace::create(path).reset();
    const FileSnapshot before = snapshotOf(path);
    {
        auto workspace = Workspace::open(path);
        const auto report = importText(*workspace, doc.dump(2));
        EXPECT_FALSE(report.valid());
        EXPECT_FALSE(report.written);
        EXPECT_EQ(report.problems.lines(), expected);
        EXPECT_TRUE(report.counts.empty());
    }
    EXPECT_EQ(snapshotOf(path), before);
}

INSTANTIATE_TEST_SUITE_P(Cases, HostileFile, ::testing::ValuesIn(kCases),
                         [](const auto& test) { return std::string(test.param.name); });
INSTANTIATE_TEST_SUITE_P(CardsAndSkills, HostileFile, ::testing::ValuesIn(kCardAndSkillCases),
                         [](const auto& test) { return std::string(test.param.name); });
INSTANTIATE_TEST_SUITE_P(Positioning, HostileFile, ::testing::ValuesIn(kPositioningCases),
                         [](const auto& test) { return std::string(test.param.name); });

TEST_F(HostileFile, ManyProblemsListTheFirstFiftyThenACount) {
    json doc = *s_document;
    auto& launches = doc["launches"];
    for (auto& launch : launches) {
        for (const char* criterion : {"revenue", "urgency", "demand"}) {
            launch["criteria"][criterion]["score"] = 9;
        }
    }
    auto workspace = Workspace::create(file("target.pmmw"));
    const auto report = importText(*workspace, doc.dump());
    const std::size_t total = 3 * launches.size();
    EXPECT_EQ(report.problems.total(), total);
    const auto lines = report.problems.lines();
    ASSERT_EQ(lines.size(), 51u);
    EXPECT_EQ(lines.front(), "/launches/0/criteria/revenue/score: expected 1-5, got 9");
    EXPECT_EQ(lines.back(), "and " + std::to_string(total - 50) + " more");
    EXPECT_EQ(report.problemSummary(),
              std::to_string(total) +
                  " problems, the first: /launches/0/criteria/revenue/score: expected 1-5, got 9");
}

}  // namespace
}  // namespace pmm::test
