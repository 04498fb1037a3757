// Taking a win/loss import back (the import dialog's Edit ▸ Undo) and removing a typed-in
// deal (undo of Add win/loss record): each restores the workspace exactly.
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "storage/catalog.h"
#include "storage/deal_csv_import.h"
#include "storage/deal_store.h"
#include "storage/workspace.h"
#include "test_support.h"

namespace pmm::test {
namespace {

using positioning::Outcome;
using storage::DealStore;
using storage::Workspace;

class DealImportUndoTest : public WorkspaceTest {
protected:
    void SetUp() override {
        m_workspace = Workspace::create(file("w.pmmw"));
        catalog::Competitor acme;
        acme.name = "Acme";
        m_acme = catalog::Catalog(*m_workspace).competitors.add(acme).id;
    }

    storage::DealImportUndo import(const std::string& csv) {
        positioning::DealImportOptions options;
        options.createCompetitors = true;
        const auto plan = storage::planDealCsvImport(*m_workspace, csv, {}, options);
        EXPECT_TRUE(plan.valid());
        return DealStore(*m_workspace).importUndoable(plan);
    }

    std::size_t competitorCount() const {
        return catalog::Catalog(*m_workspace).competitors.list().size();
    }

    std::unique_ptr<Workspace> m_workspace;
    std::int64_t m_acme = 0;
};

const std::string kWeek1 =
    "Deal ID,Name,Close Date,Stage,Amount,Competitor\n"
    "A,Initech,2026-10-01,Closed Lost,100,Acme\n"
    "B,Globex,2026-10-02,Closed Won,200,Zenith\n";
// B changed stage, C is new with a new competitor, A is as before.
const std::string kWeek2 =
    "Deal ID,Name,Close Date,Stage,Amount,Competitor\n"
    "A,Initech,2026-10-01,Closed Lost,100,Acme\n"
    "B,Globex,2026-10-02,Closed Lost,200,Zenith\n"
    "C,Hooli,2026-10-09,Won,300,Vandelay\n";

TEST_F(DealImportUndoTest, UndoingAnImportRestoresWhatItUpdatedAndRemovesWhatItAdded) {
    const auto week1 = import(kWeek1);
    EXPECT_EQ(week1.counts.added, 2);
    EXPECT_EQ(week1.createdCompetitors.size(), 1u);
    EXPECT_EQ(competitorCount(), 2u);

    const auto week2 = import(kWeek2);
    EXPECT_EQ(week2.counts.added, 1);
    EXPECT_EQ(week2.counts.updated, 1);
    EXPECT_EQ(week2.counts.unchanged, 1);
    EXPECT_EQ(week2.addedKeys.size(), 1u);
    EXPECT_EQ(competitorCount(), 3u);

    DealStore store(*m_workspace);
    store.undoImport(week2);
    EXPECT_EQ(store.count(), 2);
    EXPECT_EQ(competitorCount(), 2u) << "Vandelay came with the undone import";
    const auto newest = store.newest(1).at(0);
    EXPECT_EQ(newest.dealRef, "B");
    EXPECT_EQ(newest.outcome, Outcome::Won) << "B is back to what week 1 said";

    store.undoImport(week1);
    EXPECT_EQ(store.count(), 0);
    EXPECT_EQ(competitorCount(), 1u);
}

TEST_F(DealImportUndoTest, RedoAfterUndoImportsTheSameDealsAgain) {
    positioning::DealImportOptions options;
    options.createCompetitors = true;
    const auto plan = storage::planDealCsvImport(*m_workspace, kWeek1, {}, options);
    DealStore store(*m_workspace);
    const auto first = store.importUndoable(plan);
    store.undoImport(first);
    const auto again = store.importUndoable(plan);
    EXPECT_EQ(again.counts.added, 2);
    EXPECT_EQ(again.counts.competitorsCreated, 1);
    EXPECT_EQ(store.count(), 2);
}

TEST_F(DealImportUndoTest, RemovingATypedInDealReturnsItAsItWas) {
    DealStore store(*m_workspace);
    positioning::Deal deal;
    deal.name = "Northwind";
    deal.closedOn = {2026, 11, 2};
    deal.competitorId = m_acme;
    deal.outcome = Outcome::NoDecision;
    deal.arrCents = 1234500;
    deal.notes = "Budget frozen";
    const auto stored = store.add(deal);
    const auto removed = store.remove(stored.id);
    EXPECT_EQ(store.count(), 0);
    EXPECT_EQ(removed.uid, stored.uid);
    EXPECT_EQ(removed.name, "Northwind");
    EXPECT_EQ(removed.arrCents, 1234500);
    EXPECT_EQ(removed.notes, "Budget frozen");
    EXPECT_TRUE(caught([&] { store.remove(stored.id); })) << "a deal already gone";
    // Redo stores it again under the same uid.
    EXPECT_EQ(store.add(removed).uid, stored.uid);
    EXPECT_EQ(store.count(), 1);
}

}  // namespace
}  // namespace pmm::test
