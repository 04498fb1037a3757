// The skills matrix as pure functions: promotion readiness by table, the grid's cell
// classification and the grid built from the newest ratings, a person's rating history, and
// the level ladder.
#include <gtest/gtest.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "team/assessment.h"
#include "team/level_ladder.h"
#include "team/promotion_readiness.h"
#include "team/rating_history.h"
#include "team/skill_grid.h"

namespace {

using namespace pmm::team;
using pmm::catalog::Level;
using pmm::catalog::Person;

template <class Case>
std::string caseName(const ::testing::TestParamInfo<Case>& param) {
    return param.param.name;
}

LevelLadder defaultLadder() {
    return LevelLadder(
        {{1, "Junior PMM"}, {2, "PMM"}, {3, "Senior PMM"}, {4, "Staff PMM"}, {5, "Principal PMM"}});
}

// Three competencies (ids 11, 12, 13); `required` marks the required set.
std::vector<Competency> threeCompetencies(std::vector<bool> required = {true, true, true}) {
    return {{11, "", "Positioning and messaging", "", 1, required[0]},
            {12, "", "Launch execution", "", 2, required[1]},
            {13, "", "Coaching", "", 3, required[2]}};
}

Person person(int level) {
    return {7, "", "Maya Okafor", "", level, std::nullopt};
}

LatestRating rating(std::int64_t competency, int level, const char* on = "2026-09-10",
                    std::int64_t assessment = 0, std::int64_t personId = 7) {
    LatestRating out;
    out.assessmentId = assessment == 0 ? 100 + competency : assessment;
    out.personId = personId;
    out.competencyId = competency;
    out.assessedOn = on;
    out.demonstratedLevel = level;
    return out;
}

// --- Readiness by table ---------------------------------------------------------------------

struct ReadinessCase {
    const char* name;
    int level;
    std::vector<bool> required;
    std::vector<std::optional<int>> demonstrated;  // per competency; nothing = not assessed
    bool ready;
    std::vector<ReadinessVerdict> verdicts;
    const char* summary;
    const char* sentence;  // one competency's sentence contains it (empty: not checked)
};

using V = ReadinessVerdict;

const ReadinessCase kReadinessCases[] = {
    {"AllMeetTheNextLevel",
     2,
     {true, true, true},
     {3, 3, 3},
     true,
     {V::MeetsNextLevel, V::MeetsNextLevel, V::MeetsNextLevel},
     "Maya Okafor is ready for Senior PMM: all 3 required competencies meet the next level.",
     "Launch execution: meets Senior PMM (demonstrated Senior PMM on 2026-09-10)."},
    {"AboveTheNextLevelMeetsIt",
     2,
     {true, true, true},
     {4, 3, 5},
     true,
     {V::MeetsNextLevel, V::MeetsNextLevel, V::MeetsNextLevel},
     "is ready for Senior PMM",
     "Positioning and messaging: meets Senior PMM (demonstrated Staff PMM on 2026-09-10)."},
    {"OneRequiredGapBlocks",
     2,
     {true, true, true},
     {3, 2, 3},
     false,
     {V::MeetsNextLevel, V::Gap, V::MeetsNextLevel},
     "Maya Okafor is not ready for Senior PMM yet: 1 of 3 required competencies does not meet "
     "the next level — Launch execution.",
     "Launch execution: gap — demonstrated PMM on 2026-09-10; Senior PMM is needed."},
    {"GapBelowOwnLevelIsAGap",
     3,
     {true, true, true},
     {4, 2, 4},
     false,
     {V::MeetsNextLevel, V::Gap, V::MeetsNextLevel},
     "not ready for Staff PMM yet",
     "Launch execution: gap — demonstrated PMM on 2026-09-10; Staff PMM is needed."},
    {"NonRequiredGapDoesNotBlock",
     2,
     {true, true, false},
     {3, 3, 1},
     true,
     {V::MeetsNextLevel, V::MeetsNextLevel, V::Gap},
     "Maya Okafor is ready for Senior PMM: all 2 required competencies meet the next level.",
     "Coaching: gap — demonstrated Junior PMM on 2026-09-10; Senior PMM is needed. Not required "
     "for promotion."},
    {"NotAssessedCountsAsAGap",
     2,
     {true, true, true},
     {3, 3, std::nullopt},
     false,
     {V::MeetsNextLevel, V::MeetsNextLevel, V::NotAssessed},
     "1 of 3 required competencies does not meet the next level — Coaching (not assessed).",
     "Coaching: not assessed yet — counts as a gap until an assessment shows Senior PMM."},
    {"SeveralGapsAreListed",
     1,
     {true, true, true},
     {1, std::nullopt, 2},
     false,
     {V::Gap, V::NotAssessed, V::MeetsNextLevel},
     "not ready for PMM yet: 2 of 3 required competencies do not meet the next level — "
     "Positioning and messaging and Launch execution (not assessed).",
     ""},
    {"OneRequiredCompetencyMet",
     2,
     {false, true, false},
     {std::nullopt, 3, 1},
     true,
     {V::NotAssessed, V::MeetsNextLevel, V::Gap},
     "Maya Okafor is ready for Senior PMM: the required competency meets the next level.",
     ""},
    {"NothingRequiredIsNotReady",
     2,
     {false, false, false},
     {3, 3, 3},
     false,
     {V::MeetsNextLevel, V::MeetsNextLevel, V::MeetsNextLevel},
     "cannot be judged: no competency is marked as required for promotion.",
     ""},
    {"TopLevelHasNoNextLevel",
     5,
     {true, true, true},
     {5, 5, 5},
     false,
     {},
     "Maya Okafor is at Principal PMM, the top level: there is no next level to be ready for.",
     ""},
};

class ReadinessTable : public ::testing::TestWithParam<ReadinessCase> {};

TEST_P(ReadinessTable, JudgesEveryCompetencyAndTheWhole) {
    const ReadinessCase& c = GetParam();
    std::vector<LatestRating> latest;
    const auto competencies = threeCompetencies(c.required);
    for (std::size_t i = 0; i < competencies.size(); ++i) {
        if (c.demonstrated[i]) {
            latest.push_back(rating(competencies[i].id, *c.demonstrated[i]));
        }
    }
    const auto result =
        assessPromotionReadiness(person(c.level), defaultLadder(), competencies, latest);

    EXPECT_EQ(result.ready, c.ready) << result.summary;
    EXPECT_NE(result.summary.find(c.summary), std::string::npos) << result.summary;
    std::vector<ReadinessVerdict> verdicts;
    std::string sentences;
    for (const auto& item : result.competencies) {
        verdicts.push_back(item.verdict);
        sentences += item.sentence + "\n";
    }
    EXPECT_EQ(verdicts, c.verdicts);
    EXPECT_NE(sentences.find(c.sentence), std::string::npos) << sentences;
    EXPECT_EQ(result.requiredGaps().size(),
              static_cast<std::size_t>(result.requiredCount - result.requiredMet));
}

INSTANTIATE_TEST_SUITE_P(Cases, ReadinessTable, ::testing::ValuesIn(kReadinessCases),
                         caseName<ReadinessCase>);

TEST(Readiness, NamesTheLevelsAndCarriesTheNextLevelsExpectation) {
    ExpectationTable expectations;
    expectations.set(12, 3, "Leads Tier 1 launches.");
    expectations.set(12, 2, "Runs a Tier 2 launch.");
    const auto result = assessPromotionReadiness(person(2), defaultLadder(), threeCompetencies(),
                                                 {rating(12, 2)}, expectations);
    EXPECT_EQ(result.level.name, "PMM");
    ASSERT_TRUE(result.nextLevel);
    EXPECT_EQ(result.nextLevel->rank, 3);
    EXPECT_EQ(result.competencies[1].nextLevelExpectation, "Leads Tier 1 launches.");
    EXPECT_EQ(result.competencies[0].nextLevelExpectation, "");
    EXPECT_EQ(
        expectations.ofCompetency(12),
        (std::map<int, std::string>{{2, "Runs a Tier 2 launch."}, {3, "Leads Tier 1 launches."}}));
    EXPECT_TRUE(expectations.ofCompetency(11).empty());
    ASSERT_TRUE(result.competencies[1].latest);
    EXPECT_EQ(result.competencies[1].latest->demonstratedLevel, 2);
}

TEST(Readiness, TheNewerOfTwoRatingsCounts) {
    const auto competencies = threeCompetencies({false, true, false});
    // Met in June, a gap in September (same day: the later entry wins).
    const auto later =
        assessPromotionReadiness(person(2), defaultLadder(), competencies,
                                 {rating(12, 3, "2026-06-11", 1), rating(12, 2, "2026-09-10", 2)});
    EXPECT_FALSE(later.ready);
    const auto sameDay =
        assessPromotionReadiness(person(2), defaultLadder(), competencies,
                                 {rating(12, 2, "2026-09-10", 5), rating(12, 3, "2026-09-10", 6)});
    EXPECT_TRUE(sameDay.ready);
}

TEST(Readiness, IgnoresOtherPeoplesRatings) {
    const auto result = assessPromotionReadiness(person(2), defaultLadder(),
                                                 threeCompetencies({false, true, false}),
                                                 {rating(12, 5, "2026-09-10", 1, 99)});
    EXPECT_FALSE(result.ready);
    EXPECT_EQ(result.competencies[1].verdict, ReadinessVerdict::NotAssessed);
}

TEST(Readiness, ANonConsecutiveLadderUsesTheNextRankUp) {
    const LevelLadder ladder({{1, "Associate"}, {4, "Lead"}, {9, "Head"}});
    const auto result = assessPromotionReadiness(
        person(1), ladder, threeCompetencies({false, true, false}), {rating(12, 4)});
    ASSERT_TRUE(result.nextLevel);
    EXPECT_EQ(result.nextLevel->name, "Lead");
    EXPECT_TRUE(result.ready);
}

// --- The grid -----------------------------------------------------------------------------

struct CellCase {
    const char* name;
    int level;
    std::optional<int> next;
    std::optional<int> demonstrated;
    SkillCellClass cell;
};

const CellCase kCellCases[] = {
    {"NotAssessed", 2, 3, std::nullopt, SkillCellClass::NotAssessed},
    {"Below", 2, 3, 1, SkillCellClass::BelowLevel},
    {"At", 2, 3, 2, SkillCellClass::AtLevel},
    {"AtNext", 2, 3, 3, SkillCellClass::AtNextLevelOrAbove},
    {"AboveNext", 2, 3, 5, SkillCellClass::AtNextLevelOrAbove},
    {"JuniorAtLevel", 1, 2, 1, SkillCellClass::AtLevel},
    {"TopAtLevel", 5, std::nullopt, 5, SkillCellClass::AtLevel},
    {"TopBelow", 5, std::nullopt, 4, SkillCellClass::BelowLevel},
    {"GapInRanksBetweenLevelAndNext", 1, 4, 3, SkillCellClass::AtLevel},
};

class CellTable : public ::testing::TestWithParam<CellCase> {};

TEST_P(CellTable, Classifies) {
    const CellCase& c = GetParam();
    EXPECT_EQ(classifySkillCell(c.level, c.next, c.demonstrated), c.cell);
}

INSTANTIATE_TEST_SUITE_P(Cases, CellTable, ::testing::ValuesIn(kCellCases), caseName<CellCase>);

TEST(SkillGrid, OneRowPerPersonOneCellPerCompetencyFromTheNewestRating) {
    const std::vector<Person> people = {{7, "", "Maya Okafor", "", 2, std::nullopt},
                                        {8, "", "Jonas Berg", "", 5, std::nullopt}};
    const std::vector<LatestRating> latest = {
        rating(11, 3, "2026-09-10", 1, 7), rating(11, 1, "2026-06-10", 2, 7),
        rating(12, 1, "2026-09-10", 3, 7), rating(13, 5, "2026-09-10", 4, 8)};
    const auto grid = buildSkillGrid(people, defaultLadder(), threeCompetencies(), latest);

    ASSERT_EQ(grid.rows.size(), 2u);
    ASSERT_EQ(grid.competencies.size(), 3u);
    const auto& maya = grid.rows[0];
    EXPECT_EQ(maya.level, "PMM");
    EXPECT_EQ(maya.nextLevel, "Senior PMM");
    ASSERT_EQ(maya.cells.size(), 3u);
    EXPECT_EQ(maya.cells[0].cell, SkillCellClass::AtNextLevelOrAbove);
    EXPECT_EQ(maya.cells[0].rating->assessmentId, 1);
    EXPECT_EQ(maya.cells[1].cell, SkillCellClass::BelowLevel);
    EXPECT_EQ(maya.cells[2].cell, SkillCellClass::NotAssessed);
    EXPECT_FALSE(maya.cells[2].rating);
    EXPECT_EQ(maya.atNextLevelOrAbove, 1);
    EXPECT_EQ(maya.belowLevel, 1);
    EXPECT_EQ(maya.notAssessed, 1);
    const auto& jonas = grid.rows[1];
    EXPECT_EQ(jonas.nextLevel, "");
    EXPECT_EQ(jonas.cells[2].cell, SkillCellClass::AtLevel);
    EXPECT_EQ(skillCellLabel(SkillCellClass::AtNextLevelOrAbove), "At the next level or above");
    EXPECT_EQ(skillCellKey(SkillCellClass::BelowLevel), "below");
}

// --- History --------------------------------------------------------------------------------

Assessment assessed(std::int64_t id, std::int64_t competency, const char* on, int level) {
    Assessment a;
    a.id = id;
    a.personId = 7;
    a.competencyId = competency;
    a.assessedOn = on;
    a.demonstratedLevel = level;
    return a;
}

TEST(RatingHistory, EveryCompetencyOldestFirstWithItsChange) {
    const std::vector<Assessment> assessments = {
        assessed(4, 12, "2026-06-11", 3), assessed(1, 12, "2025-12-10", 2),
        assessed(2, 12, "2026-03-12", 2), assessed(3, 11, "2026-03-12", 3),
        assessed(5, 99, "2026-03-12", 3),  // a competency not in the list
    };
    const auto history = ratingHistory(threeCompetencies(), assessments, defaultLadder());
    ASSERT_EQ(history.size(), 3u);
    EXPECT_EQ(history[0].points.size(), 1u);
    EXPECT_EQ(history[0].change, 0);
    ASSERT_EQ(history[1].points.size(), 3u);
    EXPECT_EQ(history[1].points.front().assessmentId, 1);
    EXPECT_EQ(history[1].points.back().assessmentId, 4);
    EXPECT_EQ(history[1].change, 1);
    EXPECT_EQ(history[1].sentence,
              "Launch execution: PMM (2025-12-10 to 2026-03-12) → Senior PMM (2026-06-11)");
    EXPECT_TRUE(history[2].points.empty());
    EXPECT_EQ(history[2].sentence, "Coaching: not assessed yet");
}

TEST(LatestRatings, NewestPerPersonAndCompetencyWithItsLinkCount) {
    std::vector<Assessment> assessments = {
        assessed(1, 12, "2026-06-11", 3), assessed(2, 12, "2026-03-12", 2),
        assessed(3, 11, "2026-03-12", 3), assessed(4, 11, "2026-03-12", 4)};
    assessments[0].links.push_back({"launch", "uid", "Atlas 2.0"});
    const auto latest = latestRatings(assessments);
    ASSERT_EQ(latest.size(), 2u);
    EXPECT_EQ(latest[0].competencyId, 11);
    EXPECT_EQ(latest[0].assessmentId, 4);  // same day: entered later
    EXPECT_EQ(latest[1].assessmentId, 1);
    EXPECT_EQ(latest[1].linkCount, 1);
}

TEST(LevelLadder, NamesNextAndPrevious) {
    const LevelLadder ladder({{3, "Senior PMM"}, {1, "Junior PMM"}, {2, "PMM"}});
    EXPECT_EQ(ladder.levels().front().rank, 1);
    EXPECT_EQ(ladder.name(2), "PMM");
    EXPECT_EQ(ladder.name(7), "level 7");
    EXPECT_EQ(ladder.next(2)->name, "Senior PMM");
    EXPECT_FALSE(ladder.next(3));
    EXPECT_EQ(ladder.previous(2)->name, "Junior PMM");
    EXPECT_FALSE(ladder.previous(1));
    EXPECT_EQ(ladder.top()->rank, 3);
    EXPECT_TRUE(ladder.contains(1));
    EXPECT_FALSE(ladder.contains(4));
}

}  // namespace
