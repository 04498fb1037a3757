// Battlecards (with their revision history and competitor launches) and the skills matrix
// (competencies, expectations, assessments with evidence) in the interchange format: what an
// export carries, a round trip, merges with counts, history that never changes, search after
// an import, and older files without these sections.
#include <gtest/gtest.h>

#include <algorithm>

#include "interchange/workspace_importer.h"
#include "interchange_test_data.h"
#include "storage/battlecard_search.h"
#include "storage/battlecard_store.h"
#include "storage/skills_framework_store.h"
#include "test_support.h"

namespace pmm::test {
namespace {

using nlohmann::json;
using storage::Workspace;

constexpr const char* kNewLaunch = "5d1f3c2a-7b4e-4c6d-9e8f-0a1b2c3d4e5f";
constexpr const char* kNewRevision = "6e2a4d3b-8c5f-4d7e-8f9a-1b2c3d4e5f60";

class CardsAndSkills : public WorkspaceTest {
protected:
    void SetUp() override {
        m_path = file("team.pmmw");
        createSampleWorkspace(m_path, demo::DemoSize::Small);
        auto workspace = Workspace::open(m_path);
        m_text = exportText(*workspace);
        m_document = json::parse(m_text);
    }

    fs::path m_path;
    std::string m_text;
    json m_document;
};

TEST_F(CardsAndSkills, ExportCarriesCardsHistoryAndTheSkillsMatrix) {
    const json& cards = m_document["battlecards"];
    ASSERT_EQ(cards.size(), 24u);
    std::size_t ownText = 0;
    std::size_t currentText = 0;
    bool internal = false;
    for (const json& card : cards) {
        ASSERT_FALSE(card["revisions"].empty()) << card["uid"];
        EXPECT_EQ(card["revisions"][0]["number"], 1);
        EXPECT_EQ(card["revisions"][0]["kind"], "create");
        for (const json& revision : card["revisions"]) {
            ++(revision["content"].is_null() ? currentText : ownText);
        }
        for (const json& line : card["why_we_lose"]) {
            internal = internal || line["internal"].get<bool>();
        }
        EXPECT_FALSE(card["objections"].empty());
    }
    EXPECT_GT(ownText, 0u) << "older revisions keep their own text";
    EXPECT_GT(currentText, 0u) << "a revision equal to the card leaves its text out";
    EXPECT_TRUE(internal) << "internal-only flags are exported";
    EXPECT_FALSE(m_document["competitor_launches"].empty());

    const json& competencies = m_document["competencies"];
    ASSERT_EQ(competencies.size(), 9u);
    for (const json& competency : competencies) {
        EXPECT_EQ(competency["expectations"].size(), 5u) << competency["name"];
        EXPECT_FALSE(competency["description"].get<std::string>().empty());
    }
    const json& assessments = m_document["skill_assessments"];
    ASSERT_FALSE(assessments.empty());
    const bool linked = std::any_of(assessments.begin(), assessments.end(),
                                    [](const json& a) { return !a["links"].empty(); });
    const bool rated = std::any_of(assessments.begin(), assessments.end(), [](const json& a) {
        return a["self_level"].is_number() && a["manager_level"].is_number();
    });
    EXPECT_TRUE(linked);
    EXPECT_TRUE(rated);
}

TEST_F(CardsAndSkills, ImportIntoANewWorkspaceCountsAndTakesOverTheDefaultCompetencies) {
    auto target = Workspace::create(file("target.pmmw"));
    const auto report = importText(*target, m_text);
    ASSERT_TRUE(report.valid()) << report.problemSummary();
    EXPECT_EQ(countsOf(report, "battlecards"), "24/0/0");
    EXPECT_EQ(countsOf(report, "competencies"), "0/9/0");  // the seeded nine, by name
    EXPECT_EQ(countsOf(report, "competitor_launches"),
              std::to_string(m_document["competitor_launches"].size()) + "/0/0");
    EXPECT_EQ(countsOf(report, "skill_assessments"),
              std::to_string(m_document["skill_assessments"].size()) + "/0/0");
    EXPECT_EQ(exportText(*target), m_text);
    EXPECT_EQ(storage::SkillsFrameworkStore(*target).competencies().size(), 9u);
}

TEST_F(CardsAndSkills, SearchFindsTheImportedText) {
    json doc = m_document;
    doc["battlecards"][3]["overview"] = {
        {{"text", "Their zyxquartz onboarding takes six weeks."}, {"internal", false}}};
    auto target = Workspace::create(file("target.pmmw"));
    const auto report = importText(*target, doc.dump());
    ASSERT_TRUE(report.valid()) << report.problemSummary();
    const auto hits = storage::BattlecardSearch(*target).search("zyxquartz");
    ASSERT_EQ(hits.size(), 1u);
    const auto card = storage::BattlecardStore(*target).find(hits[0].cardId);
    ASSERT_TRUE(card.has_value());
    EXPECT_EQ(card->uid, doc["battlecards"][3]["uid"]);
    // The competitor's name is searchable too: the whole row was written.
    EXPECT_FALSE(storage::BattlecardSearch(*target).search(hits[0].competitor).empty());
}

// Files exported before overview and pricing notes were lines hold them as one text, in the
// card and in its revisions: they import as a line per line of text, and export as lines.
TEST_F(CardsAndSkills, OverviewAndPricingNotesAsTextStillImportAsLines) {
    json doc = m_document;
    json& card = doc["battlecards"][4];
    card["overview"] = "They sell zyxquartz suites.\n\nWe meet them at renewal.\n";
    card["pricing_notes"] = "Discount up to 15 %.";
    for (json& revision : card["revisions"]) {
        if (revision["content"].is_object()) {
            revision["content"]["overview"] = "They sell suites.";
            revision["content"]["pricing_notes"] = "";
        }
    }
    auto target = Workspace::create(file("target.pmmw"));
    const auto report = importText(*target, doc.dump());
    ASSERT_TRUE(report.valid()) << report.problemSummary();

    const json after = exportDocument(*target);
    const json& imported = after["battlecards"][4];
    EXPECT_EQ(imported["overview"],
              json::array({{{"text", "They sell zyxquartz suites."}, {"internal", false}},
                           {{"text", "We meet them at renewal."}, {"internal", false}}}));
    EXPECT_EQ(imported["pricing_notes"],
              json::array({{{"text", "Discount up to 15 %."}, {"internal", false}}}));
    for (const json& revision : imported["revisions"]) {
        if (revision["content"].is_object()) {
            EXPECT_EQ(revision["content"]["overview"],
                      json::array({{{"text", "They sell suites."}, {"internal", false}}}));
            EXPECT_EQ(revision["content"]["pricing_notes"], json::array());
        }
    }
    EXPECT_EQ(storage::BattlecardSearch(*target).search("zyxquartz").size(), 1u);
}

TEST_F(CardsAndSkills, OverviewTextWithAControlCharacterIsRefusedWithItsPath) {
    json doc = m_document;
    doc["battlecards"][1]["pricing_notes"] = "Floor\x07price";
    doc["battlecards"][2]["overview"] = 7;
    auto target = Workspace::create(file("target.pmmw"));
    const auto report = importText(*target, doc.dump());
    ASSERT_FALSE(report.valid());
    std::vector<std::string> paths;
    for (const auto& problem : report.problems.kept()) {
        paths.push_back(problem.path);
    }
    EXPECT_EQ(paths, (std::vector<std::string>{"/battlecards/1/pricing_notes",
                                               "/battlecards/2/overview"}));
}

TEST_F(CardsAndSkills, MergeUpdatesChangedCardsAppendsHistoryAndCounts) {
    json doc = m_document;
    json& card = doc["battlecards"][2];
    card["overview"] = {{{"text", "Rewritten after the qwertzine price cut."}, {"internal", false}},
                        {{"text", "Internal: their CFO left."}, {"internal", true}}};
    card["why_we_win"].push_back({{"text", "Named support engineer"}, {"internal", true}});
    json revision = card["revisions"].back();
    revision["uid"] = kNewRevision;
    revision["number"] = revision["number"].get<int>() + 1;
    revision["kind"] = "save";
    revision["note"] = "after the price cut";
    revision["content"] = nullptr;
    card["revisions"].push_back(revision);
    doc["competitor_launches"].push_back({{"uid", kNewLaunch},
                                          {"competitor", card["competitor"]},
                                          {"launched_on", "2026-11-02"},
                                          {"what", "Free tier for startups"},
                                          {"impact", ""},
                                          {"logged_by", "Maya Okafor"},
                                          {"logged_at", "2026-11-02T10:00:00Z"}});
    doc["skill_assessments"][0]["evidence"] = "Ran the Q3 enablement alone.";
    doc["competencies"][0]["required_for_promotion"] = false;

    auto workspace = Workspace::open(m_path);
    const auto dry = importText(*workspace, doc.dump(), true);
    ASSERT_TRUE(dry.valid()) << dry.problemSummary();
    EXPECT_FALSE(dry.written);
    EXPECT_EQ(exportText(*workspace), m_text) << "a dry run changes nothing";

    const auto report = importText(*workspace, doc.dump());
    ASSERT_TRUE(report.valid()) << report.problemSummary();
    EXPECT_EQ(countsOf(report, "battlecards"), "0/1/23");
    EXPECT_EQ(countsOf(report, "competitor_launches"),
              "1/0/" + std::to_string(m_document["competitor_launches"].size()));
    EXPECT_EQ(countsOf(report, "competencies"), "0/1/8");
    EXPECT_EQ(countsOf(report, "skill_assessments"),
              "0/1/" + std::to_string(m_document["skill_assessments"].size() - 1));

    const json after = exportDocument(*workspace);
    const json& merged = after["battlecards"][2];
    EXPECT_EQ(merged["overview"], card["overview"]);
    EXPECT_EQ(merged["why_we_win"].back()["internal"], true);
    ASSERT_EQ(merged["revisions"].size(), card["revisions"].size());
    EXPECT_EQ(merged["revisions"].back()["uid"], kNewRevision);
    EXPECT_EQ(merged["revisions"].back()["note"], "after the price cut");
    EXPECT_TRUE(merged["revisions"].back()["content"].is_null());
    // The revision before it now differs from the card: it keeps its own text.
    const json& previous = merged["revisions"][merged["revisions"].size() - 2];
    ASSERT_TRUE(previous["content"].is_object());
    EXPECT_EQ(previous["content"]["overview"], m_document["battlecards"][2]["overview"]);
    EXPECT_EQ(storage::BattlecardSearch(*workspace).search("qwertzine").size(), 1u);
    EXPECT_EQ(after["skill_assessments"], doc["skill_assessments"]);
    EXPECT_EQ(after["competencies"], doc["competencies"]);
    EXPECT_EQ(after["competitor_launches"].size(), doc["competitor_launches"].size());
}

TEST_F(CardsAndSkills, HistoryNeverChangesOnceRecorded) {
    json doc = m_document;
    doc["battlecards"][5]["revisions"][0]["note"] = "rewritten history";
    const FileSnapshot before = snapshotOf(m_path);
    auto workspace = Workspace::open(m_path);
    const auto report = importText(*workspace, doc.dump());
    EXPECT_EQ(report.problems.lines(),
              std::vector<std::string>{"/battlecards/5/revisions/0: the workspace records this "
                                       "revision differently; a revision never changes once "
                                       "recorded"});
    workspace.reset();
    EXPECT_EQ(snapshotOf(m_path), before);
}

TEST_F(CardsAndSkills, AnOlderFileWithoutTheseSectionsStillImports) {
    json doc = m_document;
    // Older still than the positioning sections (a review's refresh requests name cards).
    for (const char* section :
         {"competencies", "competitor_launches", "battlecards", "skill_assessments", "deals",
          "positioning_statements", "positioning_reviews"}) {
        doc.erase(section);
    }
    auto target = Workspace::create(file("target.pmmw"));
    const auto report = importText(*target, doc.dump(2));
    ASSERT_TRUE(report.valid()) << report.problemSummary();
    EXPECT_EQ(countsOf(report, "battlecards"), "0/0/0");
    EXPECT_EQ(countsOf(report, "launches"), std::to_string(m_document["launches"].size()) + "/0/0");
    const json after = exportDocument(*target);
    EXPECT_EQ(after["people"], m_document["people"]);
    EXPECT_EQ(after["competencies"].size(), 9u) << "the new workspace keeps its defaults";
}

TEST(CardsAndSkillsExample, AHandWrittenFileImportsWithItsHistoryAndRefreshState) {
    const TempDir temp;
    auto workspace = Workspace::create(temp.path() / "new.pmmw");
    const fs::path example =
        fs::path(PMM_TEST_DATA_DIR) / "interchange" / "valid-cards-and-skills.json";
    const auto report = interchange::importWorkspaceFile(*workspace, example);
    ASSERT_TRUE(report.valid()) << report.problemSummary();
    EXPECT_EQ(countsOf(report, "battlecards"), "1/0/0");
    EXPECT_EQ(countsOf(report, "competencies"), "0/2/0");  // both seeded defaults, by name
    EXPECT_EQ(countsOf(report, "skill_assessments"), "1/0/0");

    const auto hits = storage::BattlecardSearch(*workspace).search("upgrade took");
    ASSERT_EQ(hits.size(), 1u);
    storage::BattlecardStore cards(*workspace);
    const auto card = cards.find(hits[0].cardId);
    ASSERT_TRUE(card.has_value());
    EXPECT_TRUE(card->refreshRequired);
    EXPECT_TRUE(card->refreshLaunchId.has_value());
    EXPECT_TRUE(card->content.whyWeWin.at(1).internalOnly);
    const auto history = cards.revisions(card->id);
    ASSERT_EQ(history.size(), 2u);
    EXPECT_EQ(history[0].note, "quarterly refresh");  // newest first
    EXPECT_EQ(cards.revision(card->id, 2)->content, card->content);
    EXPECT_TRUE(cards.revision(card->id, 1)->content.whyWeWin.empty());

    const json exported = exportDocument(*workspace);
    const json file = json::parse(readBytes(example));
    EXPECT_EQ(exported["battlecards"], file["battlecards"]);
    EXPECT_EQ(exported["skill_assessments"], file["skill_assessments"]);
}

}  // namespace
}  // namespace pmm::test
