// Importing into a workspace that already holds data: merge by uid, counts per entity, dry
// runs, tier rule versions from another workspace, and all or nothing when a write fails.
#include <gtest/gtest.h>

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>

#include "interchange/workspace_importer.h"
#include "interchange_test_data.h"
#include "storage/launch_store.h"
#include "storage/tier_rule_store.h"
#include "test_support.h"

namespace pmm::test {
namespace {

using nlohmann::json;
using storage::Workspace;

constexpr const char* kNewProduct = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
constexpr const char* kNewPerson = "9b2f4a1e-3c5d-4e6f-8a7b-0c1d2e3f4a5b";
constexpr const char* kNewManager = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";
constexpr const char* kNewLaunch = "f47ac10b-58cc-4372-a567-0e02b2c3d479";

json& launchNamed(json& doc, const std::string& name) {
    for (auto& launch : doc["launches"]) {
        if (launch["name"] == name) {
            return launch;
        }
    }
    throw std::runtime_error("no launch " + name);
}

// The arrays of an export are sorted by uid; a document edited by hand may not be.
json sortedByUid(json doc) {
    for (const char* section : {"people", "products", "segments", "competitors", "launches"}) {
        auto& records = doc[section];
        std::sort(records.begin(), records.end(),
                  [](const json& a, const json& b) { return a["uid"] < b["uid"]; });
    }
    return doc;
}

class Merge : public WorkspaceTest {
protected:
    void SetUp() override {
        m_path = file("team.pmmw");
        createSampleWorkspace(m_path, demo::DemoSize::Small);
        auto workspace = Workspace::open(m_path);
        m_document = exportDocument(*workspace);
    }

    // A document with one change of each kind.
    json edited() const {
        json doc = m_document;
        doc["people"][0]["name"] = "Renamed Person";
        doc["levels"][1]["name"] = "Product Marketing Manager";
        doc["settings"]["rhythm.sync"] = "biweekly";
        doc["products"].push_back(
            {{"uid", kNewProduct}, {"name", "Beacon Mobile"}, {"description", "New"}});
        json& board = launchNamed(doc, "Forecast board");
        board["status"] = "in_progress";
        board["checklist"].push_back(board["checklist"][0]);
        board["checklist"].erase(board["checklist"].begin());  // same marks, other order
        board["checklist"][0]["done"] = true;
        return doc;
    }

    fs::path m_path;
    json m_document;
};

TEST_F(Merge, AddsNewUpdatesChangedAndCountsEachEntity) {
    const json doc = edited();
    auto workspace = Workspace::open(m_path);
    const auto report = importText(*workspace, doc.dump());
    ASSERT_TRUE(report.valid()) << report.problemSummary();
    EXPECT_TRUE(report.written);
    EXPECT_FALSE(report.replacedDefaultRule);
    const std::size_t launches = m_document["launches"].size();
    EXPECT_EQ(countsOf(report, "levels"), "0/1/4");
    EXPECT_EQ(countsOf(report, "settings"), "1/0/2");
    EXPECT_EQ(countsOf(report, "people"), "0/1/11");
    EXPECT_EQ(countsOf(report, "products"), "1/0/4");
    EXPECT_EQ(countsOf(report, "segments"), "0/0/5");
    EXPECT_EQ(countsOf(report, "tier_rules"), "0/0/2");
    EXPECT_EQ(countsOf(report, "launches"), "0/1/" + std::to_string(launches - 1));
    EXPECT_EQ(report.changedRecords(), 5u);

    // The workspace now holds exactly the file's data.
    json expected = sortedByUid(doc);
    auto& checklist = launchNamed(expected, "Forecast board")["checklist"];
    std::sort(checklist.begin(), checklist.end(),
              [](const json& a, const json& b) { return a["item"] < b["item"]; });
    EXPECT_EQ(exportDocument(*workspace), expected);
    EXPECT_EQ(workspace->integrityProblems(), std::vector<std::string>{});
}

TEST_F(Merge, DryRunReportsTheSameCountsAndWritesNothing) {
    const std::string text = edited().dump();
    const FileSnapshot before = snapshotOf(m_path);
    interchange::ImportReport dry;
    {
        auto workspace = Workspace::open(m_path);
        int notifications = 0;
        workspace->subscribe([&](const storage::Change&) { ++notifications; });
        dry = importText(*workspace, text, true);
        EXPECT_EQ(notifications, 0);
    }
    EXPECT_EQ(snapshotOf(m_path), before);
    ASSERT_TRUE(dry.valid());
    EXPECT_FALSE(dry.written);
    auto workspace = Workspace::open(m_path);
    const auto real = importText(*workspace, text);
    EXPECT_EQ(real.counts, dry.counts);
}

TEST_F(Merge, TwoRecordsMaySwapNamesAndAManagerMayComeLater) {
    json doc = m_document;
    const json first = doc["products"][0]["name"];
    doc["products"][0]["name"] = doc["products"][1]["name"];
    doc["products"][1]["name"] = first;
    doc["people"].push_back(
        {{"uid", kNewPerson}, {"name", "New Report"}, {"manager", kNewManager}});
    doc["people"].push_back({{"uid", kNewManager}, {"name", "New Manager"}, {"level", 4}});
    auto workspace = Workspace::open(m_path);
    const auto report = importText(*workspace, doc.dump());
    ASSERT_TRUE(report.valid()) << report.problemSummary();
    EXPECT_EQ(countsOf(report, "products"), "0/2/2");
    EXPECT_EQ(countsOf(report, "people"), "2/0/12");
    const json after = exportDocument(*workspace);
    EXPECT_EQ(after["products"], sortedByUid(doc)["products"]);
    for (const json& person : after["people"]) {
        if (person["uid"] == kNewPerson) {
            EXPECT_EQ(person["manager"], kNewManager);
        }
    }
}

TEST_F(Merge, AFileWithOneSectionChangesOnlyThatSection) {
    const json doc = {{"format", "pmm-workbench"},
                      {"version", 1},
                      {"people", {{{"uid", kNewPerson}, {"name", "Script Added"}}}}};
    auto workspace = Workspace::open(m_path);
    const auto report = importText(*workspace, doc.dump());
    ASSERT_TRUE(report.valid()) << report.problemSummary();
    EXPECT_EQ(countsOf(report, "people"), "1/0/0");
    EXPECT_EQ(countsOf(report, "launches"), "0/0/0");
    json expected = m_document;
    expected["people"].push_back({{"uid", kNewPerson},
                                  {"name", "Script Added"},
                                  {"email", ""},
                                  {"level", 2},
                                  {"manager", nullptr}});
    EXPECT_EQ(exportDocument(*workspace), sortedByUid(expected));
}

TEST_F(Merge, ALaunchWithoutItsTierIsTieredWithTheCurrentRule) {
    json doc = {{"format", "pmm-workbench"}, {"version", 1}};
    doc["launches"] = {
        {{"uid", kNewLaunch},
         {"name", "Scripted launch"},
         {"product", m_document["products"][0]["uid"]},
         {"owner", m_document["people"][0]["uid"]},
         {"quarter", "2027-Q2"},
         {"criteria",
          {{"revenue", {{"score", 4}}}, {"urgency", {{"score", 4}}}, {"demand", {{"score", 3}}}}}}};
    auto workspace = Workspace::open(m_path);
    const auto report = importText(*workspace, doc.dump());
    ASSERT_TRUE(report.valid()) << report.problemSummary();
    json after = exportDocument(*workspace);
    const json launch = launchNamed(after, "Scripted launch");
    const auto current = launches::TierRuleStore(*workspace).current();
    EXPECT_EQ(launch["tier"]["rule"], current.uid);
    EXPECT_EQ(launch["tier"]["computed"], 1);  // 0.50×4 + 0.25×4 + 0.25×3 = 3.75 ≥ 3.75
    EXPECT_EQ(launch["tier"]["score"].dump(), "3.75");
    EXPECT_EQ(launch["status"], "idea");
    EXPECT_EQ(launch["created_at"].get<std::string>().size(), 20u);
}

TEST_F(Merge, RuleVersionsFromAnotherWorkspaceComeAfterItsOwn) {
    const auto otherPath = file("other.pmmw");
    createSampleWorkspace(otherPath, demo::DemoSize::Small);
    json other;
    {
        auto workspace = Workspace::open(otherPath);
        other = exportDocument(*workspace);
    }
    auto workspace = Workspace::open(m_path);
    const auto ownRules = launches::TierRuleStore(*workspace).versions();
    const auto report = importText(*workspace, other.dump());
    ASSERT_TRUE(report.valid()) << report.problemSummary();
    EXPECT_EQ(countsOf(report, "tier_rules"), "2/0/0");
    // Both workspaces assess the same nine competencies under uids of their own: merged by name.
    EXPECT_EQ(countsOf(report, "competencies"), "0/9/0");
    EXPECT_FALSE(report.replacedDefaultRule);
    const auto rules = launches::TierRuleStore(*workspace).versions();
    ASSERT_EQ(rules.size(), 4u);
    EXPECT_EQ(rules[0].uid, ownRules[0].uid);
    EXPECT_EQ(rules[1].uid, ownRules[1].uid);
    EXPECT_EQ(rules[2].uid, other["tier_rules"][0]["uid"]);
    EXPECT_EQ(rules[3].uid, other["tier_rules"][1]["uid"]);
    EXPECT_EQ(rules[3].version, 4);
    // The other workspace's launches kept their tiers, now under versions 3 and 4.
    const json after = exportDocument(*workspace);
    for (const json& launch : other["launches"]) {
        for (const json& stored : after["launches"]) {
            if (stored["uid"] == launch["uid"]) {
                EXPECT_EQ(stored["tier"], launch["tier"]) << launch["name"];
            }
        }
    }
    EXPECT_EQ(workspace->integrityProblems(), std::vector<std::string>{});
    // Importing it again finds every version already there.
    EXPECT_EQ(countsOf(importText(*workspace, other.dump()), "tier_rules"), "0/0/2");
}

TEST_F(Merge, ASavedRuleVersionCannotBeChangedByAFile) {
    json doc = m_document;
    doc["tier_rules"][1]["weights"] = {{"revenue", 0.6}, {"urgency", 0.2}, {"demand", 0.2}};
    auto workspace = Workspace::open(m_path);
    const auto report = importText(*workspace, doc.dump());
    EXPECT_EQ(report.problems.lines(),
              std::vector<std::string>{
                  "/tier_rules/1: the workspace's tier rule version 2 has this uid but other "
                  "weights; a saved version never changes (give an edited rule a new uid)"});
}

TEST_F(Merge, OverrideHistoryOnlyGrows) {
    json doc = m_document;
    json& board = launchNamed(doc, "Forecast board");
    board["overrides"].erase(1);
    board["outcome"] = "A sharper outcome";
    auto workspace = Workspace::open(m_path);
    const auto report = importText(*workspace, doc.dump());
    ASSERT_TRUE(report.valid()) << report.problemSummary();
    json after = exportDocument(*workspace);
    const json& stored = launchNamed(after, "Forecast board");
    EXPECT_EQ(stored["outcome"], "A sharper outcome");
    EXPECT_EQ(stored["overrides"], launchNamed(m_document, "Forecast board")["overrides"]);
}

TEST_F(Merge, AFailureWhileWritingLeavesEverythingAsItWas) {
    {
        SqliteFile raw(m_path);
        raw.exec(
            "CREATE TRIGGER refuse_boom BEFORE INSERT ON products WHEN NEW.name = 'Boom' "
            "BEGIN SELECT RAISE(ABORT, 'refused by a test trigger'); END");
    }
    json doc = edited();
    doc["products"].back()["name"] = "Boom";  // written after levels, settings and people
    const FileSnapshot before = snapshotOf(m_path);
    {
        auto workspace = Workspace::open(m_path);
        const auto contents = contentsOf(workspace->handle());
        int notifications = 0;
        workspace->subscribe([&](const storage::Change&) { ++notifications; });
        EXPECT_TRUE(isError(caught([&] { importText(*workspace, doc.dump()); }),
                            storage::WorkspaceErrorKind::Invalid, "refused by a test trigger"));
        EXPECT_EQ(contentsOf(workspace->handle()), contents);
        EXPECT_EQ(notifications, 0);
    }
    EXPECT_EQ(snapshotOf(m_path), before);
}

TEST_F(Merge, CancellingFromTheProgressCallbackChangesNothing) {
    const auto json_path = file("edited.json");
    writeBytes(json_path, edited().dump());
    const FileSnapshot before = snapshotOf(m_path);
    {
        auto workspace = Workspace::open(m_path);
        interchange::ImportOptions options;
        std::vector<std::string> steps;
        options.progress = [&](std::string_view step) {
            steps.emplace_back(step);
            return step != "Writing launches";
        };
        EXPECT_THROW(interchange::importWorkspaceFile(*workspace, json_path, options),
                     interchange::ImportCancelled);
        EXPECT_EQ(steps.front(), "Checking the workspace");
        EXPECT_EQ(steps.back(), "Writing launches");
    }
    EXPECT_EQ(snapshotOf(m_path), before);
}

TEST_F(Merge, AFileAboveTheSizeLimitIsRefusedBeforeItIsRead) {
    const auto big = file("big.json");
    {
        const int fd = ::open(big.c_str(), O_WRONLY | O_CREAT, 0600);
        ASSERT_GE(fd, 0);
        ASSERT_EQ(::ftruncate(fd, off_t{1100} << 20), 0);  // sparse: no disk used
        ::close(fd);
    }
    auto workspace = Workspace::open(m_path);
    const auto report = interchange::importWorkspaceFile(*workspace, big);
    EXPECT_EQ(report.problems.lines(),
              std::vector<std::string>{"the file is 1100 MiB; an import reads at most 1024 MiB"});
    EXPECT_TRUE(
        isError(caught([&] { interchange::importWorkspaceFile(*workspace, file("missing.json")); }),
                storage::WorkspaceErrorKind::NotFound, "missing.json"));
}

TEST(ScriptExample, ImportsIntoAnEmptyWorkspaceWithItsLaunchTiered) {
    const TempDir temp;
    auto workspace = Workspace::create(temp.path() / "empty.pmmw");
    const auto report = interchange::importWorkspaceFile(
        *workspace, fs::path(PMM_TEST_DATA_DIR) / "interchange" / "valid-script-example.json");
    ASSERT_TRUE(report.valid()) << report.problemSummary();
    EXPECT_EQ(countsOf(report, "people"), "2/0/0");
    EXPECT_EQ(countsOf(report, "launches"), "1/0/0");
    EXPECT_EQ(countsOf(report, "tier_rules"), "0/0/0");
    const auto stored = launches::LaunchStore(*workspace).list();
    ASSERT_EQ(stored.size(), 1u);
    EXPECT_EQ(stored[0].tier(), 2);  // 0.40×4 + 0.30×3 + 0.30×3 = 3.40
    EXPECT_EQ(stored[0].score, 340);
    EXPECT_EQ(stored[0].status, launches::LaunchStatus::Planned);
}

}  // namespace
}  // namespace pmm::test
