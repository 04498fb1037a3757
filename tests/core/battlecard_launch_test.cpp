// The competitor launches log: logging flags exactly that competitor's cards, in the same
// transaction as the log entry; the flag shows in the status and is cleared by a refresh;
// undo returns the cards to their earlier state.
#include <gtest/gtest.h>

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "storage/battlecard_store.h"
#include "storage/catalog.h"
#include "storage/competitor_launch_store.h"
#include "storage/database.h"
#include "storage/workspace.h"
#include "storage/workspace_error.h"
#include "test_support.h"
#include "util/uuid.h"

namespace {

using pmm::test::day;
using pmm::test::refusal;

using namespace pmm::battlecards;
using pmm::Date;
using pmm::storage::BattlecardStore;
using pmm::storage::Change;
using pmm::storage::ChangeType;
using pmm::storage::CompetitorLaunchStore;
using pmm::storage::EntityKind;
using pmm::storage::Workspace;
using pmm::storage::WorkspaceError;
using pmm::storage::WorkspaceErrorKind;

class CompetitorLaunchTest : public pmm::test::WorkspaceTest {
protected:
    void SetUp() override {
        m_workspace = Workspace::create(file("launches.pmmw"));
        pmm::catalog::Catalog catalog(*m_workspace);
        m_maya = catalog.people.add({0, "", "Maya Okafor", "", 2, std::nullopt}).id;
        const auto enterprise = catalog.segments.add({0, "", "Enterprise", "", m_maya}).id;
        const auto smb = catalog.segments.add({0, "", "SMB", "", std::nullopt}).id;
        const auto retail = catalog.segments.add({0, "", "Retail", "", m_maya}).id;
        m_globex = catalog.competitors.add({0, "", "Globex", "", std::nullopt, ""}).id;
        m_initech = catalog.competitors.add({0, "", "Initech", "", std::nullopt, ""}).id;
        BattlecardStore cards(*m_workspace);
        for (auto segment : {enterprise, smb, retail}) {
            m_globexCards.push_back(
                cards.create({m_globex, segment, std::nullopt, ""}, maya(), day("2026-05-02")).id);
        }
        m_initechCard =
            cards.create({m_initech, enterprise, std::nullopt, ""}, maya(), day("2026-05-02")).id;
        m_workspace->subscribe([this](const Change& change) { m_changes.push_back(change); });
    }

    CardEditor maya() const { return {m_maya, ""}; }
    CompetitorLaunchStore launches() { return CompetitorLaunchStore(*m_workspace); }
    BattlecardStore cards() { return BattlecardStore(*m_workspace); }

    CompetitorLaunch launch(std::int64_t competitor, const char* what,
                            const char* on = "2026-05-20") const {
        CompetitorLaunch l;
        l.competitorId = competitor;
        l.launchedOn = day(on);
        l.what = what;
        l.impact = "Expect price objections in renewals";
        return l;
    }

    // card id -> (required, cause), for every card.
    std::vector<std::string> flags() const {
        return pmm::test::SqliteFile(m_workspace->path(), true)
            .rows("SELECT id, refresh_required, refresh_launch_id FROM battlecards ORDER BY id");
    }

    std::unique_ptr<Workspace> m_workspace;
    std::vector<Change> m_changes;
    std::int64_t m_maya = 0;
    std::int64_t m_globex = 0;
    std::int64_t m_initech = 0;
    std::vector<std::int64_t> m_globexCards;
    std::int64_t m_initechCard = 0;
};

TEST_F(CompetitorLaunchTest, LoggingFlagsEveryCardOfThatCompetitorAndNoOther) {
    const auto logged = launches().log(launch(m_globex, "Usage-based pricing"), maya());
    EXPECT_GT(logged.launch.id, 0);
    EXPECT_TRUE(pmm::isUuid(logged.launch.uid));
    EXPECT_EQ(logged.launch.competitor, "Globex");
    EXPECT_EQ(logged.launch.loggedBy, "Maya Okafor");
    ASSERT_EQ(logged.flagged.size(), 3u);
    EXPECT_EQ(logged.flagged[0].segment, "Enterprise");
    EXPECT_EQ(logged.flagged[0].owner, "Maya Okafor");
    EXPECT_EQ(logged.flagged[1].segment, "Retail");
    EXPECT_EQ(logged.flagged[2].segment, "SMB");
    EXPECT_EQ(logged.flagged[2].owner, "");
    for (const auto& card : logged.flagged) {
        EXPECT_FALSE(card.wasRequired);
    }

    const std::string cause = std::to_string(logged.launch.id);
    EXPECT_EQ(flags(), (std::vector<std::string>{std::to_string(m_globexCards[0]) + "|1|" + cause,
                                                 std::to_string(m_globexCards[1]) + "|1|" + cause,
                                                 std::to_string(m_globexCards[2]) + "|1|" + cause,
                                                 std::to_string(m_initechCard) + "|0|NULL"}));

    const auto rows = cards().rows(day("2026-05-21"));
    EXPECT_EQ(rows[0].status, RefreshStatus::RefreshRequired);
    EXPECT_EQ(rows[3].status, RefreshStatus::Current);
    EXPECT_EQ(assessRefresh(rows[0].refresh, day("2026-05-21")).sentence,
              "Refresh required \u2014 Globex launched \u201cUsage-based pricing\u201d on "
              "2026-05-20; last refreshed 2026-05-02 (19 days ago)");

    ASSERT_EQ(m_changes.size(), 2u);
    EXPECT_EQ(m_changes[0].kind, EntityKind::CompetitorLaunch);
    EXPECT_EQ(m_changes[0].id, logged.launch.id);
    EXPECT_EQ(m_changes[1].kind, EntityKind::Battlecard);
    EXPECT_EQ(m_changes[1].id, 0);
}

TEST_F(CompetitorLaunchTest, TheLogEntryAndTheFlagsCommitTogether) {
    // When the notification arrives, another connection already sees both.
    std::vector<std::string> seen;
    m_workspace->subscribe([&](const Change& change) {
        if (change.kind == EntityKind::CompetitorLaunch) {
            pmm::test::SqliteFile other(m_workspace->path(), true);
            seen.push_back(
                std::to_string(other.integer("SELECT count(*) FROM competitor_launches")));
            seen.push_back(std::to_string(
                other.integer("SELECT count(*) FROM battlecards WHERE refresh_required = 1")));
        }
    });
    launches().log(launch(m_globex, "New tier"), maya());
    EXPECT_EQ(seen, (std::vector<std::string>{"1", "3"}));

    // When flagging fails, the launch is not logged either.
    const auto before = flags();
    pmm::storage::execScript(m_workspace->handle(),
                             "CREATE TEMP TRIGGER refuse BEFORE UPDATE OF refresh_required ON "
                             "main.battlecards BEGIN SELECT RAISE(ABORT, 'disk gremlin'); END");
    m_changes.clear();
    EXPECT_TRUE(pmm::test::caught([&] { launches().log(launch(m_globex, "Other"), maya()); }));
    EXPECT_EQ(launches().list().size(), 1u);
    EXPECT_EQ(flags(), before);
    EXPECT_TRUE(m_changes.empty());
}

TEST_F(CompetitorLaunchTest, InsideABulkChangeItRollsBackWithTheRest) {
    {
        Workspace::BulkChange bulk(*m_workspace);
        launches().log(launch(m_globex, "Bundle"), maya());
        EXPECT_EQ(launches().list().size(), 1u);
    }
    EXPECT_TRUE(launches().list().empty());
    EXPECT_EQ(cards().rows(day("2026-05-03"))[0].status, RefreshStatus::Current);
}

TEST_F(CompetitorLaunchTest, ALaterLaunchKeepsTheFirstCauseAndRefreshClearsTheFlag) {
    const auto first = launches().log(launch(m_globex, "Usage-based pricing"), maya());
    const auto second = launches().log(launch(m_globex, "AI assistant", "2026-06-01"), maya());
    EXPECT_TRUE(second.flagged[0].wasRequired);
    EXPECT_EQ(second.flagged[0].previousLaunchId, first.launch.id);
    EXPECT_EQ(cards().find(m_globexCards[0])->refreshLaunchId, first.launch.id);

    const auto refreshed = cards().markRefreshed(m_globexCards[0], maya(), day("2026-06-02"));
    EXPECT_FALSE(refreshed.refreshRequired);
    EXPECT_FALSE(refreshed.refreshLaunchId);
    EXPECT_EQ(cards().rows(day("2026-06-02"))[0].status, RefreshStatus::Current);
    EXPECT_EQ(cards().rows(day("2026-06-02"))[1].status, RefreshStatus::RefreshRequired);

    // Undo, latest first: the second launch's cards fall back to the first cause; the
    // refreshed card stays refreshed.
    launches().undo(second);
    EXPECT_EQ(launches().list().size(), 1u);
    EXPECT_FALSE(cards().find(m_globexCards[0])->refreshRequired);
    EXPECT_EQ(cards().find(m_globexCards[1])->refreshLaunchId, first.launch.id);
    launches().undo(first);
    EXPECT_TRUE(launches().list().empty());
    for (const auto& row : cards().rows(day("2026-06-02"))) {
        EXPECT_NE(row.status, RefreshStatus::RefreshRequired) << row.segment;
    }
}

TEST_F(CompetitorLaunchTest, ListFindAndRefusals) {
    launches().log(launch(m_globex, "Old", "2026-01-05"), maya());
    const auto newer =
        launches().log(launch(m_initech, "New", "2026-03-05"), {std::nullopt, "Ann"});
    const auto all = launches().list();
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[0].what, "New");
    EXPECT_EQ(all[0].loggedBy, "Ann");
    EXPECT_EQ(launches().list(m_globex).size(), 1u);
    EXPECT_EQ(launches().find(newer.launch.id)->impact, "Expect price objections in renewals");
    EXPECT_FALSE(launches().find(999));

    EXPECT_EQ(refusal([&] { launches().log(launch(999, "x"), maya()); }),
              "Competitor: choose one of the workspace's competitors.");
    EXPECT_EQ(refusal([&] { launches().log(launch(m_globex, "  "), maya()); }),
              "What: say what the competitor launched.");
    EXPECT_EQ(refusal([&] {
                  launches().log(launch(m_globex, "x"), {std::nullopt, ""});
              }),
              "Who: say who is logging the launch (a person or a name).");
    EXPECT_EQ(launches().list().size(), 2u);

    pmm::catalog::Catalog catalog(*m_workspace);
    for (auto id : m_globexCards) {
        cards().remove(id);
    }
    EXPECT_EQ(refusal([&] { catalog.competitors.remove(m_globex); }),
              "Cannot remove \"Globex\": it still has 1 logged launch. Reassign those first.");
}

}  // namespace
