#include "demo/demo_launches.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <string>
#include <string_view>

#include "demo/demo_launch_themes.h"
#include "storage/catalog.h"
#include "storage/launch_bulk_writer.h"
#include "storage/workspace.h"
#include "util/dates.h"
#include "util/uuid.h"

namespace pmm::demo {

namespace {

using launches::BulkLaunch;
using launches::Criterion;
using launches::Launch;
using launches::LaunchStatus;
using launches::Quarter;

constexpr Quarter kFirstQuarter{2025, 3};
constexpr int kQuarterCount = 8;
// Relative weights of the eight quarters: 2026-Q4 (index 5), the current one, is the busiest.
constexpr std::array<int, kQuarterCount> kQuarterWeights = {10, 11, 12, 13, 15, 16, 12, 11};

std::size_t pick(std::mt19937_64& random, std::size_t count) {
    return static_cast<std::size_t>(random() % count);
}

// A whole percent draw: true `percent` times out of a hundred.
bool chance(std::mt19937_64& random, int percent) {
    return static_cast<int>(random() % 100) < percent;
}

// Status by quarter, as of late 2026: {status, cumulative percent}.
struct StatusShare {
    LaunchStatus status;
    int upTo;
};
using StatusMix = std::array<StatusShare, 7>;

constexpr std::array<StatusMix, kQuarterCount> kStatusMix = {{
    {{{LaunchStatus::Reviewed, 55},
      {LaunchStatus::Launched, 85},
      {LaunchStatus::Cancelled, 95},
      {LaunchStatus::InProgress, 100}}},
    {{{LaunchStatus::Reviewed, 55},
      {LaunchStatus::Launched, 85},
      {LaunchStatus::Cancelled, 95},
      {LaunchStatus::InProgress, 100}}},
    {{{LaunchStatus::Reviewed, 45},
      {LaunchStatus::Launched, 85},
      {LaunchStatus::Cancelled, 95},
      {LaunchStatus::InProgress, 100}}},
    {{{LaunchStatus::Reviewed, 25},
      {LaunchStatus::Launched, 80},
      {LaunchStatus::InProgress, 90},
      {LaunchStatus::Cancelled, 100}}},
    {{{LaunchStatus::Reviewed, 5},
      {LaunchStatus::Launched, 55},
      {LaunchStatus::InProgress, 85},
      {LaunchStatus::Planned, 95},
      {LaunchStatus::Cancelled, 100}}},
    {{{LaunchStatus::Launched, 10},
      {LaunchStatus::InProgress, 45},
      {LaunchStatus::Planned, 80},
      {LaunchStatus::Candidate, 90},
      {LaunchStatus::Idea, 95},
      {LaunchStatus::Cancelled, 100}}},
    {{{LaunchStatus::InProgress, 5},
      {LaunchStatus::Planned, 35},
      {LaunchStatus::Candidate, 70},
      {LaunchStatus::Idea, 95},
      {LaunchStatus::Cancelled, 100}}},
    {{{LaunchStatus::Planned, 15}, {LaunchStatus::Candidate, 50}, {LaunchStatus::Idea, 100}}},
}};

LaunchStatus statusFor(std::mt19937_64& random, int quarterIndex) {
    const int draw = static_cast<int>(random() % 100);
    for (const StatusShare& share : kStatusMix[static_cast<std::size_t>(quarterIndex)]) {
        if (draw < share.upTo) {
            return share.status;
        }
    }
    return LaunchStatus::Idea;
}

// How much of its checklist a launch in `status` has done, as a fraction.
double doneShare(std::mt19937_64& random, LaunchStatus status) {
    const double r = static_cast<double>(random() % 1000) / 1000.0;
    switch (status) {
        case LaunchStatus::Reviewed:
            return 1.0;
        case LaunchStatus::Launched:
            return 0.75 + 0.25 * r;
        case LaunchStatus::InProgress:
            return 0.3 + 0.5 * r;
        case LaunchStatus::Planned:
            return 0.4 * r;
        case LaunchStatus::Candidate:
            return 0.2 * r;
        case LaunchStatus::Cancelled:
            return 0.5 * r;
        case LaunchStatus::Idea:
            break;
    }
    return 0.0;
}

void replaceAll(std::string& text, std::string_view from, std::string_view to) {
    for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
        text.replace(at, from.size(), to);
    }
}

std::string number(double value, int decimals, std::string_view unit) {
    char text[32];
    std::snprintf(text, sizeof text, "%.*f", decimals, value);
    return std::string(text) + std::string(unit);
}

// Every demo launch is scored by a profile: a few strong bets, many solid ones, some small.
int scoreFor(std::mt19937_64& random, int profile) {
    static constexpr std::array<std::array<int, 4>, 3> kScores = {{
        {4, 5, 4, 5},  // strong
        {2, 3, 4, 3},  // solid
        {1, 2, 2, 3},  // small
    }};
    return kScores[static_cast<std::size_t>(profile)][pick(random, 4)];
}

class LaunchMaker {
public:
    LaunchMaker(storage::Workspace& workspace, std::mt19937_64& random, int total)
        : m_random(random), m_strongPercent(total <= 100 ? 22 : 10) {
        catalog::Catalog catalog(workspace);
        for (const catalog::Product& product : catalog.products.list()) {
            m_products.push_back({product.id, product.name});
        }
        m_pivotThinning = pivotThinning(total, static_cast<int>(m_products.size()));
        for (const catalog::Person& person : catalog.people.list()) {
            // The Director (the most senior person) decides overrides; PMMs own launches.
            if (person.levelRank >= 5 && m_director.empty()) {
                m_director = person.name;
            } else {
                m_owners.push_back(person.id);
            }
        }
        for (const catalog::Competitor& competitor : catalog.competitors.list()) {
            m_competitors.push_back(competitor.name);
        }
        if (m_competitors.empty()) {
            m_competitors.push_back("a competitor");
        }
    }

    bool ready() const { return !m_products.empty() && !m_owners.empty(); }

    // A pivot changes a product's direction, which about one product in two does in the two
    // years the demo spans. That is 3 % of a small portfolio's launches; a large one has far
    // more launches per product, so its 3 % is thinned to keep the rate per product: the
    // large demo's 100,000 launches hold ~50 pivots (15 open triggers), not ~3,000 (~800).
    static constexpr int kPivotPercent = 3;

    static int pivotThinning(int total, int products) {
        const int pivotsWanted = std::max(1, products / 2);
        return std::max(1, kPivotPercent * total / 100 / pivotsWanted);
    }

    // One draw, as the plain 3 % chance took, so the rest of the data stays the same.
    bool isPivot(std::uint64_t draw) const {
        return draw % 100 < kPivotPercent &&
               (draw / 100) % static_cast<std::uint64_t>(m_pivotThinning) == 0;
    }

    BulkLaunch make(int n, int quarterIndex, const Quarter& quarter) {
        BulkLaunch bulk;
        Launch& launch = bulk.launch;
        launch.uid = uuidFrom(m_random);
        const auto& [productId, productName] = m_products[pick(m_random, m_products.size())];
        const LaunchTheme& theme = launchThemes()[pick(m_random, launchThemes().size())];
        launch.name = std::string(theme.name) +
                      std::string(launchQualifiers()[pick(m_random, launchQualifiers().size())]);
        replaceAll(launch.name, "{P}", productName);
        launch.productId = productId;
        launch.ownerId = m_owners[pick(m_random, m_owners.size())];
        launch.quarter = launches::toText(quarter);
        launch.status = statusFor(m_random, quarterIndex);
        launch.isPivot = isPivot(m_random());

        const Date start = launches::firstDay(quarter);
        const Date target = addDays(start, static_cast<long>(pick(m_random, 88)));
        const bool early = launch.status == LaunchStatus::Idea;
        if (!early || chance(m_random, 60)) {
            launch.targetDate = toIsoText(target);
        }
        addFrame(launch, theme, productName, target);
        addScores(launch, n);
        const std::string created =
            toIsoText(addDays(start, -75 + static_cast<long>(pick(m_random, 30))));
        launch.createdAt = created + "T09:00:00Z";
        launch.updatedAt = created + "T16:30:00Z";
        if (launch.overrideTier) {
            bulk.overrideUid = uuidFrom(m_random);
            bulk.overrideBy = m_director;
            bulk.overrideAt = toIsoText(addDays(start, -30)) + "T10:15:00Z";
        }
        // The writer computes the same tier again; here it sizes the checklist to tick.
        const auto criteria = launch.criteria();
        if (criteria) {
            launch.computedTier = launches::evaluateTier(*m_rule, *criteria).tier;
        }
        const int items =
            launch.tier() ? static_cast<int>(m_rule->checklistOf(*launch.tier()).size()) : 0;
        bulk.doneItems = static_cast<int>(std::lround(doneShare(m_random, launch.status) * items));
        return bulk;
    }

    void setRule(const launches::TierRule& rule) { m_rule = &rule; }

private:
    void addFrame(Launch& launch, const LaunchTheme& theme, const std::string& product,
                  const Date& target) {
        // Past candidate the gate requires the whole frame; earlier, it is often unfinished.
        const bool needsFrame = launches::requiresFrame(launch.status);
        const int draw = static_cast<int>(m_random() % 100);
        const bool outcome = needsFrame || launch.status == LaunchStatus::Cancelled || draw < 70;
        const bool metric = needsFrame || launch.status == LaunchStatus::Cancelled ||
                            (launch.status == LaunchStatus::Candidate ? draw < 70 : draw < 40);
        if (outcome) {
            launch.outcome = std::string(theme.outcome);
            replaceAll(launch.outcome, "{P}", product);
        }
        if (!metric) {
            return;
        }
        launch.metric.name = std::string(theme.metric);
        replaceAll(launch.metric.name, "{P}", product);
        launch.metric.baseline = number(theme.baseline, theme.decimals, theme.unit);
        launch.metric.target = number(theme.target, theme.decimals, theme.unit);
        launch.metric.reviewDate = toIsoText(addDays(target, 30));
        if (launch.status == LaunchStatus::Reviewed) {
            static constexpr std::array<double, 5> kReached = {0.55, 0.85, 1.0, 1.1, 1.3};
            const double reached = kReached[pick(m_random, kReached.size())];
            launch.metric.actual =
                number(theme.baseline + (theme.target - theme.baseline) * reached, theme.decimals,
                       theme.unit);
        }
    }

    void addScores(Launch& launch, int n) {
        if (launch.status == LaunchStatus::Idea && chance(m_random, 50)) {
            return;  // not scored yet
        }
        const int draw = static_cast<int>(m_random() % 100);
        const int profile = draw < m_strongPercent ? 0 : draw < m_strongPercent + 55 ? 1 : 2;
        for (Criterion which : launches::kCriteria) {
            const int score = scoreFor(m_random, profile);
            const auto variants = criterionEvidence(which, score);
            std::string evidence(variants[pick(m_random, variants.size())]);
            replaceAll(evidence, "{n}", std::to_string(2 + pick(m_random, 8)));
            replaceAll(evidence, "{C}", m_competitors[pick(m_random, m_competitors.size())]);
            launch.criterion(which) = launches::CriterionScore{score, std::move(evidence)};
        }
        // About one scored launch in nineteen carries a Director's override.
        if (n % 19 != 7 || launch.status == LaunchStatus::Idea) {
            return;
        }
        const int computed = launches::evaluateTier(*m_rule, *launch.criteria()).tier;
        const bool up = computed > 1;
        launch.overrideTier = up ? computed - 1 : 2;
        const auto reasons = up ? upgradeReasons() : downgradeReasons();
        launch.overrideReason = std::string(reasons[pick(m_random, reasons.size())]);
    }

    std::mt19937_64& m_random;
    int m_strongPercent;
    int m_pivotThinning = 1;
    const launches::TierRule* m_rule = nullptr;
    std::vector<std::pair<std::int64_t, std::string>> m_products;
    std::vector<std::int64_t> m_owners;
    std::vector<std::string> m_competitors;
    std::string m_director;
};

}  // namespace

std::vector<Quarter> demoLaunchQuarters() {
    std::vector<Quarter> quarters{kFirstQuarter};
    while (quarters.size() < kQuarterCount) {
        quarters.push_back(launches::nextQuarter(quarters.back()));
    }
    return quarters;
}

std::vector<int> demoLaunchesPerQuarter(int total) {
    int weights = 0;
    for (int weight : kQuarterWeights) {
        weights += weight;
    }
    std::vector<int> counts;
    int given = 0;
    for (int weight : kQuarterWeights) {
        counts.push_back(static_cast<int>(static_cast<long long>(total) * weight / weights));
        given += counts.back();
    }
    counts[5] += total - given;  // rounding goes to the busiest quarter
    return counts;
}

void fillDemoLaunches(storage::Workspace& workspace, int count, std::mt19937_64& random) {
    LaunchMaker maker(workspace, random, count);
    if (count <= 0 || !maker.ready()) {
        return;
    }
    launches::LaunchBulkWriter writer(workspace);
    maker.setRule(writer.rule());
    const std::vector<Quarter> quarters = demoLaunchQuarters();
    const std::vector<int> perQuarter = demoLaunchesPerQuarter(count);
    int n = 0;
    for (std::size_t q = 0; q < quarters.size(); ++q) {
        for (int i = 0; i < perQuarter[q]; ++i, ++n) {
            writer.add(maker.make(n, static_cast<int>(q), quarters[q]));
        }
    }
}

}  // namespace pmm::demo
