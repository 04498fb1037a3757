// The battlecards of the demo data: every competitor has cards, each 2-4 KB in every section
// with internal-only lines, with history; as of the demo's day some are due soon, stale or
// flagged by a logged competitor launch; the same seed gives the same cards; and all of it
// is searchable.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <memory>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "battlecards/sales_view.h"
#include "demo/demo_battlecards.h"
#include "demo/demo_data.h"
#include "storage/battlecard_search.h"
#include "storage/battlecard_store.h"
#include "storage/catalog.h"
#include "storage/competitor_launch_store.h"
#include "storage/workspace.h"
#include "test_support.h"

namespace {

using namespace pmm::battlecards;
using pmm::storage::BattlecardStore;
using pmm::storage::Workspace;

std::size_t textBytes(const BattlecardContent& content) {
    std::size_t bytes = 0;
    for (CardSection section : kCardSections) {
        for (const auto& line : linesOf(content, section)) {
            for (const auto& field : line.fields) {
                bytes += field.size();
            }
        }
    }
    return bytes;
}

bool hasInternal(const BattlecardContent& c) {
    for (CardSection section : kCardSections) {
        for (const auto& line : linesOf(c, section)) {
            if (line.internalOnly) {
                return true;
            }
        }
    }
    return false;
}

bool hasInternal(const std::vector<CardPoint>& lines) {
    return std::any_of(lines.begin(), lines.end(),
                       [](const CardPoint& line) { return line.internalOnly; });
}

class BattlecardDemoTest : public pmm::test::WorkspaceTest {
protected:
    std::unique_ptr<Workspace> demo(const char* name, std::uint64_t seed) {
        auto workspace = Workspace::create(file(name));
        pmm::demo::fillDemoData(*workspace, pmm::demo::DemoSize::Small, seed);
        return workspace;
    }
};

TEST_F(BattlecardDemoTest, SmallDemoHasRealisticCardsInEveryState) {
    auto workspace = demo("demo.pmmw", 1);
    BattlecardStore store(*workspace);
    const auto rows = store.rows(pmm::demo::kDemoCardsDay);
    const auto counts = pmm::demo::demoCounts(pmm::demo::DemoSize::Small);
    EXPECT_EQ(static_cast<int>(rows.size()), counts.battlecards);

    std::set<std::int64_t> competitors;
    std::map<RefreshStatus, int> statuses;
    bool editedSinceRefresh = false;
    int internalPricing = 0;
    int internalOverview = 0;
    for (const auto& row : rows) {
        competitors.insert(row.competitorId);
        ++statuses[row.status];
        EXPECT_FALSE(row.owner.empty()) << row.competitor << " / " << row.segment;
        const auto card = store.find(row.id);
        ASSERT_TRUE(card);
        const std::size_t bytes = textBytes(card->content);
        EXPECT_GE(bytes, 2048u) << row.id;
        EXPECT_LE(bytes, 4096u) << row.id;
        EXPECT_GE(card->content.overview.size(), 2u);
        EXPECT_FALSE(card->content.pricingNotes.empty());
        internalPricing += hasInternal(card->content.pricingNotes) ? 1 : 0;
        internalOverview += hasInternal(card->content.overview) ? 1 : 0;
        EXPECT_GE(card->content.objections.size(), 3u);
        EXPECT_GE(card->content.decisionTree.size(), 3u);
        EXPECT_FALSE(card->content.proofPoints.empty());
        EXPECT_FALSE(card->content.landmines.empty());
        EXPECT_TRUE(hasInternal(card->content));
        EXPECT_FALSE(hasInternal(salesView(card->content)));
        EXPECT_GE(store.revisions(row.id).size(), 2u);
        const auto since = store.sinceLastRefresh(row.id);
        ASSERT_TRUE(since);
        editedSinceRefresh = editedSinceRefresh || !since->saves.empty();
        if (row.status == RefreshStatus::RefreshRequired) {
            EXPECT_TRUE(row.refresh.pendingLaunch) << row.id;
        }
    }
    EXPECT_EQ(static_cast<int>(competitors.size()), counts.competitors);
    for (RefreshStatus status : {RefreshStatus::Current, RefreshStatus::DueSoon,
                                 RefreshStatus::Stale, RefreshStatus::RefreshRequired}) {
        EXPECT_GT(statuses[status], 0) << statusLabel(status);
    }
    EXPECT_TRUE(editedSinceRefresh);
    // A few floors and approvals in pricing notes, fewer remarks in overviews, for the team only.
    EXPECT_GT(internalPricing, 0);
    EXPECT_LT(internalPricing, static_cast<int>(rows.size()));
    EXPECT_GT(internalOverview, 0);
    EXPECT_LT(internalOverview, internalPricing);
    EXPECT_FALSE(pmm::storage::CompetitorLaunchStore(*workspace).list().empty());
    EXPECT_TRUE(workspace->integrityProblems().empty());

    // Every card is in the index.
    pmm::test::SqliteFile file(workspace->path(), true);
    EXPECT_EQ(file.integer("SELECT count(*) FROM battlecard_search"),
              static_cast<std::int64_t>(rows.size()));
    EXPECT_FALSE(pmm::storage::BattlecardSearch(*workspace).search("questionnaire").empty());
}

TEST_F(BattlecardDemoTest, TheSameSeedGivesTheSameCards) {
    const char* dump =
        "SELECT b.uid, b.owner_id, b.last_refreshed, b.refresh_required, "
        "(SELECT group_concat(p.section || p.text || p.internal_only, '|') FROM "
        "battlecard_points p WHERE p.card_id = b.id), "
        "(SELECT group_concat(r.uid || r.kind || r.changed_at || r.snapshot, '|') "
        "FROM battlecard_revisions r WHERE r.card_id = b.id) FROM battlecards b ORDER BY b.uid";
    const auto first = demo("a.pmmw", 7);
    const auto second = demo("b.pmmw", 7);
    const auto third = demo("c.pmmw", 8);
    const auto rowsOf = [&](const Workspace& workspace) {
        return pmm::test::SqliteFile(workspace.path(), true).rows(dump);
    };
    EXPECT_EQ(rowsOf(*first), rowsOf(*second));
    EXPECT_NE(rowsOf(*first), rowsOf(*third));
}

TEST_F(BattlecardDemoTest, LargeCountsKeepAFullHistoryForOneCardInFifty) {
    auto workspace = Workspace::create(file("many.pmmw"));
    std::mt19937_64 random(3);
    {
        Workspace::BulkChange bulk(*workspace);
        pmm::catalog::Catalog catalog(*workspace);
        const auto owner = catalog.people.add({0, "", "Maya Okafor", "", 2, std::nullopt}).id;
        catalog.people.add({0, "", "Jonas Berg", "", 2, std::nullopt});
        for (int n = 0; n < 21; ++n) {
            catalog.segments.add({0, "", "Segment " + std::to_string(n), "", owner});
        }
        for (int n = 0; n < 50; ++n) {
            catalog.competitors.add({0, "", "Rival " + std::to_string(n), "", std::nullopt, ""});
        }
        pmm::demo::fillDemoBattlecards(*workspace, 1020, random);
        bulk.commit();
    }
    pmm::test::SqliteFile file(workspace->path(), true);
    EXPECT_EQ(file.integer("SELECT count(*) FROM battlecards"), 1020);
    EXPECT_EQ(file.integer("SELECT count(*) FROM battlecard_search"), 1020);
    // Cards with their creation in the history: one in fifty.
    EXPECT_EQ(file.integer("SELECT count(*) FROM battlecard_revisions WHERE kind = 'create'"), 21);
    EXPECT_EQ(file.integer("SELECT count(*) FROM battlecards b WHERE NOT EXISTS (SELECT 1 FROM "
                           "battlecard_revisions r WHERE r.card_id = b.id)"),
              0);
    EXPECT_TRUE(workspace->integrityProblems().empty());
}

TEST_F(BattlecardDemoTest, NothingToDoWithoutCompetitorsOrSegments) {
    auto workspace = Workspace::create(file("empty.pmmw"));
    std::mt19937_64 random(1);
    {
        Workspace::BulkChange bulk(*workspace);
        pmm::demo::fillDemoBattlecards(*workspace, 100, random);
        bulk.commit();
    }
    EXPECT_TRUE(BattlecardStore(*workspace).rows().empty());
}

}  // namespace
