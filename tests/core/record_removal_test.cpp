// Removing win/loss records and battlecards so that Edit ▸ Undo can put them back: the
// workspace after remove + restore exports byte for byte as before, rows keep their ids and
// uids, a restored card is found by search again, and a removal that cannot be complete
// changes nothing.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "interchange_test_data.h"
#include "storage/battlecard_search.h"
#include "storage/battlecard_store.h"
#include "storage/database.h"
#include "storage/deal_store.h"
#include "test_support.h"

namespace pmm::test {
namespace {

using storage::BattlecardStore;
using storage::Change;
using storage::ChangeType;
using storage::DealStore;
using storage::EntityKind;
using storage::Statement;
using storage::Workspace;
using storage::WorkspaceErrorKind;

class RecordRemovalTest : public WorkspaceTest {
protected:
    void SetUp() override {
        createSampleWorkspace(file("sample.pmmw"), demo::DemoSize::Small);
        m_workspace = Workspace::open(file("sample.pmmw"));
        m_before = exportText(*m_workspace);
        m_workspace->subscribe([this](const Change& change) { m_changes.push_back(change); });
    }

    std::vector<std::int64_t> ids(const char* sql) const {
        Statement query(m_workspace->handle(), sql);
        std::vector<std::int64_t> found;
        while (query.step()) {
            found.push_back(query.int64(0));
        }
        return found;
    }

    std::int64_t count(const char* sql, std::int64_t key) const {
        Statement query(m_workspace->handle(), sql);
        query.bind(1, key);
        query.step();
        return query.int64(0);
    }

    bool searchFinds(const std::string& text, std::int64_t cardId) const {
        const auto hits = storage::BattlecardSearch(*m_workspace).search(text, 5000);
        return std::any_of(hits.begin(), hits.end(),
                           [cardId](const auto& hit) { return hit.cardId == cardId; });
    }

    // A card that a positioning review asked to refresh and that has a text line.
    std::int64_t requestedCard() const {
        const auto cards =
            ids("SELECT r.card_id FROM battlecard_refresh_requests r "
                "WHERE EXISTS (SELECT 1 FROM battlecard_points p WHERE p.card_id = r.card_id) "
                "ORDER BY r.card_id LIMIT 1");
        return cards.empty() ? 0 : cards.front();
    }

    std::string firstLine(std::int64_t cardId) const {
        Statement query(m_workspace->handle(),
                        "SELECT text FROM battlecard_points WHERE card_id = ?1 ORDER BY id");
        query.bind(1, cardId);
        return query.step() ? query.text(0) : std::string();
    }

    std::unique_ptr<Workspace> m_workspace;
    std::string m_before;
    std::vector<Change> m_changes;
};

TEST_F(RecordRemovalTest, RemovedDealComesBackIdentical) {
    const std::int64_t id = ids("SELECT id FROM deals ORDER BY id DESC LIMIT 1").at(0);
    const std::int64_t deals = DealStore(*m_workspace).count();
    const auto removed = DealStore(*m_workspace).removeKeepingRows({id});
    EXPECT_EQ(DealStore(*m_workspace).count(), deals - 1);
    EXPECT_FALSE(DealStore(*m_workspace).find(id));
    EXPECT_NE(exportText(*m_workspace), m_before);
    ASSERT_EQ(m_changes.size(), 1u);
    EXPECT_EQ(m_changes[0].kind, EntityKind::Deal);
    EXPECT_EQ(m_changes[0].type, ChangeType::Removed);
    EXPECT_EQ(m_changes[0].id, id);

    DealStore(*m_workspace).restore(removed);
    EXPECT_EQ(exportText(*m_workspace), m_before);
    EXPECT_TRUE(DealStore(*m_workspace).find(id));
    ASSERT_EQ(m_changes.size(), 2u);
    EXPECT_EQ(m_changes[1].type, ChangeType::Added);
    EXPECT_EQ(m_changes[1].id, id);
}

TEST_F(RecordRemovalTest, SeveralDealsGoAndComeBackInOneStep) {
    const auto several = ids("SELECT id FROM deals ORDER BY closed_on, id LIMIT 7");
    ASSERT_EQ(several.size(), 7u);
    const auto removed = DealStore(*m_workspace).removeKeepingRows(several);
    EXPECT_EQ(removed.rows.size(), 7u);
    for (const std::int64_t id : several) {
        EXPECT_FALSE(DealStore(*m_workspace).find(id)) << id;
    }
    ASSERT_EQ(m_changes.size(), 1u);
    EXPECT_EQ(m_changes[0].id, 0);  // several: one notification for the table

    DealStore(*m_workspace).restore(removed);
    EXPECT_EQ(exportText(*m_workspace), m_before);
    EXPECT_EQ(m_workspace->integrityProblems(), std::vector<std::string>{});
}

TEST_F(RecordRemovalTest, RemovingADealThatIsGoneRemovesNothing) {
    const std::int64_t id = ids("SELECT id FROM deals ORDER BY id LIMIT 1").at(0);
    const std::int64_t gone = ids("SELECT max(id) + 1 FROM deals").at(0);
    EXPECT_TRUE(isError(caught([&] {
                            DealStore(*m_workspace).removeKeepingRows({id, gone});
                        }),
                        WorkspaceErrorKind::Invalid, "no longer in the workspace"));
    EXPECT_TRUE(DealStore(*m_workspace).find(id));
    EXPECT_TRUE(m_changes.empty());
    EXPECT_EQ(exportText(*m_workspace), m_before);
}

TEST_F(RecordRemovalTest, RestoringADealRecordedAgainSinceIsRefusedAndChangesNothing) {
    const std::int64_t id = ids("SELECT id FROM deals ORDER BY id LIMIT 1").at(0);
    positioning::Deal again = *DealStore(*m_workspace).find(id);
    const auto removed = DealStore(*m_workspace).removeKeepingRows({id});
    again.id = 0;
    again.uid.clear();
    DealStore(*m_workspace).add(again);  // typed in again: a new uid, the same dedupe key
    const std::string retyped = exportText(*m_workspace);
    EXPECT_TRUE(isError(caught([&] { DealStore(*m_workspace).restore(removed); }),
                        WorkspaceErrorKind::Invalid, "recorded again"));
    EXPECT_EQ(exportText(*m_workspace), retyped);
}

TEST_F(RecordRemovalTest, RemovedBattlecardComesBackWithHistoryRequestsAndSearchRow) {
    const std::int64_t card = requestedCard();
    ASSERT_GT(card, 0) << "the sample has a card with a refresh request";
    const std::string line = firstLine(card);
    ASSERT_TRUE(searchFinds(line, card)) << line;
    const std::int64_t revisions =
        count("SELECT count(*) FROM battlecard_revisions WHERE card_id = ?1", card);
    ASSERT_GT(revisions, 1);

    const auto removed = BattlecardStore(*m_workspace).removeKeepingHistory(card);
    ASSERT_TRUE(removed);
    EXPECT_EQ(removed->revisionCount(), revisions);
    EXPECT_EQ(removed->refreshRequestCount(), 1);
    EXPECT_FALSE(BattlecardStore(*m_workspace).find(card));
    EXPECT_FALSE(searchFinds(line, card));
    EXPECT_EQ(count("SELECT count(*) FROM battlecard_revisions WHERE card_id = ?1", card), 0);
    EXPECT_EQ(count("SELECT count(*) FROM battlecard_refresh_requests WHERE card_id = ?1", card),
              0);
    EXPECT_NE(exportText(*m_workspace), m_before);

    BattlecardStore(*m_workspace).restore(*removed);
    EXPECT_EQ(exportText(*m_workspace), m_before);
    EXPECT_TRUE(searchFinds(line, card));
    EXPECT_EQ(BattlecardStore(*m_workspace).latestRevision(card), revisions);
    EXPECT_EQ(m_workspace->integrityProblems(), std::vector<std::string>{});
    ASSERT_EQ(m_changes.size(), 2u);
    EXPECT_EQ(m_changes[0].type, ChangeType::Removed);
    EXPECT_EQ(m_changes[1].type, ChangeType::Added);
    EXPECT_EQ(m_changes[1].id, card);
}

TEST_F(RecordRemovalTest, CardFlaggedByACompetitorLaunchKeepsTheLink) {
    const auto flagged =
        ids("SELECT id FROM battlecards WHERE refresh_launch_id IS NOT NULL ORDER BY id LIMIT 1");
    ASSERT_FALSE(flagged.empty()) << "the demo has a card flagged by a competitor launch";
    const auto before = BattlecardStore(*m_workspace).find(flagged[0]);
    const auto removed = BattlecardStore(*m_workspace).removeKeepingHistory(flagged[0]);
    ASSERT_TRUE(removed);
    BattlecardStore(*m_workspace).restore(*removed);
    const auto after = BattlecardStore(*m_workspace).find(flagged[0]);
    ASSERT_TRUE(after);
    EXPECT_EQ(after->refreshLaunchId, before->refreshLaunchId);
    EXPECT_TRUE(after->refreshRequired);
    EXPECT_EQ(exportText(*m_workspace), m_before);
}

TEST_F(RecordRemovalTest, RestoringACardWhoseCompetitorAndSegmentHaveANewCardChangesNothing) {
    const std::int64_t card = requestedCard();
    const auto stored = BattlecardStore(*m_workspace).find(card);
    ASSERT_TRUE(stored);
    const auto removed = BattlecardStore(*m_workspace).removeKeepingHistory(card);
    ASSERT_TRUE(removed);
    BattlecardStore(*m_workspace)
        .create({stored->competitorId, stored->segmentId, std::nullopt, {}}, {std::nullopt, "Ada"});
    const std::string recreated = exportText(*m_workspace);
    EXPECT_TRUE(isError(caught([&] { BattlecardStore(*m_workspace).restore(*removed); }),
                        WorkspaceErrorKind::Invalid, "cannot come back"));
    EXPECT_EQ(exportText(*m_workspace), recreated);
}

TEST_F(RecordRemovalTest, RemovingAGoneCardGivesNothingAndReadOnlyRefuses) {
    const std::int64_t gone = ids("SELECT max(id) + 1 FROM battlecards").at(0);
    EXPECT_FALSE(BattlecardStore(*m_workspace).removeKeepingHistory(gone));
    EXPECT_TRUE(m_changes.empty());
    const std::int64_t card = requestedCard();
    const std::int64_t deal = ids("SELECT id FROM deals ORDER BY id LIMIT 1").at(0);
    m_workspace.reset();
    storage::OpenOptions options;
    options.mode = storage::OpenMode::ReadOnly;
    auto readOnly = Workspace::open(file("sample.pmmw"), options);
    EXPECT_TRUE(isError(caught([&] { BattlecardStore(*readOnly).removeKeepingHistory(card); }),
                        WorkspaceErrorKind::ReadOnly));
    EXPECT_TRUE(isError(caught([&] { DealStore(*readOnly).removeKeepingRows({deal}); }),
                        WorkspaceErrorKind::ReadOnly));
    EXPECT_TRUE(BattlecardStore(*readOnly).find(card));
}

// The copies name every column of every table that refers to a card or holds a deal: a
// migration that adds a column or a table referring to cards must extend them.
TEST_F(RecordRemovalTest, RemovalCopiesCoverTheSchema) {
    std::vector<storage::StoredRowsSql> tables = BattlecardStore::removalTables();
    tables.push_back(DealStore::removalTable());
    for (const auto& table : tables) {
        Statement columns(m_workspace->handle(), "SELECT count(*) FROM pragma_table_info(?1)");
        columns.bind(1, table.table);
        ASSERT_TRUE(columns.step());
        EXPECT_EQ(columns.int64(0), table.columns) << table.table;
    }
    std::set<std::string> referring;
    Statement query(m_workspace->handle(),
                    "SELECT m.name FROM sqlite_schema m, pragma_foreign_key_list(m.name) f "
                    "WHERE m.type = 'table' AND f.\"table\" = 'battlecards'");
    while (query.step()) {
        referring.insert(query.text(0));
    }
    std::set<std::string> copied;
    for (const auto& table : BattlecardStore::removalTables()) {
        copied.emplace(table.table);
    }
    copied.erase("battlecards");
    EXPECT_EQ(copied, referring);
}

}  // namespace
}  // namespace pmm::test
