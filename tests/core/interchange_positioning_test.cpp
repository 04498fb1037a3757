// Win/loss records, positioning statement versions and positioning reviews in the
// interchange format: what an export carries, a round trip that keeps them, merges with
// counts and dry runs, deals matched by their dedupe key, statement versions that never
// change and are numbered after the target's, and a file that leaves the dedupe key out.
#include <gtest/gtest.h>

#include <algorithm>

#include "interchange_test_data.h"
#include "storage/deal_store.h"
#include "storage/positioning_review_store.h"
#include "test_support.h"

namespace pmm::test {
namespace {

using nlohmann::json;
using storage::Workspace;

constexpr const char* kNewDeal = "7a3b5c4d-9e6f-4a8b-9c0d-2e3f4a5b6c7d";
constexpr const char* kNewStatement = "8b4c6d5e-0f7a-4b9c-8d1e-3f4a5b6c7d8e";

const json& byUid(const json& records, const std::string& uid) {
    for (const json& record : records) {
        if (record["uid"] == uid) {
            return record;
        }
    }
    throw std::runtime_error("no record " + uid);
}

const json& dealNamed(const json& deals, const std::string& name) {
    for (const json& deal : deals) {
        if (deal["name"] == name) {
            return deal;
        }
    }
    throw std::runtime_error("no deal " + name);
}

class Positioning : public WorkspaceTest {
protected:
    void SetUp() override {
        m_path = file("team.pmmw");
        createSampleWorkspace(m_path, demo::DemoSize::Small);
        auto workspace = Workspace::open(m_path);
        m_text = exportText(*workspace);
        m_document = json::parse(m_text);
        m_deals = storage::DealStore(*workspace).count();
    }

    // The index of the demo's refine review and of the statement it wrote.
    std::size_t refineReview() const {
        const json& reviews = m_document["positioning_reviews"];
        const auto found = std::find_if(reviews.begin(), reviews.end(),
                                        [](const json& r) { return r["decision"] == "refine"; });
        return static_cast<std::size_t>(found - reviews.begin());
    }

    fs::path m_path;
    std::string m_text;
    json m_document;
    std::int64_t m_deals = 0;
};

TEST_F(Positioning, ExportCarriesDealsStatementsAndReviews) {
    const json& deals = m_document["deals"];
    ASSERT_EQ(static_cast<std::int64_t>(deals.size()), m_deals);
    const json& stalled = dealNamed(deals, "Umbrella Corp — expansion");
    EXPECT_EQ(stalled["deal_id"], "CRM-7781");
    EXPECT_EQ(stalled["outcome"], "no_decision");
    EXPECT_EQ(stalled["arr"].dump(), "1234567.89");
    EXPECT_EQ(stalled["dedupe_key"], "id:CRM-7781");
    EXPECT_EQ(stalled["notes"], "Budget frozen;\nrevisit in Q1");
    const json& pilot = dealNamed(deals, "Initech — pilot \"Q4\"");
    EXPECT_TRUE(pilot["competitor"].is_null());
    EXPECT_TRUE(pilot["arr"].is_null());
    EXPECT_EQ(pilot["deal_id"], "");
    EXPECT_EQ(pilot["dedupe_key"], "key:2026-10-02|initech — pilot \"q4\"|");

    const json& statements = m_document["positioning_statements"];
    ASSERT_EQ(statements.size(), 4u);
    std::vector<int> versions;
    for (const json& statement : statements) {
        versions.push_back(statement["version"].get<int>());
        EXPECT_FALSE(statement["for_customer"].get<std::string>().empty());
    }
    std::sort(versions.begin(), versions.end());
    EXPECT_EQ(versions, (std::vector<int>{1, 1, 2, 3}));

    const json& reviews = m_document["positioning_reviews"];
    ASSERT_EQ(reviews.size(), 2u);
    const json& refine = reviews[refineReview()];
    EXPECT_EQ(byUid(statements, refine["statement"].get<std::string>())["version"], 3);
    EXPECT_GE(refine["participants"].size(), 2u);
    EXPECT_TRUE(std::is_sorted(refine["participants"].begin(), refine["participants"].end()));
    const json& keep = reviews[1 - refineReview()];
    EXPECT_EQ(keep["trigger"], "failed_deals");
    EXPECT_TRUE(keep["statement"].is_null());
    EXPECT_TRUE(keep["product"].is_null());
    EXPECT_EQ(keep["participants"].size(), 2u);
    ASSERT_EQ(keep["refresh_requests"].size(), 2u);
    EXPECT_LT(keep["refresh_requests"][0]["card"], keep["refresh_requests"][1]["card"]);
    EXPECT_EQ(keep["refresh_requests"][0]["note"], "Pricing objection changed");
    EXPECT_EQ(keep["refresh_requests"][0]["requested_on"], "2026-10-20");
}

TEST_F(Positioning, RoundTripIntoAnEmptyWorkspaceKeepsThemAll) {
    auto target = Workspace::create(file("target.pmmw"));
    const auto report = importText(*target, m_text);
    ASSERT_TRUE(report.valid()) << report.problemSummary();
    EXPECT_EQ(countsOf(report, "deals"), std::to_string(m_deals) + "/0/0");
    EXPECT_EQ(countsOf(report, "positioning_statements"), "4/0/0");
    EXPECT_EQ(countsOf(report, "positioning_reviews"), "2/0/0");
    EXPECT_EQ(exportText(*target), m_text);
    EXPECT_EQ(storage::DealStore(*target).count(), m_deals);
    storage::PositioningReviewStore reviews(*target);
    const auto stored = reviews.list();
    ASSERT_EQ(stored.size(), 2u);
    EXPECT_EQ(reviews.refreshRequestCards(stored.front().id).size(), 2u);
}

TEST_F(Positioning, MergeCountsChangesAndADryRunChangesNothing) {
    json doc = m_document;
    doc["deals"][0]["notes"] = "Lost the champion";
    doc["deals"][0]["arr"] = 250000.5;
    const json changed = doc["deals"][0];
    json added = doc["deals"][1];
    added["uid"] = kNewDeal;
    added["deal_id"] = "CRM-9001";
    added["dedupe_key"] = "id:CRM-9001";
    doc["deals"].push_back(added);
    json& keep = doc["positioning_reviews"][1 - refineReview()];
    keep["participants"] = json::array({doc["people"][5]["uid"]});
    keep["refresh_requests"].erase(0);

    auto workspace = Workspace::open(m_path);
    const auto dry = importText(*workspace, doc.dump(), true);
    ASSERT_TRUE(dry.valid()) << dry.problemSummary();
    EXPECT_EQ(countsOf(dry, "deals"), "1/1/" + std::to_string(m_deals - 1));
    EXPECT_EQ(countsOf(dry, "positioning_reviews"), "0/1/1");
    EXPECT_EQ(countsOf(dry, "positioning_statements"), "0/0/4");
    EXPECT_EQ(exportText(*workspace), m_text) << "a dry run changes nothing";

    const auto report = importText(*workspace, doc.dump());
    ASSERT_TRUE(report.valid()) << report.problemSummary();
    EXPECT_EQ(countsOf(report, "deals"), countsOf(dry, "deals"));
    const json after = exportDocument(*workspace);
    EXPECT_EQ(byUid(after["deals"], changed["uid"].get<std::string>()), changed);
    EXPECT_EQ(byUid(after["deals"], kNewDeal), added);
    EXPECT_EQ(after["positioning_reviews"], doc["positioning_reviews"]);
    EXPECT_EQ(storage::DealStore(*workspace).count(), m_deals + 1);
}

TEST_F(Positioning, ADealWithANewUidButAKnownDedupeKeyIsTheSameDeal) {
    // The same CRM export imported into two workspaces gives the same deals other uids.
    json doc = m_document;
    json& deal = doc["deals"][3];
    const std::string stored = deal["uid"];
    deal["uid"] = kNewDeal;
    deal["reason"] = "Pricing (per seat)";
    auto workspace = Workspace::open(m_path);
    const auto report = importText(*workspace, doc.dump());
    ASSERT_TRUE(report.valid()) << report.problemSummary();
    EXPECT_EQ(countsOf(report, "deals"), "0/1/" + std::to_string(m_deals - 1));
    EXPECT_EQ(storage::DealStore(*workspace).count(), m_deals);
    const json after = exportDocument(*workspace);
    EXPECT_EQ(byUid(after["deals"], kNewDeal)["reason"], "Pricing (per seat)");
    EXPECT_THROW(byUid(after["deals"], stored), std::runtime_error) << "it takes the file's uid";
}

TEST_F(Positioning, ALeftOutDedupeKeyIsMadeAsACrmImportMakesIt) {
    json doc = m_document;
    for (json& deal : doc["deals"]) {
        deal.erase("dedupe_key");
    }
    auto target = Workspace::create(file("target.pmmw"));
    const auto report = importText(*target, doc.dump());
    ASSERT_TRUE(report.valid()) << report.problemSummary();
    const json after = exportDocument(*target);
    EXPECT_EQ(after["deals"], m_document["deals"]);
}

TEST_F(Positioning, AStatementVersionNeverChanges) {
    json doc = m_document;
    doc["positioning_statements"][1]["that_benefit"] = "rewritten history";
    doc["positioning_statements"][1]["note"] = "";
    const FileSnapshot before = snapshotOf(m_path);
    {
        auto workspace = Workspace::open(m_path);
        const auto report = importText(*workspace, doc.dump());
        const int version = doc["positioning_statements"][1]["version"];
        EXPECT_EQ(report.problems.lines(),
                  std::vector<std::string>{
                      "/positioning_statements/1: the workspace's statement version " +
                      std::to_string(version) +
                      " has this uid but other that_benefit, note; a saved version never changes "
                      "(give an edited statement a new uid: it becomes a new version)"});
        EXPECT_FALSE(report.written);
    }
    EXPECT_EQ(snapshotOf(m_path), before);
}

TEST_F(Positioning, ANewVersionIsNumberedAfterTheWorkspacesAndReviewsFindIt) {
    // A file from a workspace where the statement is version 1 of a product and segment this
    // workspace already has three versions of, with the review that wrote it.
    const std::size_t refine = refineReview();
    json review = m_document["positioning_reviews"][refine];
    json statement =
        byUid(m_document["positioning_statements"], review["statement"].get<std::string>());
    statement["uid"] = kNewStatement;
    statement["version"] = 1;
    statement["that_benefit"] = "proves pipeline per campaign to finance";
    review["statement"] = kNewStatement;
    review["decision"] = "reposition";
    const json doc = {{"format", "pmm-workbench"},
                      {"version", 1},
                      {"positioning_statements", {statement}},
                      {"positioning_reviews", {review}}};

    auto workspace = Workspace::open(m_path);
    const auto report = importText(*workspace, doc.dump());
    ASSERT_TRUE(report.valid()) << report.problemSummary();
    EXPECT_EQ(countsOf(report, "positioning_statements"), "1/0/0");
    EXPECT_EQ(countsOf(report, "positioning_reviews"), "0/1/0");
    const json after = exportDocument(*workspace);
    EXPECT_EQ(byUid(after["positioning_statements"], kNewStatement)["version"], 4);
    EXPECT_EQ(after["positioning_reviews"][refine]["statement"], kNewStatement);
    EXPECT_EQ(after["positioning_reviews"][refine]["decision"], "reposition");

    // Importing the file again: the version keeps its workspace number and is unchanged.
    const auto again = importText(*workspace, doc.dump());
    ASSERT_TRUE(again.valid()) << again.problemSummary();
    EXPECT_EQ(again.changedRecords(), 0u);
}

TEST(PositioningExample, AHandWrittenFileImportsWithMadeKeysAndSortedParticipants) {
    const TempDir temp;
    auto workspace = Workspace::create(temp.path() / "team.pmmw");
    const auto example = fs::path(PMM_TEST_DATA_DIR) / "interchange" / "valid-positioning.json";
    const json file = json::parse(readBytes(example));
    const auto report = importText(*workspace, file.dump());
    ASSERT_TRUE(report.valid()) << report.problemSummary();
    EXPECT_EQ(countsOf(report, "deals"), "2/0/0");
    EXPECT_EQ(countsOf(report, "positioning_statements"), "1/0/0");
    EXPECT_EQ(countsOf(report, "positioning_reviews"), "1/0/0");
    const json after = exportDocument(*workspace);
    EXPECT_EQ(after["deals"][0]["dedupe_key"], "id:OPP-1042");
    EXPECT_EQ(after["deals"][1]["dedupe_key"], "key:2026-10-09|hooli pilot|");
    EXPECT_EQ(after["deals"][1]["arr"].dump(), "12500.5");
    EXPECT_EQ(after["deals"][0]["arr"].dump(), "42000.0");
    EXPECT_EQ(after["positioning_reviews"][0]["participants"],
              json::array({"6f1c2b4a-8d3e-4f5a-9b7c-1d2e3f4a5b6c",
                           "7a2d3c5b-9e4f-4a6b-8c8d-2e3f4a5b6c7d"}));
    EXPECT_TRUE(after["positioning_reviews"][0]["segment"].is_null());
    // The same file again is all unchanged: made keys and the participants' order included.
    const auto again = importText(*workspace, file.dump());
    ASSERT_TRUE(again.valid()) << again.problemSummary();
    EXPECT_EQ(again.changedRecords(), 0u);
}

}  // namespace
}  // namespace pmm::test
