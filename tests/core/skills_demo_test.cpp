// The demo's skills data: four quarters of assessments for the team, one person ready for
// promotion and one with clear gaps, evidence linked to real work, the same data for the same
// seed, and a cap on how many people a large team gets.
#include <gtest/gtest.h>

#include <memory>
#include <set>
#include <string>
#include <vector>

#include "demo/demo_data.h"
#include "demo/demo_skills.h"
#include "storage/catalog.h"
#include "storage/database.h"
#include "storage/skills_assessment_store.h"
#include "storage/skills_views.h"
#include "storage/workspace.h"
#include "test_support.h"

namespace pmm::test {
namespace {

using storage::Workspace;

// Every assessment as "person|competency|date|level|self|manager|evidence|uid", in id order.
std::vector<std::string> skillRows(Workspace& workspace) {
    std::vector<std::string> rows;
    storage::Statement query(workspace.handle(),
                             "SELECT p.name, c.name, a.assessed_on, a.level_rank, "
                             "coalesce(a.self_level_rank, 0), coalesce(a.manager_level_rank, 0), "
                             "a.evidence, a.uid, a.assessor_name FROM skill_assessments a "
                             "JOIN people p ON p.id = a.person_id "
                             "JOIN competencies c ON c.id = a.competency_id ORDER BY a.id");
    while (query.step()) {
        std::string row;
        for (int column = 0; column < 9; ++column) {
            row += query.text(column) + "|";
        }
        rows.push_back(row);
    }
    return rows;
}

class SkillsDemoTest : public WorkspaceTest {
protected:
    std::unique_ptr<Workspace> demo(const char* name, std::uint64_t seed = 7) {
        auto workspace = Workspace::create(file(name));
        demo::fillDemoData(*workspace, demo::DemoSize::Small, seed);
        return workspace;
    }
};

TEST_F(SkillsDemoTest, AssessesTheTeamOverFourQuartersWithOneReadyAndOneWithGaps) {
    const auto workspace = demo("small.pmmw");
    catalog::Catalog catalog(*workspace);
    const auto people = catalog.people.list();
    storage::SkillsAssessmentStore assessments(*workspace);

    int ready = 0;
    int notReady = 0;
    int assessed = 0;
    for (const auto& person : people) {
        const auto history = assessments.listForPerson(person.id);
        if (!person.managerId) {
            EXPECT_TRUE(history.empty()) << person.name << " (the Director) is not assessed";
            continue;
        }
        ++assessed;
        ASSERT_EQ(history.size(), 36u) << person.name;  // 9 competencies x 4 quarters
        std::set<std::string> quarters;
        for (const auto& a : history) {
            quarters.insert(a.assessedOn.substr(0, 7));
            EXPECT_EQ(a.assessorId, person.managerId);
            EXPECT_FALSE(a.assessorName.empty());
            EXPECT_FALSE(a.evidence.empty());
        }
        EXPECT_EQ(quarters, (std::set<std::string>{"2025-12", "2026-03", "2026-06", "2026-09"}));
        const auto readiness = storage::promotionReadinessOf(*workspace, person.id);
        ASSERT_TRUE(readiness);
        (readiness->ready ? ready : notReady) += 1;
    }
    EXPECT_EQ(assessed, 11);
    EXPECT_GE(ready, 1);
    EXPECT_GE(notReady, 1);
}

TEST_F(SkillsDemoTest, TheHighlightedPeopleAreClearlyReadyAndClearlyNot) {
    for (const std::uint64_t seed : {1ull, 7ull, 42ull, 2026ull}) {
        const auto workspace = Workspace::create(file("seed" + std::to_string(seed) + ".pmmw"));
        demo::fillDemoData(*workspace, demo::DemoSize::Small, seed);
        // Run the skills part again on top (on the same data, new assessments come last and
        // count as the newest) to learn who it highlights.
        std::mt19937_64 random(seed);
        storage::Workspace::BulkChange bulk(*workspace);
        const auto highlights = demo::fillDemoSkills(*workspace, random);
        bulk.commit();
        ASSERT_TRUE(highlights.readyPerson) << seed;
        ASSERT_TRUE(highlights.gapsPerson) << seed;
        EXPECT_NE(*highlights.readyPerson, *highlights.gapsPerson);
        EXPECT_EQ(highlights.assessedPeople, 11);
        EXPECT_EQ(highlights.assessments, 11 * 36);

        const auto ready = storage::promotionReadinessOf(*workspace, *highlights.readyPerson);
        EXPECT_TRUE(ready->ready) << ready->summary;
        EXPECT_EQ(ready->requiredMet, ready->requiredCount);
        const auto gaps = storage::promotionReadinessOf(*workspace, *highlights.gapsPerson);
        EXPECT_FALSE(gaps->ready) << gaps->summary;
        EXPECT_GE(gaps->requiredGaps().size(), 3u) << gaps->summary;
        int below = 0;
        for (const auto& row : storage::skillGridOf(*workspace).rows) {
            below += row.personId == *highlights.gapsPerson ? row.belowLevel : 0;
        }
        EXPECT_GE(below, 3) << "three competencies below their own level";
        // The ready person grew into it: a year ago they stood at their own level.
        for (const auto& history : storage::ratingHistoryOf(*workspace, *highlights.readyPerson)) {
            EXPECT_GE(history.change, 1) << history.sentence;
        }
    }
}

TEST_F(SkillsDemoTest, LinksEvidenceToWorkTheWorkspaceHolds) {
    const auto workspace = demo("links.pmmw");
    storage::Statement links(workspace->handle(),
                             "SELECT l.kind, count(*), sum(coalesce(la.id, b.id) IS NOT NULL) "
                             "FROM skill_evidence_links l "
                             "LEFT JOIN launches la ON l.kind = 'launch' AND la.uid = l.target_uid "
                             "LEFT JOIN battlecards b ON l.kind = 'battlecard' AND "
                             "b.uid = l.target_uid GROUP BY l.kind ORDER BY l.kind");
    std::vector<std::string> kinds;
    while (links.step()) {
        kinds.push_back(links.text(0));
        EXPECT_GT(links.int64(1), 0);
        EXPECT_EQ(links.int64(1), links.int64(2)) << links.text(0) << ": every link resolves";
    }
    EXPECT_EQ(kinds, (std::vector<std::string>{"battlecard", "launch"}));
}

TEST_F(SkillsDemoTest, TheSameSeedGivesTheSameAssessments) {
    const auto first = demo("first.pmmw", 11);
    const auto second = demo("second.pmmw", 11);
    const auto rows = skillRows(*first);
    EXPECT_EQ(rows.size(), 11u * 36u);
    EXPECT_EQ(rows, skillRows(*second));
    EXPECT_NE(rows, skillRows(*demo("other.pmmw", 12)));
    EXPECT_EQ(first->setting("demo.generator"), std::to_string(demo::kDemoGeneratorVersion));
}

TEST_F(SkillsDemoTest, ALargeTeamIsCappedAndTheGridStaysWhole) {
    const auto workspace = Workspace::create(file("large.pmmw"));
    {
        storage::Workspace::BulkChange bulk(*workspace);
        catalog::Catalog catalog(*workspace);
        const auto director = catalog.people.add({0, "", "Director", "", 5, {}});
        for (int n = 0; n < demo::kDemoSkillsMaxPeople + 20; ++n) {
            catalog.people.add({0, "", "PMM " + std::to_string(n), "", 1 + n % 4, director.id});
        }
        bulk.commit();
    }
    std::mt19937_64 random(3);
    storage::Workspace::BulkChange bulk(*workspace);
    const auto highlights = demo::fillDemoSkills(*workspace, random);
    bulk.commit();
    EXPECT_EQ(highlights.assessedPeople, demo::kDemoSkillsMaxPeople);
    EXPECT_EQ(highlights.assessments, demo::kDemoSkillsMaxPeople * 36);
    const auto grid = storage::skillGridOf(*workspace);
    EXPECT_EQ(grid.rows.size(), static_cast<std::size_t>(demo::kDemoSkillsMaxPeople + 21));
    int unassessed = 0;
    for (const auto& row : grid.rows) {
        unassessed += row.notAssessed == 9 ? 1 : 0;
    }
    EXPECT_EQ(unassessed, 21);  // the Director and the people past the cap
}

}  // namespace
}  // namespace pmm::test
