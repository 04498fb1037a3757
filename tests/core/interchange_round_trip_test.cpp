// Export → import into an empty workspace → export again gives the same bytes, and the
// export's own promises: stable order, no timestamp of its own, the documented layout.
#include <gtest/gtest.h>

#include <set>

#include "interchange/entity_section.h"
#include "interchange/exporter.h"
#include "interchange/format.h"
#include "interchange_test_data.h"
#include "storage/deal_store.h"
#include "storage/interchange_reader.h"
#include "test_support.h"

namespace pmm::test {
namespace {

using storage::Workspace;

struct RoundTripCase {
    const char* name;
    demo::DemoSize size;
};

class RoundTrip : public WithTempDir<::testing::TestWithParam<RoundTripCase>> {};

TEST_P(RoundTrip, ExportImportIntoAnEmptyWorkspaceExportIsByteIdentical) {
    const auto source = file("source.pmmw");
    createSampleWorkspace(source, GetParam().size);
    std::string first;
    {
        auto workspace = Workspace::open(source);
        first = exportText(*workspace);
        EXPECT_EQ(exportText(*workspace), first) << "two exports of the same data differ";
    }
    auto target = Workspace::create(file("target.pmmw"));
    const auto report = importText(*target, first);
    ASSERT_TRUE(report.valid()) << report.problemSummary();
    EXPECT_TRUE(report.written);
    EXPECT_TRUE(report.replacedDefaultRule);
    const std::string second = exportText(*target);
    EXPECT_EQ(second, first);
    EXPECT_EQ(target->integrityProblems(), std::vector<std::string>{});

    // Importing the same file again changes nothing: every record is unchanged.
    const auto again = importText(*target, first);
    ASSERT_TRUE(again.valid()) << again.problemSummary();
    EXPECT_EQ(again.changedRecords(), 0u);
    EXPECT_EQ(exportText(*target), first);
}

INSTANTIATE_TEST_SUITE_P(Demos, RoundTrip,
                         ::testing::Values(RoundTripCase{"small", demo::DemoSize::Small},
                                           RoundTripCase{"medium", demo::DemoSize::Medium}),
                         [](const auto& test) { return std::string(test.param.name); });

using Export = WorkspaceTest;

TEST_F(Export, HasTheDocumentedLayout) {
    const auto path = file("team.pmmw");
    createSampleWorkspace(path, demo::DemoSize::Small);
    auto workspace = Workspace::open(path);
    const std::string text = exportText(*workspace);
    ASSERT_FALSE(text.empty());
    EXPECT_EQ(text.back(), '\n');
    EXPECT_TRUE(text.starts_with("{\n  \"format\": \"pmm-workbench\",\n  \"version\": 1,\n"));
    EXPECT_EQ(text.find('\t'), std::string::npos);
    EXPECT_EQ(text.find("exported_at"), std::string::npos);

    const auto document = nlohmann::ordered_json::parse(text);
    std::vector<std::string> keys;
    for (const auto& [key, value] : document.items()) {
        keys.push_back(key);
    }
    EXPECT_EQ(keys, (std::vector<std::string>{"format", "version", "levels", "settings", "people",
                                              "products", "segments", "competitors", "tier_rules",
                                              "launches", "competencies", "competitor_launches",
                                              "battlecards", "skill_assessments", "deals",
                                              "positioning_statements", "positioning_reviews"}));
    // Arrays sorted by their documented key.
    for (const char* section :
         {"people", "products", "segments", "competitors", "launches", "competencies",
          "competitor_launches", "battlecards", "skill_assessments", "deals",
          "positioning_statements", "positioning_reviews"}) {
        const auto& records = document[section];
        ASSERT_FALSE(records.empty()) << section;
        for (std::size_t i = 1; i < records.size(); ++i) {
            EXPECT_LT(records[i - 1]["uid"].get<std::string>(),
                      records[i]["uid"].get<std::string>())
                << section << " " << i;
        }
    }
    const auto& rules = document["tier_rules"];
    ASSERT_EQ(rules.size(), 2u);
    EXPECT_EQ(rules[0]["version"], 1);
    EXPECT_EQ(rules[1]["version"], 2);
    EXPECT_EQ(rules[1]["weights"]["revenue"].dump(), "0.5");
    EXPECT_EQ(rules[1]["tier1_threshold"].dump(), "3.75");
    EXPECT_EQ(rules[0]["tier2_threshold"].dump(), "2.5");
    EXPECT_EQ(rules[1]["checklists"]["tier_2"].back()["title"], "Partner briefing");
    EXPECT_EQ(document["settings"]["team.name"], "Growth \u00e9quipe / \"PMM\"");

    // References are uids that exist in the document.
    std::set<std::string> people;
    for (const auto& person : document["people"]) {
        people.insert(person["uid"].get<std::string>());
    }
    for (const auto& launch : document["launches"]) {
        EXPECT_EQ(people.count(launch["owner"].get<std::string>()), 1u);
    }
}

TEST_F(Export, IsWhatDumpingTheWholeTreeWouldGive) {
    const auto path = file("team.pmmw");
    createSampleWorkspace(path, demo::DemoSize::Small);
    auto workspace = Workspace::open(path);
    const auto data = storage::readWorkspaceData(workspace->handle());
    nlohmann::ordered_json root = {{"format", "pmm-workbench"}, {"version", 1}};
    for (const auto* section : interchange::entitySections()) {
        root[std::string(section->key())] = section->toJson(data);
    }
    EXPECT_EQ(interchange::exportJson(data), root.dump(2) + "\n");
    // Empty sections are written as [] and {} just the same.
    const interchange::WorkspaceData empty;
    nlohmann::ordered_json bare = {{"format", "pmm-workbench"}, {"version", 1}};
    for (const auto* section : interchange::entitySections()) {
        bare[std::string(section->key())] = section->toJson(empty);
    }
    EXPECT_EQ(interchange::exportJson(empty), bare.dump(2) + "\n");
}

TEST_F(Export, ShowsTheLaunchStatesItCarries) {
    const auto path = file("team.pmmw");
    createSampleWorkspace(path, demo::DemoSize::Small);
    auto workspace = Workspace::open(path);
    const auto document = nlohmann::json::parse(exportText(*workspace));
    const auto find = [&](const std::string& name) {
        for (const auto& launch : document["launches"]) {
            if (launch["name"] == name) {
                return launch;
            }
        }
        return nlohmann::json();
    };
    const auto history = find("Forecast board");
    ASSERT_TRUE(history.is_object());
    EXPECT_EQ(history["status"], "planned");
    EXPECT_EQ(history["tier"]["computed"], 2);
    EXPECT_EQ(history["tier"]["score"].dump(), "3.4");
    EXPECT_TRUE(history["tier"]["override"].is_null());
    ASSERT_EQ(history["overrides"].size(), 2u);
    EXPECT_EQ(history["overrides"][0]["to_tier"], 1);
    EXPECT_TRUE(history["overrides"][1]["to_tier"].is_null());
    EXPECT_EQ(history["checklist"].size(), 2u);

    const auto moved = find("Pipeline alerts");
    EXPECT_EQ(moved["tier"]["override"]["tier"], 3);
    EXPECT_EQ(moved["status"], "in_progress");
    EXPECT_NE(moved["tier"]["rule"], history["tier"]["rule"]);

    const auto idea = find("Ideas: AI summaries");
    EXPECT_TRUE(idea["tier"].is_null());
    EXPECT_EQ(idea["criteria"]["revenue"]["score"], 2);
    EXPECT_TRUE(idea["criteria"]["urgency"]["score"].is_null());
    EXPECT_TRUE(idea["target_date"].is_null());
    EXPECT_EQ(find("Reviewed launch")["metric"]["actual"], "21%");
    EXPECT_EQ(find("Reviewed launch")["pivot"], true);
}

TEST_F(Export, WritesTheFileAndCountsEachEntity) {
    const auto path = file("team.pmmw");
    createSampleWorkspace(path, demo::DemoSize::Small);
    storage::OpenOptions options;
    options.mode = storage::OpenMode::ReadOnly;
    auto workspace = Workspace::open(path, options);
    const auto output = file("team.json");
    const auto summary = interchange::exportWorkspace(*workspace, output);
    EXPECT_EQ(readBytes(output), exportText(*workspace));
    EXPECT_EQ(summary.bytes, readBytes(output).size());
    ASSERT_EQ(summary.counts.size(), 15u);
    EXPECT_EQ(summary.counts[2].first, "people");
    EXPECT_EQ(summary.counts[2].second, 12u);
    EXPECT_EQ(summary.counts[10].first, "battlecards");
    EXPECT_EQ(summary.counts[10].second, 24u);
    EXPECT_EQ(permissionsOf(output), 0600u);
    for (const std::string& name : listFolder(dir())) {
        EXPECT_TRUE(name.starts_with("team.pmmw") || name == "team.json")
            << "left behind: " << name;
    }
}

TEST_F(Export, CarriesWinLossRecordsAndPositioning) {
    const auto path = file("team.pmmw");
    createSampleWorkspace(path, demo::DemoSize::Small);
    auto workspace = Workspace::open(path);
    const auto summary = interchange::exportWorkspace(*workspace, file("team.json"));
    const std::int64_t deals = storage::DealStore(*workspace).count();
    ASSERT_GT(deals, 0);
    const std::vector<std::pair<std::string, std::size_t>> positioning(summary.counts.end() - 3,
                                                                       summary.counts.end());
    EXPECT_EQ(positioning, (std::vector<std::pair<std::string, std::size_t>>{
                               {"deals", static_cast<std::size_t>(deals)},
                               {"positioning_statements", 4},
                               {"positioning_reviews", 2}}));
    const auto document = nlohmann::json::parse(readBytes(file("team.json")));
    EXPECT_EQ(document["deals"].size(), static_cast<std::size_t>(deals));
}

}  // namespace
}  // namespace pmm::test
