// The printed skills reports as data: the team's readiness rows by table (ready, gaps, never
// assessed, the top of the ladder), a person's evidence timeline in date order with its links,
// and both reports computed from a real workspace file.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "storage/catalog.h"
#include "storage/skills_assessment_store.h"
#include "storage/skills_framework_store.h"
#include "storage/skills_report.h"
#include "storage/workspace.h"
#include "test_support.h"

namespace pmm::test {
namespace {

using team::Assessment;
using team::Competency;
using team::LatestRating;
using team::TeamReadinessRow;

const team::LevelLadder kLadder(
    {{1, "Junior PMM"}, {2, "PMM"}, {3, "Senior PMM"}, {4, "Staff PMM"}, {5, "Principal PMM"}});

const std::vector<Competency> kCompetencies{{1, "", "Positioning", "", 1, true},
                                            {2, "", "Launch execution", "", 2, true},
                                            {3, "", "Coaching", "", 3, false}};

LatestRating rating(std::int64_t person, std::int64_t competency, int level) {
    LatestRating out;
    out.assessmentId = person * 10 + competency;
    out.personId = person;
    out.competencyId = competency;
    out.assessedOn = "2026-09-10";
    out.demonstratedLevel = level;
    return out;
}

struct ReadinessCase {
    const char* what;
    int rank;
    std::vector<std::pair<std::int64_t, int>> ratings;  // competency, demonstrated level
    bool ready;
    std::vector<std::string> gaps;
    std::vector<std::string> notAssessed;
    std::string nextLevel;
};

TEST(TeamReadiness, EachPersonByTable) {
    const std::vector<ReadinessCase> cases{
        {"both required meet the next level", 2, {{1, 3}, {2, 3}}, true, {}, {}, "Senior PMM"},
        {"one below, coaching is not required",
         2,
         {{1, 3}, {2, 2}, {3, 1}},
         false,
         {"Launch execution"},
         {},
         "Senior PMM"},
        {"one never assessed counts as a gap",
         3,
         {{1, 4}},
         false,
         {},
         {"Launch execution"},
         "Staff PMM"},
        {"nothing assessed", 1, {}, false, {}, {"Positioning", "Launch execution"}, "PMM"},
        {"top of the ladder", 5, {{1, 5}, {2, 5}}, false, {}, {}, ""},
    };
    std::vector<catalog::Person> people;
    std::vector<LatestRating> latest;
    for (std::size_t i = 0; i < cases.size(); ++i) {
        const auto id = static_cast<std::int64_t>(i + 1);
        people.push_back({id, "", "Person " + std::to_string(id), "", cases[i].rank, {}});
        for (const auto& [competency, level] : cases[i].ratings) {
            latest.push_back(rating(id, competency, level));
        }
    }
    const auto rows = team::teamReadiness(people, kLadder, kCompetencies, latest);
    ASSERT_EQ(rows.size(), cases.size());
    for (std::size_t i = 0; i < cases.size(); ++i) {
        SCOPED_TRACE(cases[i].what);
        const TeamReadinessRow& row = rows[i];
        EXPECT_EQ(row.person, people[i].name);
        EXPECT_EQ(row.level, kLadder.name(cases[i].rank));
        EXPECT_EQ(row.nextLevel, cases[i].nextLevel);
        EXPECT_EQ(row.atTop, cases[i].nextLevel.empty());
        EXPECT_EQ(row.ready, cases[i].ready);
        EXPECT_EQ(row.gaps, cases[i].gaps);
        EXPECT_EQ(row.notAssessed, cases[i].notAssessed);
        EXPECT_EQ(row.assessed, static_cast<int>(cases[i].ratings.size()));
    }
    EXPECT_EQ(rows[0].requiredMet, 2);
    EXPECT_EQ(rows[0].requiredCount, 2);
    EXPECT_EQ(rows[1].requiredMet, 1);
}

TEST(EvidenceTimeline, PerCompetencyInGridOrderOldestFirstWithLinks) {
    auto assessment = [](std::int64_t id, std::int64_t competency, const char* on, int level) {
        Assessment a;
        a.id = id;
        a.personId = 1;
        a.competencyId = competency;
        a.assessedOn = on;
        a.demonstratedLevel = level;
        a.assessorName = "Grace";
        a.evidence = "Evidence " + std::to_string(id);
        return a;
    };
    std::vector<Assessment> assessments{
        assessment(7, 2, "2026-06-11", 3), assessment(3, 2, "2025-12-10", 2),
        assessment(4, 1, "2026-03-12", 2), assessment(9, 2, "2026-06-11", 3)};
    assessments[0].links.push_back({"launch", "uid-1", "Ledger <b>Cloud</b> GA"});

    const auto timeline = team::evidenceTimeline(kCompetencies, assessments, kLadder);
    ASSERT_EQ(timeline.size(), 2u);  // coaching was never assessed
    EXPECT_EQ(timeline[0].competency, "Positioning");
    ASSERT_EQ(timeline[1].entries.size(), 3u);
    EXPECT_EQ(timeline[1].entries[0].assessedOn, "2025-12-10");
    EXPECT_EQ(timeline[1].entries[0].demonstrated, "PMM");
    // The same day: the one entered first (lower id) first.
    EXPECT_EQ(timeline[1].entries[1].evidence, "Evidence 7");
    EXPECT_EQ(timeline[1].entries[2].evidence, "Evidence 9");
    ASSERT_EQ(timeline[1].entries[1].links.size(), 1u);
    EXPECT_EQ(timeline[1].entries[1].links[0].label, "Ledger <b>Cloud</b> GA");
    EXPECT_EQ(timeline[1].entries[1].demonstrated, "Senior PMM");
    EXPECT_EQ(timeline[1].entries[1].assessor, "Grace");
}

class SkillsReportTest : public WorkspaceTest {
protected:
    void SetUp() override {
        m_workspace = storage::Workspace::create(file("skills.pmmw"));
        m_workspace->setSetting("team.name", "PMM <EMEA>");
        catalog::Catalog catalog(*m_workspace);
        m_manager = catalog.people.add({0, "", "Grace Lindqvist", "", 4, {}}).id;
        m_ready = catalog.people.add({0, "", "Maya Okafor", "", 2, m_manager}).id;
        m_gaps = catalog.people.add({0, "", "Sam <b>&amp;", "", 3, m_manager}).id;
        storage::SkillsAssessmentStore store(*m_workspace);
        for (const Competency& competency :
             storage::SkillsFrameworkStore(*m_workspace).competencies()) {
            store.add(assessment(m_ready, competency.id, "2026-03-12", 2));
            store.add(assessment(m_ready, competency.id, "2026-09-10", 3));
            store.add(
                assessment(m_gaps, competency.id, "2026-09-10", competency.position <= 3 ? 2 : 3));
        }
    }

    Assessment assessment(std::int64_t person, std::int64_t competency, const char* on,
                          int level) const {
        Assessment a;
        a.personId = person;
        a.competencyId = competency;
        a.assessedOn = on;
        a.demonstratedLevel = level;
        a.assessorId = m_manager;
        a.evidence = "Seen on " + std::string(on);
        return a;
    }

    std::unique_ptr<storage::Workspace> m_workspace;
    std::int64_t m_manager = 0;
    std::int64_t m_ready = 0;
    std::int64_t m_gaps = 0;
};

TEST_F(SkillsReportTest, TheMatrixHoldsEveryPersonAndWhoIsReady) {
    const auto report = team::computeSkillsMatrixReport(*m_workspace, day("2026-11-24"));
    EXPECT_FALSE(report.empty());
    EXPECT_EQ(report.title, "Skills matrix");
    EXPECT_EQ(report.teamName, "PMM <EMEA>");
    EXPECT_EQ(report.generatedOn, "2026-11-24");
    EXPECT_EQ(report.levels.size(), 5u);
    ASSERT_EQ(report.grid.rows.size(), 3u);
    ASSERT_EQ(report.readiness.size(), 3u);
    EXPECT_EQ(report.grid.competencies.size(), 9u);
    for (std::size_t i = 0; i < report.grid.rows.size(); ++i) {
        EXPECT_EQ(report.readiness[i].person, report.grid.rows[i].person);
    }
    EXPECT_EQ(report.ready, 1);
    EXPECT_EQ(report.withGaps, 1);  // Sam; Grace was never assessed
    EXPECT_EQ(report.assessedPeople, 2);
}

TEST_F(SkillsReportTest, AWorkspaceWithoutPeopleHasNothingToReport) {
    auto empty = storage::Workspace::create(file("empty.pmmw"));
    EXPECT_TRUE(team::computeSkillsMatrixReport(*empty, day("2026-11-24")).empty());
}

TEST_F(SkillsReportTest, ThePacketHasReadinessExpectationsAndTheEvidenceOverTime) {
    const auto packet = team::computePromotionPacket(*m_workspace, m_gaps, day("2026-11-24"));
    ASSERT_TRUE(packet);
    EXPECT_EQ(packet->title, "Promotion packet: Sam <b>&amp;");
    EXPECT_EQ(packet->readiness.level.name, "Senior PMM");
    ASSERT_TRUE(packet->readiness.nextLevel);
    EXPECT_EQ(packet->readiness.nextLevel->name, "Staff PMM");
    EXPECT_FALSE(packet->readiness.ready);
    EXPECT_EQ(packet->readiness.requiredGaps().size(), 9u);
    EXPECT_FALSE(packet->readiness.competencies[0].nextLevelExpectation.empty());
    EXPECT_EQ(packet->assessments, 9);
    ASSERT_EQ(packet->evidence.size(), 9u);
    EXPECT_EQ(packet->evidence[0].entries[0].evidence, "Seen on 2026-09-10");
    EXPECT_EQ(packet->evidence[0].entries[0].assessor, "Grace Lindqvist");

    const auto ready = team::computePromotionPacket(*m_workspace, m_ready, day("2026-11-24"));
    ASSERT_TRUE(ready);
    EXPECT_TRUE(ready->readiness.ready);
    ASSERT_EQ(ready->evidence[0].entries.size(), 2u);
    EXPECT_EQ(ready->evidence[0].entries[0].demonstrated, "PMM");
    EXPECT_EQ(ready->evidence[0].entries[1].demonstrated, "Senior PMM");

    EXPECT_FALSE(team::computePromotionPacket(*m_workspace, 9999, day("2026-11-24")));
}

}  // namespace
}  // namespace pmm::test
