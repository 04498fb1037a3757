// The skills matrix's frame on a real workspace file: the migration's defaults (from a new
// file and from an older one), competency edits and order, expectation and level edits, and
// what each refuses, leaving the workspace unchanged.
#include <gtest/gtest.h>

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "storage/catalog.h"
#include "storage/database.h"
#include "storage/skills_framework_store.h"
#include "storage/workspace.h"
#include "test_support.h"
#include "util/uuid.h"

namespace pmm::test {
namespace {

using storage::Change;
using storage::ChangeType;
using storage::EntityKind;
using storage::SkillsFrameworkStore;
using storage::Workspace;
using storage::WorkspaceErrorKind;
using team::Competency;

class SkillsFrameworkTest : public WorkspaceTest {
protected:
    void SetUp() override {
        m_workspace = Workspace::create(file("skills.pmmw"));
        m_workspace->subscribe([this](const Change& change) { m_changes.push_back(change); });
    }

    SkillsFrameworkStore store() { return SkillsFrameworkStore(*m_workspace); }

    std::vector<std::string> names() {
        std::vector<std::string> out;
        for (const Competency& competency : store().competencies()) {
            out.push_back(std::to_string(competency.position) + " " + competency.name);
        }
        return out;
    }

    std::int64_t count(const char* sql) {
        storage::Statement query(m_workspace->handle(), sql);
        query.step();
        return query.int64(0);
    }

    std::unique_ptr<Workspace> m_workspace;
    std::vector<Change> m_changes;
};

const std::vector<std::string> kDefaultNames = {"1 Positioning and messaging",
                                                "2 Launch execution",
                                                "3 Sales enablement",
                                                "4 Competitive intelligence",
                                                "5 Customer and market insight",
                                                "6 Cross-functional influence",
                                                "7 Systems and frameworks",
                                                "8 Executive communication",
                                                "9 Coaching"};

TEST_F(SkillsFrameworkTest, ANewWorkspaceHasTheNineDefaultsWithAllFortyFiveExpectations) {
    EXPECT_EQ(names(), kDefaultNames);
    const auto competencies = store().competencies();
    const auto expectations = store().expectations();
    EXPECT_EQ(expectations.size(), 45u);
    for (const Competency& competency : competencies) {
        EXPECT_TRUE(competency.requiredForPromotion) << competency.name;
        EXPECT_FALSE(competency.description.empty()) << competency.name;
        EXPECT_TRUE(isUuid(competency.uid));
        for (int rank = 1; rank <= 5; ++rank) {
            EXPECT_TRUE(expectations.has(competency.id, rank)) << competency.name << " " << rank;
        }
    }
    // Concrete and in the product's terms: the PMM's launch execution speaks of tiers and the
    // 30-day review.
    const std::string pmmLaunch = store().expectation(competencies[1].id, 2);
    EXPECT_NE(pmmLaunch.find("Tier 2"), std::string::npos) << pmmLaunch;
    EXPECT_NE(pmmLaunch.find("30-day review"), std::string::npos) << pmmLaunch;
    EXPECT_EQ(store().expectationsOf(competencies[8].id).size(), 5u);
    EXPECT_EQ(store().levels().size(), 5u);
}

TEST_F(SkillsFrameworkTest, AnOlderWorkspaceGetsTheDefaultsWhenItIsUpgraded) {
    m_workspace.reset();
    const fs::path path = file("older.pmmw");
    createAtVersion(path, 4);
    SqliteFile(path).exec(
        "INSERT INTO people (uid, name, level_rank) VALUES "
        "('11111111-1111-4111-8111-111111111111', 'Ada', 3)");
    const auto upgraded = Workspace::open(path);
    EXPECT_EQ(upgraded->schemaVersion(), storage::latestSchemaVersion());
    EXPECT_EQ(SkillsFrameworkStore(*upgraded).competencies().size(), 9u);
    EXPECT_EQ(SkillsFrameworkStore(*upgraded).expectations().size(), 45u);
    EXPECT_EQ(catalog::Catalog(*upgraded).people.list().front().name, "Ada");
}

TEST_F(SkillsFrameworkTest, AddsAtAPositionOrAtTheEndAndKeepsTheOrderDense) {
    Competency pricing;
    pricing.name = "  Pricing and packaging ";
    pricing.description = "Shapes plans buyers can choose without a call.";
    pricing.requiredForPromotion = false;
    const auto stored = store().addCompetency(pricing, {{2, "Owns one plan's price page."}});
    EXPECT_EQ(stored.name, "Pricing and packaging");
    EXPECT_EQ(stored.position, 10);
    EXPECT_FALSE(store().findCompetency(stored.id)->requiredForPromotion);
    EXPECT_EQ(store().expectation(stored.id, 2), "Owns one plan's price page.");
    EXPECT_EQ(m_changes.back().kind, EntityKind::Competency);
    EXPECT_EQ(m_changes.back().type, ChangeType::Added);

    Competency storytelling;
    storytelling.name = "Storytelling";
    storytelling.position = 2;
    store().addCompetency(storytelling);
    auto order = names();
    EXPECT_EQ(order[0], "1 Positioning and messaging");
    EXPECT_EQ(order[1], "2 Storytelling");
    EXPECT_EQ(order[2], "3 Launch execution");
    EXPECT_EQ(order[10], "11 Pricing and packaging");
}

TEST_F(SkillsFrameworkTest, MovesRenamesAndUntagsACompetency) {
    const auto coaching = store().competencies().back();
    store().moveCompetency(coaching.id, 1);
    EXPECT_EQ(names()[0], "1 Coaching");
    EXPECT_EQ(names()[1], "2 Positioning and messaging");
    EXPECT_EQ(m_changes.back().id, 0);
    store().moveCompetency(coaching.id, 99);  // clamped to the end
    EXPECT_EQ(names(), kDefaultNames);

    Competency edited = *store().findCompetency(coaching.id);
    edited.name = "Coaching and mentoring";
    edited.requiredForPromotion = false;
    edited.position = 1;  // ignored: the order is moveCompetency's
    const auto saved = store().updateCompetency(edited);
    EXPECT_EQ(saved.position, 9);
    EXPECT_EQ(store().findCompetency(coaching.id)->name, "Coaching and mentoring");
    EXPECT_FALSE(store().findCompetency(coaching.id)->requiredForPromotion);
    EXPECT_EQ(m_changes.back().type, ChangeType::Updated);
    EXPECT_EQ(m_changes.back().id, coaching.id);
}

TEST_F(SkillsFrameworkTest, RemovesWithItsExpectationsAndRestoresWhole) {
    const auto sales = store().competencies()[2];
    const auto texts = store().expectationsOf(sales.id);
    store().removeCompetency(sales.id);
    EXPECT_EQ(names().size(), 8u);
    EXPECT_EQ(names()[2], "3 Competitive intelligence");
    EXPECT_EQ(store().expectations().size(), 40u);
    store().removeCompetency(sales.id);  // idempotent

    // Undo: the same id, uid, position and texts.
    const auto restored = store().addCompetency(sales, texts);
    EXPECT_EQ(restored.id, sales.id);
    EXPECT_EQ(*store().findCompetency(sales.id), sales);
    EXPECT_EQ(names(), kDefaultNames);
    EXPECT_EQ(store().expectationsOf(sales.id), texts);
}

TEST_F(SkillsFrameworkTest, RefusesAssessedRemovalAndKeepsHistory) {
    const auto person = catalog::Catalog(*m_workspace).people.add({0, "", "Ada", "", 2, {}});
    const auto launch = store().competencies()[1];
    storage::Statement insert(m_workspace->handle(),
                              "INSERT INTO skill_assessments (uid, person_id, competency_id, "
                              "assessed_on, level_rank) VALUES "
                              "('22222222-2222-4222-8222-222222222222', ?1, ?2, '2026-03-12', 2)");
    insert.bind(1, person.id).bind(2, launch.id);
    insert.run();
    EXPECT_EQ(store().competencyRemovalBlockers(launch.id), "it has 1 assessment");
    EXPECT_TRUE(isError(caught([&] { store().removeCompetency(launch.id); }),
                        WorkspaceErrorKind::Invalid,
                        "Cannot remove \"Launch execution\": it has 1 assessment."));
    EXPECT_EQ(names(), kDefaultNames);
}

struct CompetencyRefusal {
    const char* name;
    std::function<void(SkillsFrameworkStore&, const std::vector<Competency>&)> edit;
    const char* message;
};

const CompetencyRefusal kCompetencyRefusals[] = {
    {"BlankName",
     [](SkillsFrameworkStore& s, const auto&) {
         s.addCompetency({0, "", " \t", "", 0, true});
     },
     "Name: a competency needs a name."},
    {"DuplicateNameAnyCase",
     [](SkillsFrameworkStore& s, const auto&) {
         s.addCompetency({0, "", "COACHING", "", 0, true});
     },
     "Name: a competency named \"COACHING\" already exists."},
    {"RenameOntoAnother",
     [](SkillsFrameworkStore& s, const auto& all) {
         Competency c = all[0];
         c.name = "Coaching";
         s.updateCompetency(c);
     },
     "Name: a competency named \"Coaching\" already exists."},
    {"LongName",
     [](SkillsFrameworkStore& s, const auto&) {
         s.addCompetency({0, "", std::string(81, 'x'), "", 0, true});
     },
     "Name: the text is longer than 80 characters."},
    {"BadUid",
     [](SkillsFrameworkStore& s, const auto&) {
         s.addCompetency({0, "nope", "X", "", 0, true});
     },
     "uid: \"nope\" is not a lower-case UUID."},
    {"ExpectationForAMissingLevel",
     [](SkillsFrameworkStore& s, const auto&) {
         s.addCompetency({0, "", "Pricing", "", 0, true}, {{6, "Sets the price list."}});
     },
     "Level: there is no level 6."},
    {"UpdateOfAGoneCompetency",
     [](SkillsFrameworkStore& s, const auto& all) {
         Competency c = all[0];
         c.uid = "33333333-3333-4333-8333-333333333333";
         s.updateCompetency(c);
     },
     "That competency no longer exists in the workspace."},
    {"SetExpectationOfAMissingLevel",
     [](SkillsFrameworkStore& s, const auto& all) { s.setExpectation(all[0].id, 0, "x"); },
     "Level: there is no level 0."},
    {"SetExpectationTooLong",
     [](SkillsFrameworkStore& s, const auto& all) {
         s.setExpectation(all[0].id, 2, std::string(4001, 'x'));
     },
     "Expectation: the text is longer than 4000 characters."},
    {"MoveOfAGoneCompetency",
     [](SkillsFrameworkStore& s, const auto&) { s.moveCompetency(999, 1); },
     "That competency no longer exists in the workspace."},
    {"RenameLevelBlank", [](SkillsFrameworkStore& s, const auto&) { s.renameLevel(2, "  "); },
     "Name: a level needs a name."},
    {"RenameLevelOntoAnother",
     [](SkillsFrameworkStore& s, const auto&) { s.renameLevel(2, "senior pmm"); },
     "Name: a level named \"senior pmm\" already exists."},
    {"RenameMissingLevel",
     [](SkillsFrameworkStore& s, const auto&) { s.renameLevel(6, "Distinguished PMM"); },
     "Level: there is no level 6."},
};

class CompetencyRefusals : public WithTempDir<::testing::TestWithParam<CompetencyRefusal>> {};

TEST_P(CompetencyRefusals, NameTheFieldAndChangeNothing) {
    const auto workspace = Workspace::create(file("refusals.pmmw"));
    SkillsFrameworkStore framework(*workspace);
    const auto before = contentsOf(workspace->handle());
    const auto all = framework.competencies();
    EXPECT_TRUE(isError(caught([&] { GetParam().edit(framework, all); }),
                        WorkspaceErrorKind::Invalid, GetParam().message));
    EXPECT_EQ(contentsOf(workspace->handle()), before);
}

INSTANTIATE_TEST_SUITE_P(Cases, CompetencyRefusals, ::testing::ValuesIn(kCompetencyRefusals),
                         [](const auto& param) { return std::string(param.param.name); });

TEST_F(SkillsFrameworkTest, SetsAndClearsExpectations) {
    const auto positioning = store().competencies().front();
    store().setExpectation(positioning.id, 3, "Runs the positioning review for two segments.");
    EXPECT_EQ(store().expectation(positioning.id, 3),
              "Runs the positioning review for two segments.");
    EXPECT_EQ(m_changes.back().kind, EntityKind::Competency);
    EXPECT_EQ(m_changes.back().id, positioning.id);
    store().setExpectation(positioning.id, 3, "  ");
    EXPECT_EQ(store().expectation(positioning.id, 3), "");
    EXPECT_FALSE(store().expectations().has(positioning.id, 3));
    EXPECT_EQ(count("SELECT count(*) FROM competency_expectations"), 44);
}

TEST_F(SkillsFrameworkTest, RenamesALevelAndKeepsItsRank) {
    store().renameLevel(4, " Lead PMM ");
    const auto levels = store().levels();
    ASSERT_EQ(levels.size(), 5u);
    EXPECT_EQ(levels[3].rank, 4);
    EXPECT_EQ(levels[3].name, "Lead PMM");
    EXPECT_EQ(levels[4].name, "Principal PMM");
    EXPECT_EQ(catalog::Catalog(*m_workspace).levels()[3].name, "Lead PMM");
    EXPECT_EQ(m_changes.back().kind, EntityKind::Level);
    EXPECT_EQ(m_changes.back().id, 4);
    store().renameLevel(4, "lead pmm");  // its own name in another case
    EXPECT_EQ(store().levels()[3].name, "lead pmm");
}

TEST_F(SkillsFrameworkTest, AReadOnlyWorkspaceRefusesEdits) {
    m_workspace.reset();
    storage::OpenOptions options;
    options.mode = storage::OpenMode::ReadOnly;
    const auto readOnly = Workspace::open(file("skills.pmmw"), options);
    SkillsFrameworkStore framework(*readOnly);
    EXPECT_EQ(framework.competencies().size(), 9u);
    EXPECT_TRUE(isError(caught([&] { framework.renameLevel(1, "Associate PMM"); }),
                        WorkspaceErrorKind::ReadOnly));
}

}  // namespace
}  // namespace pmm::test
