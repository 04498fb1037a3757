// BattlecardStore on a real workspace file: creation from the template, the round trip of a
// whole card, revisions and their diffs, refresh, the table rows, removal, refusals that leave
// the workspace unchanged, and the catalog rules that keep card owners, segments and
// competitors in place.
#include <gtest/gtest.h>

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "battlecards/battlecard_section.h"
#include "storage/battlecard_search.h"
#include "storage/battlecard_store.h"
#include "storage/catalog.h"
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
using pmm::storage::EntityKind;
using pmm::storage::NewBattlecard;
using pmm::storage::Workspace;
using pmm::storage::WorkspaceError;
using pmm::storage::WorkspaceErrorKind;

class BattlecardStoreTest : public pmm::test::WorkspaceTest {
protected:
    void SetUp() override {
        m_workspace = Workspace::create(file("cards.pmmw"));
        pmm::catalog::Catalog catalog(*m_workspace);
        m_maya = catalog.people.add({0, "", "Maya Okafor", "", 2, std::nullopt}).id;
        m_jonas = catalog.people.add({0, "", "Jonas Berg", "", 2, std::nullopt}).id;
        m_enterprise = catalog.segments.add({0, "", "Enterprise", "", m_maya}).id;
        m_smb = catalog.segments.add({0, "", "SMB", "", std::nullopt}).id;
        m_globex = catalog.competitors.add({0, "", "Globex", "", std::nullopt, ""}).id;
        m_initech = catalog.competitors.add({0, "", "Initech", "", std::nullopt, ""}).id;
        m_workspace->subscribe([this](const Change& change) { m_changes.push_back(change); });
    }

    BattlecardStore store() { return BattlecardStore(*m_workspace); }
    CardEditor maya() const { return {m_maya, ""}; }

    Battlecard newCard(std::int64_t competitor, std::int64_t segment,
                       const char* today = "2026-05-02") {
        return store().create({competitor, segment, std::nullopt, ""}, maya(), day(today));
    }

    std::int64_t count(const char* sql) const {
        pmm::storage::Statement query(m_workspace->handle(), sql);
        query.step();
        return query.int64(0);
    }

    static BattlecardContent fullContent() {
        BattlecardContent c;
        c.overview = {{"Globex sells to IT.", false}, {"They lead with price.", false}};
        c.whyWeWin = {{"Onboarding in days, not months", false}, {"SOC 2 Type II", false}};
        c.whyWeLose = {{"List price is higher", false}, {"Their CFO knows ours", true}};
        c.objections = {{"Too expensive", "Compare total cost", "TCO study", false},
                        {"No local support", "EU team since 2025", "", true}};
        c.landmines = {{"Ask how long their last upgrade took", false}};
        c.proofPoints = {{"Initech moved 400 seats", "38 % faster close", false}};
        c.pricingNotes = {{"Discount up to 15 %; deal desk above that.", false},
                          {"Internal: floor is 22 % below list.", true}};
        c.decisionTree = {{"Security review first", "Compliance",
                           "We pass without a custom "
                           "questionnaire",
                           false},
                          {"Price-led", "Total cost", "They charge per seat", false}};
        return c;
    }

    std::unique_ptr<Workspace> m_workspace;
    std::vector<Change> m_changes;
    std::int64_t m_maya = 0;
    std::int64_t m_jonas = 0;
    std::int64_t m_enterprise = 0;
    std::int64_t m_smb = 0;
    std::int64_t m_globex = 0;
    std::int64_t m_initech = 0;
};

TEST_F(BattlecardStoreTest, CreatesFromTheTemplateOwnedByTheSegmentOwner) {
    const Battlecard card = newCard(m_globex, m_enterprise);
    EXPECT_GT(card.id, 0);
    EXPECT_TRUE(pmm::isUuid(card.uid));
    EXPECT_EQ(card.ownerId, m_maya);
    EXPECT_EQ(card.lastRefreshed, day("2026-05-02"));
    EXPECT_EQ(card.refreshIntervalDays, 91);
    EXPECT_FALSE(card.refreshRequired);
    EXPECT_EQ(card.content, BattlecardContent{});
    EXPECT_EQ(store().findFor(m_globex, m_enterprise)->id, card.id);
    EXPECT_FALSE(store().findFor(m_initech, m_enterprise));

    const auto history = store().revisions(card.id);
    ASSERT_EQ(history.size(), 1u);
    EXPECT_EQ(history[0].number, 1);
    EXPECT_EQ(history[0].kind, RevisionKind::Create);
    EXPECT_EQ(history[0].changedBy, "Maya Okafor");
    EXPECT_EQ(history[0].changedById, m_maya);
    EXPECT_EQ(m_changes.back().kind, EntityKind::Battlecard);
    EXPECT_EQ(m_changes.back().type, ChangeType::Added);
    EXPECT_EQ(m_changes.back().id, card.id);

    // No segment owner: unassigned unless the dialog names one.
    EXPECT_FALSE(newCard(m_globex, m_smb).ownerId);
    const auto chosen = store().create({m_initech, m_smb, m_jonas, ""}, {std::nullopt, "Importer"});
    EXPECT_EQ(chosen.ownerId, m_jonas);
    EXPECT_EQ(store().revisions(chosen.id)[0].changedBy, "Importer");
}

TEST_F(BattlecardStoreTest, TheIntervalSettingChangesTheDefaultOfNewCards) {
    m_workspace->setSetting(BattlecardStore::kIntervalSetting, "30");
    EXPECT_EQ(newCard(m_globex, m_enterprise).refreshIntervalDays, 30);
    for (const char* garbled : {"", "abc", "0", "-5", "30 days", "99999"}) {
        m_workspace->setSetting(BattlecardStore::kIntervalSetting, garbled);
        const auto card = newCard(m_initech, m_enterprise);
        EXPECT_EQ(card.refreshIntervalDays, 91) << garbled;
        store().remove(card.id);
    }
}

TEST_F(BattlecardStoreTest, CreationRefusalsNameTheFieldAndChangeNothing) {
    newCard(m_globex, m_enterprise);
    const auto before = count("SELECT count(*) FROM battlecards") * 1000 +
                        count("SELECT count(*) FROM battlecard_revisions");
    const struct {
        NewBattlecard spec;
        CardEditor by;
        const char* expected;
    } cases[] = {
        {{999, m_smb, std::nullopt, ""}, maya(), "Competitor: choose one"},
        {{m_globex, 999, std::nullopt, ""}, maya(), "Segment: choose one"},
        {{m_globex, m_enterprise, std::nullopt, ""},
         maya(),
         "A battlecard for Globex in Enterprise already exists"},
        {{m_globex, m_smb, 999, ""}, maya(), "Owner: the chosen owner is not in the workspace."},
        {{m_globex, m_smb, std::nullopt, ""}, {std::nullopt, "  "}, "Who: say who"},
        {{m_globex, m_smb, std::nullopt, ""}, {999, ""}, "Who: the person making the change"},
        {{m_globex, m_smb, std::nullopt, "not-a-uuid"}, maya(), "uid: \"not-a-uuid\""},
    };
    for (const auto& c : cases) {
        EXPECT_TRUE(refusal([&] { store().create(c.spec, c.by); }).starts_with(c.expected))
            << refusal([&] { store().create(c.spec, c.by); });
    }
    EXPECT_EQ(count("SELECT count(*) FROM battlecards") * 1000 +
                  count("SELECT count(*) FROM battlecard_revisions"),
              before);
}

TEST_F(BattlecardStoreTest, AWholeCardRoundTripsThroughTheFile) {
    Battlecard card = newCard(m_globex, m_enterprise);
    card.content = fullContent();
    card.ownerId = m_jonas;
    card.refreshIntervalDays = 30;
    const Battlecard saved = store().save(card, maya(), "first fill");
    EXPECT_EQ(saved.content, fullContent());

    const auto path = m_workspace->path();
    m_workspace.reset();
    m_workspace = Workspace::open(path);
    const auto reopened = store().find(card.id);
    ASSERT_TRUE(reopened);
    EXPECT_EQ(reopened->content, fullContent());
    EXPECT_EQ(reopened->ownerId, m_jonas);
    EXPECT_EQ(reopened->refreshIntervalDays, 30);
    EXPECT_EQ(reopened->uid, card.uid);
    EXPECT_EQ(reopened->competitorId, m_globex);
    EXPECT_EQ(reopened->segmentId, m_enterprise);
    EXPECT_TRUE(m_workspace->integrityProblems().empty());
}

TEST_F(BattlecardStoreTest, SavingNormalizesTextAndKeepsWhatItMayNotChange) {
    Battlecard card = newCard(m_globex, m_enterprise);
    card.content.overview = {{std::string("Line one\r\nLine \x02two\x03 \xFF", 22), false}};
    card.content.landmines = {{"Ask\tabout\x01 uptime", true}};
    card.competitorId = m_initech;  // a card's pair is fixed
    card.refreshRequired = true;    // and so is its refresh state
    const Battlecard saved = store().save(card, maya());
    EXPECT_EQ(saved.content.overview,
              (std::vector<CardPoint>{{"Line one\nLine two \xEF\xBF\xBD", false}}));
    EXPECT_EQ(saved.content.landmines, (std::vector<CardPoint>{{"Ask\tabout uptime", true}}));
    EXPECT_EQ(saved.competitorId, m_globex);
    EXPECT_FALSE(saved.refreshRequired);
}

TEST_F(BattlecardStoreTest, EverySaveIsARevisionWithWhatChanged) {
    Battlecard card = newCard(m_globex, m_enterprise);
    card.content = fullContent();
    store().save(card, maya());
    card.content.whyWeWin.push_back({"Local support", false});
    card.content.objections[0].response = "Show the three-year total cost";
    store().save(card, {m_jonas, ""}, "after the Q2 win review");
    // Saving the same text again is not a change and records nothing.
    store().save(card, {m_jonas, ""});
    card.ownerId = m_jonas;
    store().save(card, maya());

    const auto history = store().revisions(card.id);
    ASSERT_EQ(history.size(), 4u);
    EXPECT_EQ(history[0].number, 4);
    EXPECT_EQ(history[0].summary, "Owner: Maya Okafor \u2192 Jonas Berg");
    EXPECT_EQ(history[1].number, 3);
    EXPECT_EQ(history[1].kind, RevisionKind::Save);
    EXPECT_EQ(history[1].changedBy, "Jonas Berg");
    EXPECT_EQ(history[1].note, "after the Q2 win review");
    EXPECT_EQ(history[1].summary, "Why we win: 1 added; Objection handling: 1 changed");
    EXPECT_EQ(history[2].summary.substr(0, 20), "Overview: 2 added; W");
    EXPECT_TRUE(pmm::isUuid(history[1].uid));

    const auto second = store().revision(card.id, 2);
    ASSERT_TRUE(second);
    EXPECT_EQ(second->content, fullContent());
    EXPECT_EQ(store().revision(card.id, 1)->content, BattlecardContent{});
    EXPECT_FALSE(store().revision(card.id, 9));

    const auto diff = store().compare(card.id, 2, 3);
    ASSERT_TRUE(diff);
    EXPECT_EQ(diff->summary(), "Why we win: 1 added; Objection handling: 1 changed");
    EXPECT_EQ(store().compare(card.id, 1, 4)->sections[1].added, 3);
    EXPECT_FALSE(store().compare(card.id, 1, 9));
}

TEST_F(BattlecardStoreTest, SaveRefusalsNameTheFieldAndChangeNothing) {
    Battlecard card = newCard(m_globex, m_enterprise);
    card.content = fullContent();
    store().save(card, maya());
    const auto rows = pmm::test::contentsOf(m_workspace->handle());

    Battlecard zero = card;
    zero.refreshIntervalDays = 0;
    EXPECT_EQ(refusal([&] { store().save(zero, maya()); }),
              "Refresh interval: choose between 1 and 3660 days (not 0).");
    Battlecard tooLong = card;
    tooLong.content.proofPoints[0].number = std::string(20001, '9');
    EXPECT_EQ(refusal([&] { store().save(tooLong, maya()); }),
              "Proof points, line 1: the number is longer than 20000 characters.");
    Battlecard stranger = card;
    stranger.ownerId = 999;
    EXPECT_EQ(refusal([&] { store().save(stranger, maya()); }),
              "Owner: the chosen owner is not in the workspace.");
    Battlecard gone = card;
    gone.uid = pmm::newUuid();
    EXPECT_EQ(refusal([&] { store().save(gone, maya()); }),
              "That battlecard no longer exists in the workspace.");
    gone = card;
    gone.id = 999;
    EXPECT_EQ(refusal([&] { store().save(gone, maya()); }),
              "That battlecard no longer exists in the workspace.");
    EXPECT_EQ(refusal([&] {
                  store().save(card, {std::nullopt, ""});
              }).substr(0, 13),
              "Who: say who ");
    EXPECT_EQ(pmm::test::contentsOf(m_workspace->handle()), rows);
}

TEST_F(BattlecardStoreTest, MarkRefreshedStartsANewPeriodAndSummarizesSinceTheLast) {
    Battlecard card = newCard(m_globex, m_enterprise, "2026-01-10");
    card.content = fullContent();
    store().save(card, maya());
    auto since = store().sinceLastRefresh(card.id);
    ASSERT_TRUE(since);
    EXPECT_EQ(since->base->kind, RevisionKind::Create);
    EXPECT_EQ(since->saves.size(), 1u);

    const Battlecard refreshed = store().markRefreshed(card.id, maya(), day("2026-05-02"), "Q2");
    EXPECT_EQ(refreshed.lastRefreshed, day("2026-05-02"));
    const auto history = store().revisions(card.id);
    EXPECT_EQ(history[0].kind, RevisionKind::Refresh);
    EXPECT_EQ(history[0].note, "Q2");
    EXPECT_EQ(history[0].summary.rfind("Refreshed; since the last refresh: Overview: 2 added", 0),
              0u)
        << history[0].summary;
    EXPECT_EQ(
        store().sinceLastRefresh(card.id)->sentence.rfind("No changes since the refresh of", 0),
        0u);

    card = refreshed;
    card.content.landmines.push_back({"Ask who signs off on renewals", false});
    store().save(card, {m_jonas, ""});
    since = store().sinceLastRefresh(card.id);
    EXPECT_EQ(since->base->number, 3);
    EXPECT_EQ(since->editors, std::vector<std::string>{"Jonas Berg"});
    EXPECT_EQ(since->diff.summary(), "Landmines: 1 added");
    EXPECT_EQ(store().markRefreshed(card.id, maya(), day("2026-05-03")).lastRefreshed,
              day("2026-05-03"));
    EXPECT_EQ(store().revisions(card.id)[0].summary,
              "Refreshed; since the last refresh: Landmines: 1 added");
    EXPECT_FALSE(store().sinceLastRefresh(999));
    EXPECT_EQ(refusal([&] { store().markRefreshed(999, maya()); }),
              "That battlecard no longer exists in the workspace.");
}

TEST_F(BattlecardStoreTest, RowsCarryNamesAndStatusAsOfToday) {
    const auto current = newCard(m_globex, m_enterprise, "2026-05-02");
    const auto stale = newCard(m_initech, m_enterprise, "2026-01-02");
    const auto dueSoon = newCard(m_globex, m_smb, "2026-02-10");
    const auto rows = store().rows(day("2026-05-05"));
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[0].id, current.id);
    EXPECT_EQ(rows[0].competitor, "Globex");
    EXPECT_EQ(rows[0].segment, "Enterprise");
    EXPECT_EQ(rows[0].owner, "Maya Okafor");
    EXPECT_EQ(rows[0].status, RefreshStatus::Current);
    EXPECT_EQ(rows[0].nextDue, day("2026-08-01"));
    EXPECT_EQ(rows[1].id, stale.id);
    EXPECT_EQ(rows[1].status, RefreshStatus::Stale);
    EXPECT_EQ(rows[2].id, dueSoon.id);
    EXPECT_EQ(rows[2].status, RefreshStatus::DueSoon);
    EXPECT_EQ(rows[2].owner, "");
    EXPECT_FALSE(rows[2].ownerId);
}

TEST_F(BattlecardStoreTest, RemovingACardTakesItsLinesHistoryAndSearchRow) {
    Battlecard card = newCard(m_globex, m_enterprise);
    card.content = fullContent();
    store().save(card, maya());
    store().save(card, maya());
    m_changes.clear();
    store().remove(card.id);
    EXPECT_FALSE(store().find(card.id));
    for (const char* table :
         {"SELECT count(*) FROM battlecard_points", "SELECT count(*) FROM battlecard_objections",
          "SELECT count(*) FROM battlecard_proof_points", "SELECT count(*) FROM battlecard_angles",
          "SELECT count(*) FROM battlecard_revisions", "SELECT count(*) FROM battlecard_search"}) {
        EXPECT_EQ(count(table), 0) << table;
    }
    ASSERT_EQ(m_changes.size(), 1u);
    EXPECT_EQ(m_changes[0].type, ChangeType::Removed);
    store().remove(card.id);  // idempotent, and silent
    EXPECT_EQ(m_changes.size(), 1u);
}

TEST_F(BattlecardStoreTest, CardsKeepTheirOwnerSegmentAndCompetitorInTheCatalog) {
    const auto card = store().create({m_globex, m_enterprise, m_jonas, ""}, maya());
    pmm::catalog::Catalog catalog(*m_workspace);
    EXPECT_EQ(refusal([&] { catalog.people.remove(m_jonas); }),
              "Cannot remove \"Jonas Berg\": they are still owner of 1 battlecard. Reassign "
              "those first.");
    EXPECT_EQ(refusal([&] { catalog.segments.remove(m_enterprise); }),
              "Cannot remove \"Enterprise\": it still has 1 battlecard. Reassign those first.");
    EXPECT_EQ(refusal([&] { catalog.competitors.remove(m_globex); }),
              "Cannot remove \"Globex\": it still has 1 battlecard. Reassign those first.");
    store().remove(card.id);
    catalog.people.remove(m_jonas);
    catalog.competitors.remove(m_globex);
    EXPECT_FALSE(catalog.people.find(m_jonas));
    // A person who only edited cards may go: the history keeps their name.
    const auto other = newCard(m_initech, m_smb);
    Battlecard edited = other;
    edited.content.overview = {{"Edited by Maya", false}};
    pmm::storage::BattlecardStore(*m_workspace).save(edited, maya());
    catalog.segments.update(
        {m_enterprise, catalog.segments.find(m_enterprise)->uid, "Enterprise", "", std::nullopt});
    catalog.people.remove(m_maya);
    const auto history = store().revisions(other.id);
    EXPECT_EQ(history[0].changedBy, "Maya Okafor");
    EXPECT_FALSE(history[0].changedById);
}

TEST_F(BattlecardStoreTest, ADamagedSnapshotIsReportedNotMisread) {
    const auto card = newCard(m_globex, m_enterprise);
    pmm::storage::Statement damage(m_workspace->handle(),
                                   "UPDATE battlecard_revisions SET snapshot = '{\"x\": 1}' "
                                   "WHERE card_id = ?1");
    damage.bind(1, card.id).run();
    const auto error = pmm::test::caught([&] { store().revision(card.id, 1); });
    EXPECT_TRUE(pmm::test::isError(error, WorkspaceErrorKind::Corrupt, "Revision 1"));
}

TEST_F(BattlecardStoreTest, AReadOnlyWorkspaceRefusesEveryWrite) {
    const auto card = newCard(m_globex, m_enterprise);
    const auto path = m_workspace->path();
    m_workspace.reset();
    pmm::storage::OpenOptions options;
    options.mode = pmm::storage::OpenMode::ReadOnly;
    m_workspace = Workspace::open(path, options);
    EXPECT_TRUE(store().find(card.id));
    EXPECT_EQ(store().rows().size(), 1u);
    EXPECT_TRUE(pmm::test::isError(pmm::test::caught([&] { store().save(card, maya()); }),
                                   WorkspaceErrorKind::ReadOnly));
    EXPECT_TRUE(pmm::test::isError(pmm::test::caught([&] {
                                       store().create({m_initech, m_smb, std::nullopt, ""}, maya());
                                   }),
                                   WorkspaceErrorKind::ReadOnly));
}

}  // namespace

// A workspace from before schema 7: the card's overview and pricing notes were text, its
// revisions saved them as text. After the upgrade the card holds lines, the old revision
// still opens as lines, compares with a new save and the search finds the moved text.
using UpgradedBattlecardTest = pmm::test::WorkspaceTest;

TEST_F(UpgradedBattlecardTest, KeepsItsTextAsLinesAndItsHistoryReadable) {
    const auto path = file("v6.pmmw");
    pmm::test::createAtVersion(path, 6);
    {
        const pmm::test::SqliteFile db(path);
        db.exec(
            "INSERT INTO competitors (id, uid, name) VALUES "
            "(5, '55555555-5555-4555-8555-555555555555', 'Globex');"
            "INSERT INTO segments (id, uid, name) VALUES "
            "(4, '44444444-4444-4444-8444-444444444444', 'Mid-market');"
            "INSERT INTO battlecards (id, uid, competitor_id, segment_id, last_refreshed, "
            "overview, pricing_notes) VALUES (11, 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb', 5, 4, "
            "'2026-01-15', 'Globex sells to IT.' || char(10) || 'They lead with zyxprice.', "
            "'Discount up to 15 %.');"
            "INSERT INTO battlecard_revisions (uid, card_id, number, kind, changed_by, snapshot) "
            "VALUES ('cccccccc-cccc-4ccc-8ccc-cccccccccccc', 11, 1, 'save', 'Ada', "
            "'{\"format\": \"pmm-battlecard-text\", \"version\": 1, \"overview\": \"Globex sells "
            "to IT.\\nThey lead with zyxprice.\", \"pricing_notes\": \"Discount up to 15 %.\"}');"
            "INSERT INTO battlecard_search (rowid, competitor, segment, overview, pricing_notes) "
            "VALUES (11, 'Globex', 'Mid-market', 'Globex sells to IT.' || char(10) || "
            "'They lead with zyxprice.', 'Discount up to 15 %.')");
    }
    auto workspace = Workspace::open(path);
    BattlecardStore store(*workspace);
    Battlecard card = *store.find(11);
    const std::vector<CardPoint> overview{{"Globex sells to IT.", false},
                                          {"They lead with zyxprice.", false}};
    EXPECT_EQ(card.content.overview, overview);
    EXPECT_EQ(card.content.pricingNotes, (std::vector<CardPoint>{{"Discount up to 15 %.", false}}));
    EXPECT_EQ(store.revision(11, 1)->content, card.content);

    card.content.pricingNotes.push_back({"Internal: floor at 22 %.", true});
    store.save(card, {std::nullopt, "Ada"});
    const auto diff = store.compare(11, 1, 2);
    ASSERT_TRUE(diff);
    EXPECT_EQ(diff->summary(), "Pricing notes: 1 added");
    EXPECT_EQ(pmm::storage::BattlecardSearch(*workspace).search("zyxprice").size(), 1u);
    EXPECT_TRUE(workspace->integrityProblems().empty());
}
