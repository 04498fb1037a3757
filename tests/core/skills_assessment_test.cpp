// Assessments on a real workspace file: the round trip with evidence links, edits, removal,
// every refusal (naming the field, changing nothing), the newest-per-competency queries for
// one person and the whole team (fast at 2,000 people), and what removing a person does.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <chrono>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "storage/catalog.h"
#include "storage/database.h"
#include "storage/skills_assessment_store.h"
#include "storage/skills_framework_store.h"
#include "storage/skills_views.h"
#include "storage/workspace.h"
#include "test_support.h"
#include "util/uuid.h"

namespace pmm::test {
namespace {

using storage::Change;
using storage::ChangeType;
using storage::EntityKind;
using storage::SkillsAssessmentStore;
using storage::Workspace;
using storage::WorkspaceErrorKind;
using team::Assessment;

constexpr const char* kLaunchUid = "44444444-4444-4444-8444-444444444444";
constexpr const char* kCardUid = "55555555-5555-4555-8555-555555555555";

class SkillsAssessmentTest : public WorkspaceTest {
protected:
    void SetUp() override {
        m_workspace = Workspace::create(file("assessments.pmmw"));
        catalog::Catalog catalog(*m_workspace);
        m_manager = catalog.people.add({0, "", "Grace Lindqvist", "", 4, {}}).id;
        m_pmm = catalog.people.add({0, "", "Dana Reyes", "", 2, m_manager}).id;
        for (const auto& competency : storage::SkillsFrameworkStore(*m_workspace).competencies()) {
            m_competencies.push_back(competency.id);
        }
        m_workspace->subscribe([this](const Change& change) { m_changes.push_back(change); });
    }

    SkillsAssessmentStore store() { return SkillsAssessmentStore(*m_workspace); }

    Assessment draft(std::size_t competency = 1, const char* on = "2026-09-10", int level = 2) {
        Assessment a;
        a.personId = m_pmm;
        a.competencyId = m_competencies[competency];
        a.assessedOn = on;
        a.demonstratedLevel = level;
        a.assessorId = m_manager;
        return a;
    }

    std::int64_t count(const char* sql) {
        storage::Statement query(m_workspace->handle(), sql);
        query.step();
        return query.int64(0);
    }

    std::unique_ptr<Workspace> m_workspace;
    std::int64_t m_manager = 0;
    std::int64_t m_pmm = 0;
    std::vector<std::int64_t> m_competencies;
    std::vector<Change> m_changes;
};

TEST_F(SkillsAssessmentTest, RoundTripsEveryFieldAndItsLinks) {
    Assessment a = draft();
    a.selfRating = 3;
    a.managerRating = 2;
    a.evidence = "Ran the Atlas 2.0 launch <b>end to end</b>; review showed 43 % against 40 %.";
    a.links = {{"launch", kLaunchUid, "Atlas 2.0 (2026-Q2, Tier 2)"},
               {"battlecard", kCardUid, "Globex — Enterprise battlecard"}};
    const Assessment stored = store().add(a);
    EXPECT_GT(stored.id, 0);
    EXPECT_TRUE(isUuid(stored.uid));
    EXPECT_EQ(stored.assessorName, "Grace Lindqvist");  // filled from the assessor
    EXPECT_EQ(store().find(stored.id), stored);
    EXPECT_EQ(m_changes.back().kind, EntityKind::SkillAssessment);
    EXPECT_EQ(m_changes.back().type, ChangeType::Added);
    EXPECT_EQ(m_changes.back().id, stored.id);

    Assessment edited = stored;
    edited.demonstratedLevel = 3;
    edited.assessedOn = "2026-09-11";
    edited.links = {{"decision", "66666666-6666-4666-8666-666666666666", "Packaging memo"}};
    edited.assessorId.reset();
    edited.assessorName = "Calibration panel";
    EXPECT_EQ(store().update(edited), edited);
    EXPECT_EQ(store().find(stored.id), edited);
    EXPECT_EQ(count("SELECT count(*) FROM skill_evidence_links"), 1);

    store().remove(stored.id);
    EXPECT_FALSE(store().find(stored.id));
    EXPECT_EQ(count("SELECT count(*) FROM skill_evidence_links"), 0);
    EXPECT_EQ(m_changes.back().type, ChangeType::Removed);
    const auto notified = m_changes.size();
    store().remove(stored.id);  // idempotent, and silent
    EXPECT_EQ(m_changes.size(), notified);

    // Undo of the removal: the same id and uid.
    EXPECT_EQ(store().add(edited), edited);
}

TEST_F(SkillsAssessmentTest, ListsAPersonsHistoryOldestFirstAndACompetencyAcrossTheTeam) {
    store().add(draft(1, "2026-03-12", 2));
    store().add(draft(0, "2026-03-12", 2));
    store().add(draft(1, "2025-12-10", 1));
    Assessment other = draft(1, "2026-01-15", 4);
    other.personId = m_manager;
    store().add(other);

    std::vector<std::string> history;
    for (const Assessment& a : store().listForPerson(m_pmm)) {
        history.push_back(a.assessedOn + " " + std::to_string(a.competencyId));
    }
    const std::string first = std::to_string(m_competencies[0]);
    const std::string second = std::to_string(m_competencies[1]);
    EXPECT_EQ(history, (std::vector<std::string>{"2025-12-10 " + second, "2026-03-12 " + first,
                                                 "2026-03-12 " + second}));
    const auto launchHistory = store().listForCompetency(m_competencies[1]);
    ASSERT_EQ(launchHistory.size(), 3u);
    EXPECT_EQ(launchHistory[1].personId, m_manager);
}

struct AssessmentRefusal {
    const char* name;
    std::function<void(Assessment&)> spoil;
    const char* message;
};

const AssessmentRefusal kAssessmentRefusals[] = {
    {"UnknownPerson", [](Assessment& a) { a.personId = 999; },
     "Person: the assessed person is not in the workspace."},
    {"UnknownCompetency", [](Assessment& a) { a.competencyId = 999; },
     "Competency: that competency is not in the skills matrix."},
    {"NotADate", [](Assessment& a) { a.assessedOn = "2026-02-30"; },
     "Date: \"2026-02-30\" is not a date (use YYYY-MM-DD)."},
    {"NoDate", [](Assessment& a) { a.assessedOn.clear(); }, "Date: \"\" is not a date"},
    {"NoSuchLevel", [](Assessment& a) { a.demonstratedLevel = 6; },
     "Demonstrated level: there is no level 6."},
    {"LevelZero", [](Assessment& a) { a.demonstratedLevel = 0; },
     "Demonstrated level: there is no level 0."},
    {"SelfRatingOffTheLadder", [](Assessment& a) { a.selfRating = 9; },
     "Self rating: there is no level 9."},
    {"ManagerRatingOffTheLadder", [](Assessment& a) { a.managerRating = -1; },
     "Manager rating: there is no level -1."},
    {"UnknownAssessor", [](Assessment& a) { a.assessorId = 999; },
     "Assessor: the assessor is not in the workspace."},
    {"EvidenceTooLong",
     [](Assessment& a) { a.evidence = std::string(team::kMaxEvidenceCharacters + 1, 'x'); },
     "Evidence: the text is longer than 10000 characters."},
    {"LinkKindWithCapitals",
     [](Assessment& a) {
         a.links = {{"Launch", kLaunchUid, ""}};
     },
     "Evidence links: \"Launch\" is not a kind of evidence"},
    {"LinkWithoutUid",
     [](Assessment& a) {
         a.links = {{"launch", "", "Atlas"}};
     },
     "Evidence links: \"\" is not the uid of a Launch."},
    {"SameLinkTwice",
     [](Assessment& a) {
         a.links = {{"launch", kLaunchUid, "Atlas 2.0"}, {"launch", kLaunchUid, "Atlas 2.0"}};
     },
     "Evidence links: the same Launch (Atlas 2.0) is linked twice."},
    {"BadUid", [](Assessment& a) { a.uid = "ABC"; }, "uid: \"ABC\" is not a lower-case UUID."},
};

class AssessmentRefusalTable : public WithTempDir<::testing::TestWithParam<AssessmentRefusal>> {};

TEST_P(AssessmentRefusalTable, NamesTheFieldAndChangesNothing) {
    const auto workspace = Workspace::create(file("refusals.pmmw"));
    catalog::Catalog catalog(*workspace);
    const auto person = catalog.people.add({0, "", "Dana Reyes", "", 2, {}});
    const auto competency = storage::SkillsFrameworkStore(*workspace).competencies().front();
    SkillsAssessmentStore assessments(*workspace);
    Assessment existing;
    existing.personId = person.id;
    existing.competencyId = competency.id;
    existing.assessedOn = "2026-03-12";
    existing.demonstratedLevel = 2;
    existing = assessments.add(existing);
    const auto before = contentsOf(workspace->handle());

    Assessment added = existing;
    added.id = 0;
    added.uid.clear();
    GetParam().spoil(added);
    EXPECT_TRUE(isError(caught([&] { assessments.add(added); }), WorkspaceErrorKind::Invalid,
                        GetParam().message));
    Assessment updated = existing;
    GetParam().spoil(updated);
    EXPECT_TRUE(isError(caught([&] { assessments.update(updated); }), WorkspaceErrorKind::Invalid));
    // All or nothing: the valid first one is not kept either.
    Assessment fine = existing;
    fine.id = 0;
    fine.uid.clear();
    EXPECT_TRUE(isError(caught([&] {
                            assessments.addMany({fine, added});
                        }),
                        WorkspaceErrorKind::Invalid));
    EXPECT_EQ(contentsOf(workspace->handle()), before);
}

INSTANTIATE_TEST_SUITE_P(Cases, AssessmentRefusalTable, ::testing::ValuesIn(kAssessmentRefusals),
                         [](const auto& param) { return std::string(param.param.name); });

TEST_F(SkillsAssessmentTest, RefusesAnUpdateOfAnAssessmentThatIsGone) {
    Assessment stored = store().add(draft());
    store().remove(stored.id);
    EXPECT_TRUE(isError(caught([&] { store().update(stored); }), WorkspaceErrorKind::Invalid,
                        "That assessment no longer exists in the workspace."));
}

TEST_F(SkillsAssessmentTest, LatestIsTheNewestPerCompetencyLaterEntryWinningATie) {
    store().add(draft(1, "2026-03-12", 1));
    const auto newest = store().add(draft(1, "2026-09-10", 2));
    Assessment sameDayLater = draft(0, "2026-06-11", 3);
    store().add(draft(0, "2026-06-11", 2));
    sameDayLater.links = {{"launch", kLaunchUid, "Atlas 2.0"}};
    const auto tie = store().add(sameDayLater);
    Assessment managers = draft(1, "2025-12-10", 4);
    managers.personId = m_manager;
    const auto manager = store().add(managers);

    const auto mine = store().latestForPerson(m_pmm);
    ASSERT_EQ(mine.size(), 2u);
    EXPECT_EQ(mine[0].assessmentId, tie.id);
    EXPECT_EQ(mine[0].demonstratedLevel, 3);
    EXPECT_EQ(mine[0].linkCount, 1);
    EXPECT_EQ(mine[0].assessorName, "Grace Lindqvist");
    EXPECT_EQ(mine[1].assessmentId, newest.id);

    const auto team = store().latestForTeam();
    ASSERT_EQ(team.size(), 3u);
    EXPECT_EQ(team[0].assessmentId, manager.id);  // by person id: the manager came first
    // The same answer as the pure function over every assessment.
    std::vector<Assessment> all = store().listForPerson(m_manager);
    for (auto& a : store().listForPerson(m_pmm)) {
        all.push_back(a);
    }
    EXPECT_EQ(team::latestRatings(all), team);
}

TEST_F(SkillsAssessmentTest, ThePersonAssessedStaysTheAssessorMayGo) {
    store().add(draft(0));
    store().add(draft(1));
    catalog::Catalog catalog(*m_workspace);
    EXPECT_TRUE(isError(caught([&] { catalog.people.remove(m_pmm); }), WorkspaceErrorKind::Invalid,
                        "they are still the subject of 2 skill assessments"));

    // The manager manages Dana: free that first, then the manager can leave.
    auto dana = *catalog.people.find(m_pmm);
    dana.managerId.reset();
    catalog.people.update(dana);
    catalog.people.remove(m_manager);
    const auto kept = store().listForPerson(m_pmm);
    ASSERT_EQ(kept.size(), 2u);
    EXPECT_FALSE(kept[0].assessorId);
    EXPECT_EQ(kept[0].assessorName, "Grace Lindqvist");
}

TEST_F(SkillsAssessmentTest, ViewsGatherTheGridReadinessAndHistory) {
    for (std::size_t c = 0; c < m_competencies.size(); ++c) {
        store().add(draft(c, "2025-12-10", 2));
        store().add(draft(c, "2026-09-10", c == 3 ? 2 : 3));
    }
    const auto readiness = storage::promotionReadinessOf(*m_workspace, m_pmm);
    ASSERT_TRUE(readiness);
    EXPECT_FALSE(readiness->ready);
    ASSERT_EQ(readiness->requiredGaps().size(), 1u);
    EXPECT_EQ(readiness->requiredGaps()[0]->competency, "Competitive intelligence");
    EXPECT_FALSE(readiness->requiredGaps()[0]->nextLevelExpectation.empty());
    EXPECT_FALSE(storage::promotionReadinessOf(*m_workspace, 999));

    const auto grid = storage::skillGridOf(*m_workspace);
    ASSERT_EQ(grid.rows.size(), 2u);  // by name: Dana, then Grace
    EXPECT_EQ(grid.rows[0].person, "Dana Reyes");
    EXPECT_EQ(grid.rows[0].atNextLevelOrAbove, 8);
    EXPECT_EQ(grid.rows[1].notAssessed, 9);

    const auto history = storage::ratingHistoryOf(*m_workspace, m_pmm);
    ASSERT_EQ(history.size(), 9u);
    EXPECT_EQ(history[0].change, 1);
    EXPECT_EQ(history[3].change, 0);
}

TEST_F(SkillsAssessmentTest, TheWholeTeamsNewestRatingsReadQuicklyAtTwoThousandPeople) {
    // 2,000 people x 9 competencies x 4 cycles = 72,000 assessments, written as raw rows.
    {
        storage::Transaction transaction(m_workspace->handle());
        storage::Statement person(m_workspace->handle(),
                                  "INSERT INTO people (uid, name, level_rank) VALUES "
                                  "(lower(hex(randomblob(16))), 'Person ' || ?1, 1 + ?1 % 4)");
        storage::Statement assessment(
            m_workspace->handle(),
            "INSERT INTO skill_assessments (uid, person_id, competency_id, assessed_on, "
            "level_rank) SELECT lower(hex(randomblob(16))), ?1, c.id, d.day, 1 + (?1 + c.id) % 5 "
            "FROM competencies c, (SELECT '2025-12-10' AS day UNION ALL SELECT '2026-03-12' "
            "UNION ALL SELECT '2026-06-11' UNION ALL SELECT '2026-09-10') d");
        for (int n = 0; n < 2000; ++n) {
            person.reset();
            person.bind(1, n);
            person.run();
            assessment.reset();
            assessment.bind(
                1, static_cast<std::int64_t>(sqlite3_last_insert_rowid(m_workspace->handle())));
            assessment.run();
        }
        transaction.commit();
    }
    const auto start = std::chrono::steady_clock::now();
    const auto latest = store().latestForTeam();
    const auto grid = storage::skillGridOf(*m_workspace);
    const auto elapsed = std::chrono::steady_clock::now() - start;
    EXPECT_EQ(latest.size(), 2000u * 9u);
    EXPECT_EQ(grid.rows.size(), 2002u);
    for (const auto& rating : latest) {
        ASSERT_EQ(rating.assessedOn, "2026-09-10");
    }
    // Generous for a debug build on a busy machine; a release build takes a fraction of it.
    EXPECT_LT(std::chrono::duration_cast<std::chrono::milliseconds>(elapsed).count(), 2000);
}

}  // namespace
}  // namespace pmm::test
