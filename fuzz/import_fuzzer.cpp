// libFuzzer target for the JSON import: parsing within limits, reading every section,
// validating against a small workspace and planning the merge, with no database. Any input
// must give either a plan or a list of problems: never a crash, a hang, a leak or undefined
// behaviour, and every problem must be one printable line of UTF-8. Read in pieces on two
// threads (as a large file is), it must give the same report.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "interchange/workspace_data.h"
#include "interchange/workspace_importer.h"

namespace {

using namespace pmm::interchange;

std::string uid(int n) {
    std::string text = "00000000-0000-4000-8000-000000000000";
    const std::string digits = std::to_string(n);
    text.replace(text.size() - digits.size(), digits.size(), digits);
    return text;
}

// What the import is checked against: the default levels and tier rule, a person, a product,
// a tiered launch, a competitor with a launch and a card, a competency and an assessment, so
// references into the workspace and merges by uid are reached for every section.
void addCardsAndSkills(WorkspaceData& data) {
    data.segments.push_back({uid(5), "Mid-market", "", uid(2), {}});
    data.competitors.push_back({uid(6), "Globex", "", std::nullopt, "", {}});
    data.competitorLaunches.push_back({uid(7),
                                       uid(6),
                                       "2026-03-02",
                                       "Usage-based pricing",
                                       "",
                                       "Ada Okafor",
                                       "2026-03-02T10:00:00Z",
                                       {}});
    BattlecardRecord card;
    card.uid = uid(8);
    card.competitorUid = uid(6);
    card.segmentUid = uid(5);
    card.ownerUid = uid(2);
    card.lastRefreshed = "2026-02-01";
    card.refreshRequired = true;
    card.refreshLaunchUid = uid(7);
    card.content.whyWeWin.push_back({"Faster set-up", false});
    card.createdAt = card.updatedAt = "2026-02-01T09:00:00Z";
    CardRevisionRecord revision;
    revision.uid = uid(9);
    revision.kind = pmm::battlecards::RevisionKind::Create;
    revision.changedBy = "Ada Okafor";
    revision.changedAt = card.createdAt;
    card.revisions.push_back(revision);
    data.battlecards.push_back(card);
    data.competencies.push_back(
        {uid(10), "Launch execution", "", 1, true, {{2, "Takes a Tier 2 launch end to end."}}, {}});
    AssessmentRecord assessment;
    assessment.uid = uid(11);
    assessment.personUid = uid(2);
    assessment.competencyUid = uid(10);
    assessment.assessedOn = "2026-03-31";
    assessment.levelRank = 3;
    assessment.links.push_back({"launch", uid(4), "Forecast board"});
    assessment.createdAt = assessment.updatedAt = "2026-03-31T09:00:00Z";
    data.assessments.push_back(assessment);
}

WorkspaceData sampleWorkspace() {
    WorkspaceData data;
    const char* levels[] = {"Junior PMM", "PMM", "Senior PMM", "Staff PMM", "Principal PMM"};
    for (int rank = 1; rank <= 5; ++rank) {
        data.levels.push_back({rank, levels[rank - 1], {}});
    }
    data.settings.push_back({"team.name", "Growth", {}});
    TierRuleRecord rule;
    rule.rule = pmm::launches::defaultTierRule();
    rule.rule.version = 1;
    rule.rule.uid = uid(1);
    rule.rule.createdAt = "2026-01-05T09:00:00Z";
    int next = 100;
    for (std::size_t tier = 0; tier < rule.itemUids.size(); ++tier) {
        for (std::size_t i = 0; i < rule.rule.checklist[tier].size(); ++i) {
            rule.itemUids[tier].push_back(uid(next++));
        }
    }
    data.tierRules.push_back(rule);
    data.people.push_back({uid(2), "Ada Okafor", "ada@example.com", 3, std::nullopt, {}});
    data.products.push_back({uid(3), "Atlas Cloud", "", {}});
    LaunchRecord launch;
    launch.launch.uid = uid(4);
    launch.launch.name = "Forecast board";
    launch.launch.quarter = "2026-Q3";
    launch.launch.revenueImpact = {4, ""};
    launch.launch.competitiveUrgency = {3, ""};
    launch.launch.customerDemand = {3, ""};
    launch.launch.computedTier = 2;
    launch.launch.score = 340;
    launch.launch.createdAt = launch.launch.updatedAt = "2026-01-05T09:00:00Z";
    launch.productUid = uid(3);
    launch.ownerUid = uid(2);
    launch.ruleUid = uid(1);
    data.launches.push_back(launch);
    addCardsAndSkills(data);
    return data;
}

bool printableUtf8Line(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x20 || c == 0x7f) {
            return false;
        }
        std::size_t length = c < 0x80 ? 1 : c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc2 ? 2 : 0;
        if (length == 0 || i + length > text.size()) {
            return false;
        }
        for (std::size_t k = 1; k < length; ++k) {
            if ((static_cast<unsigned char>(text[i + k]) & 0xc0) != 0x80) {
                return false;
            }
        }
        i += length;
    }
    return true;
}

// The same file read in pieces on two threads (as a large file is) must give the same report.
void expectSameReportInPieces(std::string_view text, const WorkspaceData& workspace,
                              const ImportReport& once) {
    ImportOptions options;
    options.parallelReadFrom = 0;
    options.readThreads = 2;
    WorkspaceImporter importer(options);
    const ImportReport& report = importer.analyse(text, workspace);
    if (report.problems.lines() != once.problems.lines() ||
        report.problems.total() != once.problems.total() || report.counts != once.counts) {
        std::abort();
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const WorkspaceData workspace = sampleWorkspace();
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    ImportOptions options;
    options.readThreads = 1;
    WorkspaceImporter importer(options);
    const ImportReport& report = importer.analyse(text, workspace);
    expectSameReportInPieces(text, workspace, report);
    if (report.valid() == report.counts.empty()) {
        std::abort();  // a valid file always has a plan; an invalid one never
    }
    for (const std::string& line : report.problems.lines()) {
        if (!printableUtf8Line(line)) {
            std::abort();
        }
    }
    if (!printableUtf8Line(report.problemSummary())) {
        std::abort();
    }
    return 0;
}
