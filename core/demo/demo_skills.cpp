#include "demo/demo_skills.h"

#include <algorithm>
#include <array>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "launches/quarter.h"
#include "storage/catalog.h"
#include "storage/skills_assessment_store.h"
#include "storage/skills_evidence_finder.h"
#include "storage/skills_framework_store.h"
#include "team/level_ladder.h"
#include "util/uuid.h"

namespace pmm::demo {

namespace {

using team::Assessment;
using team::EvidenceSuggestion;

constexpr int kCycles = 4;
constexpr launches::Quarter kFirstCycle{2025, 4};
constexpr launches::Quarter kLastCycle{2026, 3};
// The month of each cycle's review conversation: the last of its quarter.
constexpr std::array<int, kCycles> kCycleMonths = {12, 3, 6, 9};

// What an assessor saw, per default competency (by position); a renamed or added
// competency gets the general lines.
constexpr std::array<std::array<std::string_view, 2>, 10> kEvidence = {{
    {"Showed steady work against the level's expectation this cycle.",
     "Examples discussed in the review matched the expectation for the level."},
    {"Rewrote the messaging doc after two rounds of sales feedback; reps now open with the new "
     "problem statement.",
     "Led the positioning review after a competitor entered the segment; the revised message "
     "shipped within six weeks."},
    {"Took the quarter's launch from frame to 30-day review; checklist finished on time.",
     "Kept every launch of the quarter on schedule and reported each metric against its target."},
    {"Ran the enablement session for the quarter's launches; call reviews show reps handling "
     "the pricing objection.",
     "Built the objection handling guide the mid-market team now uses in first calls."},
    {"Refreshed their battlecards before they went stale and added landmines from lost deals.",
     "Logged competitor launches within a day and updated the flagged cards the same week."},
    {"Ran eight customer interviews and brought the quotes to the pricing decision.",
     "Summarised win/loss findings that changed the lead message for the segment."},
    {"Got product and sales to agree on the tier and date of a contested launch without "
     "escalating.",
     "Kept support and sales aligned when a launch date moved."},
    {"Turned the launch brief into a template two other PMMs now use without questions.",
     "Documented the card refresh routine; the team runs it without reminders."},
    {"Presented the quarter's launch results to the leadership team in ten minutes, result "
     "first.",
     "Wrote a one-page packaging memo that was approved without a follow-up meeting."},
    {"Reviewed a junior's messaging doc by asking questions; the second draft needed no rewrite.",
     "Onboarded a new PMM to the templates and the tier rule in their first two weeks."},
}};

std::size_t pick(std::mt19937_64& random, std::size_t count) {
    return static_cast<std::size_t>(random() % count);
}

bool chance(std::mt19937_64& random, int percent) {
    return static_cast<int>(random() % 100) < percent;
}

enum class Profile { Usual, Ready, Gaps };

// The demonstrated level of each competency in the last cycle.
std::vector<int> finalLevels(Profile profile, int rank, const team::LevelLadder& ladder,
                             std::size_t competencies, std::mt19937_64& random) {
    const auto next = ladder.next(rank);
    const auto below = ladder.previous(rank);
    std::vector<int> out(competencies, rank);
    for (std::size_t i = 0; i < competencies; ++i) {
        const int draw = static_cast<int>(random() % 100);
        if (profile == Profile::Ready) {
            out[i] = next ? next->rank : rank;
        } else if (draw < 12 && below) {
            out[i] = below->rank;
        } else if (draw >= 75 && next) {
            out[i] = next->rank;
        }
    }
    if (profile == Profile::Gaps && competencies > 0) {
        // Three required competencies below the person's own level, the rest at it: clearly
        // short of the next level, and the grid shows where.
        std::vector<std::size_t> order(competencies);
        for (std::size_t i = 0; i < competencies; ++i) {
            order[i] = i;
        }
        std::shuffle(order.begin(), order.end(), random);
        for (std::size_t k = 0; k < order.size(); ++k) {
            out[order[k]] = k < 3 && below ? below->rank : rank;
        }
    }
    return out;
}

std::optional<int> nearby(int rank, const team::LevelLadder& ladder, std::mt19937_64& random) {
    const int draw = static_cast<int>(random() % 100);
    if (draw < 20) {
        if (const auto up = ladder.next(rank)) {
            return up->rank;
        }
    } else if (draw < 28) {
        if (const auto down = ladder.previous(rank)) {
            return down->rank;
        }
    }
    return rank;
}

// The suggestions of one cycle (by the quarter of their date) of one kind, newest first.
const EvidenceSuggestion* firstOfKind(const std::vector<EvidenceSuggestion>& suggestions,
                                      const launches::Quarter& quarter, std::string_view kind) {
    for (const EvidenceSuggestion& suggestion : suggestions) {
        const auto day = parseIsoDate(suggestion.date);
        if (suggestion.link.kind == kind && day && launches::quarterOf(*day) == quarter) {
            return &suggestion;
        }
    }
    return nullptr;
}

// The ready person is the first PMM (else the first person with a level above theirs); the
// person with gaps needs a level below theirs to fall short to: a Senior PMM if there is one,
// else a PMM, else anyone else with a level above.
DemoSkillsHighlights chooseHighlights(const std::vector<catalog::Person>& people,
                                      const team::LevelLadder& ladder) {
    const auto firstWith = [&](auto&& wanted) -> std::optional<std::int64_t> {
        for (const catalog::Person& person : people) {
            if (ladder.next(person.levelRank) && wanted(person)) {
                return person.id;
            }
        }
        return std::nullopt;
    };
    DemoSkillsHighlights out;
    out.readyPerson = firstWith([](const catalog::Person& p) { return p.levelRank == 2; });
    if (!out.readyPerson) {
        out.readyPerson = firstWith([](const catalog::Person&) { return true; });
    }
    const auto other = [&](const catalog::Person& p) {
        return p.id != out.readyPerson && ladder.previous(p.levelRank).has_value();
    };
    for (const int rank : {3, 2}) {
        if (!out.gapsPerson) {
            out.gapsPerson = firstWith(
                [&](const catalog::Person& p) { return p.levelRank == rank && other(p); });
        }
    }
    if (!out.gapsPerson) {
        out.gapsPerson = firstWith(other);
    }
    return out;
}

// Four cycles of assessments of `person` in every competency, appended to `out`.
void assessPerson(const catalog::Person& person, Profile profile,
                  const std::vector<team::Competency>& competencies,
                  const team::LevelLadder& ladder,
                  const std::vector<EvidenceSuggestion>& suggestions, std::mt19937_64& random,
                  std::vector<Assessment>& out) {
    const auto finals = finalLevels(profile, person.levelRank, ladder, competencies.size(), random);
    std::array<int, kCycles> days{};
    for (int& day : days) {
        day = 8 + static_cast<int>(pick(random, 12));
    }
    for (std::size_t c = 0; c < competencies.size(); ++c) {
        // A year ago they stood at the final level or one below it; they stepped up in one of
        // the later cycles. The ready person has grown from their own level.
        const auto below = ladder.previous(finals[c]);
        const bool grew = profile == Profile::Ready || (below && chance(random, 45));
        const int start = profile == Profile::Ready ? person.levelRank
                          : grew && below           ? below->rank
                                                    : finals[c];
        const int stepAt = 1 + static_cast<int>(pick(random, kCycles - 1));
        const auto position = static_cast<std::size_t>(competencies[c].position);
        const auto& lines = kEvidence[position < kEvidence.size() ? position : 0];
        const std::string_view kind = position == 2   ? team::kLaunchEvidence
                                      : position == 4 ? team::kBattlecardEvidence
                                                      : std::string_view();
        launches::Quarter quarter = kFirstCycle;
        for (int cycle = 0; cycle < kCycles; ++cycle, quarter = launches::nextQuarter(quarter)) {
            Assessment a;
            a.uid = uuidFrom(random);
            a.personId = person.id;
            a.competencyId = competencies[c].id;
            a.assessedOn = toIsoText(Date{quarter.year, kCycleMonths[cycle], days[cycle]});
            a.demonstratedLevel = cycle >= stepAt ? finals[c] : start;
            a.selfRating = nearby(a.demonstratedLevel, ladder, random);
            a.managerRating = chance(random, 85) ? a.demonstratedLevel
                                                 : nearby(a.demonstratedLevel, ladder, random);
            a.evidence = std::string(lines[pick(random, lines.size())]);
            a.assessorId = person.managerId;
            if (const auto* found =
                    kind.empty() ? nullptr : firstOfKind(suggestions, quarter, kind)) {
                a.links.push_back(found->link);
            }
            out.push_back(std::move(a));
        }
    }
}

}  // namespace

DemoSkillsHighlights fillDemoSkills(storage::Workspace& workspace, std::mt19937_64& random) {
    storage::SkillsFrameworkStore framework(workspace);
    const auto competencies = framework.competencies();
    const team::LevelLadder ladder(framework.levels());
    std::vector<catalog::Person> people;
    for (catalog::Person& person : catalog::Catalog(workspace).people.list()) {
        if (person.managerId) {
            people.push_back(std::move(person));
        }
    }
    std::sort(people.begin(), people.end(),
              [](const catalog::Person& a, const catalog::Person& b) { return a.id < b.id; });
    if (people.size() > static_cast<std::size_t>(kDemoSkillsMaxPeople)) {
        people.resize(kDemoSkillsMaxPeople);
    }
    if (competencies.empty() || people.empty()) {
        return {};
    }
    DemoSkillsHighlights highlights = chooseHighlights(people, ladder);

    const storage::SkillsEvidenceFinder finder(workspace);
    const team::EvidencePeriod year{launches::firstDay(kFirstCycle), launches::lastDay(kLastCycle)};
    std::vector<Assessment> assessments;
    for (const catalog::Person& person : people) {
        const Profile profile = person.id == highlights.readyPerson  ? Profile::Ready
                                : person.id == highlights.gapsPerson ? Profile::Gaps
                                                                     : Profile::Usual;
        assessPerson(person, profile, competencies, ladder, finder.suggest(person.id, year), random,
                     assessments);
    }
    highlights.assessedPeople = static_cast<int>(people.size());
    highlights.assessments = static_cast<int>(assessments.size());
    storage::SkillsAssessmentStore(workspace).addMany(std::move(assessments));
    return highlights;
}

}  // namespace pmm::demo
