#include "demo/demo_positioning.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "demo/demo_battlecard_phrases.h"
#include "positioning/deal.h"
#include "positioning/positioning_review.h"
#include "positioning/positioning_statement.h"
#include "storage/database.h"
#include "storage/deal_writer.h"
#include "storage/interchange_write_cache.h"
#include "storage/positioning_review_store.h"
#include "storage/positioning_statement_store.h"
#include "storage/workspace.h"
#include "util/uuid.h"

namespace pmm::demo {

namespace {

using positioning::Deal;
using positioning::Outcome;

constexpr std::array<std::string_view, 16> kLossReasons = {"Pricing",
                                                           "Missing integration",
                                                           "Security review",
                                                           "Implementation time",
                                                           "Incumbent vendor",
                                                           "Feature gap",
                                                           "Budget cut",
                                                           "Reporting depth",
                                                           "Support coverage",
                                                           "Contract terms",
                                                           "Data residency",
                                                           "Executive sponsor left",
                                                           "Performance at scale",
                                                           "Single sign-on",
                                                           "Migration risk",
                                                           "Roadmap doubts"};
constexpr std::array<std::string_view, 6> kWinReasons = {
    "Time to value", "Ease of use", "Integrations", "Total cost", "Support", "Security"};
// Steady rhythm of outcomes per competitor: 5 won, 4 lost, 1 no decision in every ten.
constexpr std::array<Outcome, 10> kRhythm = {
    Outcome::Won, Outcome::Lost, Outcome::Won, Outcome::NoDecision, Outcome::Lost,
    Outcome::Won, Outcome::Lost, Outcome::Won, Outcome::Won,        Outcome::Lost};
constexpr Date kDemoReviewDay{2026, 9, 15};
constexpr long kYearDays = 365;

struct Ids {
    std::vector<std::int64_t> competitors;  // in id order
    std::vector<std::int64_t> segments;
    std::vector<std::int64_t> products;
    std::vector<std::int64_t> people;
    std::int64_t newestCompetitor = 0;  // first seen last
    Date newestSince;
};

std::vector<std::int64_t> idsOf(sqlite3* db, const char* sql) {
    storage::Statement query(db, sql);
    std::vector<std::int64_t> ids;
    while (query.step()) {
        ids.push_back(query.int64(0));
    }
    return ids;
}

Ids readIds(sqlite3* db) {
    Ids ids;
    ids.competitors = idsOf(db, "SELECT id FROM competitors ORDER BY id");
    ids.segments = idsOf(db, "SELECT id FROM segments ORDER BY id");
    ids.products = idsOf(db, "SELECT id FROM products ORDER BY id");
    ids.people = idsOf(db, "SELECT id FROM people ORDER BY id LIMIT 4");
    storage::Statement newest(db,
                              "SELECT id, first_seen FROM competitors WHERE first_seen IS NOT "
                              "NULL ORDER BY first_seen DESC, id DESC LIMIT 1");
    if (newest.step()) {
        ids.newestCompetitor = newest.int64(0);
        ids.newestSince = parseIsoDate(newest.text(1)).value_or(kDemoDealsEnd);
    }
    return ids;
}

std::vector<std::string> leadWithAngles() {
    std::vector<std::string> angles;
    for (const std::string_view angle : demoCardPhrases().angles) {
        const std::size_t first = angle.find('|');
        const std::size_t second = angle.find('|', first + 1);
        angles.emplace_back(angle.substr(first + 1, second - first - 1));
    }
    return angles;
}

template <class T>
const T& pickFrom(std::mt19937_64& random, const std::vector<T>& items) {
    return items[static_cast<std::size_t>(random() % items.size())];
}

// Writes the deals of one competitor: random days in its period, outcomes and reasons in
// its rhythm.
class DealMaker {
public:
    DealMaker(sqlite3* db, const Ids& ids, std::mt19937_64& random)
        : m_writer(db), m_ids(ids), m_random(random), m_angles(leadWithAngles()) {}

    void competitorDeals(std::int64_t competitor, std::size_t index, int count, Date from) {
        const long first = daysSinceEpoch(from);
        const long span = std::max(1L, daysSinceEpoch(kDemoDealsEnd) - first + 1);
        std::vector<long> days(static_cast<std::size_t>(count));
        for (long& day : days) {
            day = first + static_cast<long>(m_random() % static_cast<std::uint64_t>(span));
        }
        std::ranges::sort(days);
        int losses = 0;
        for (std::size_t n = 0; n < days.size(); ++n) {
            const Outcome outcome = kRhythm[(n + index) % kRhythm.size()];
            const std::size_t reason =
                (index + static_cast<std::size_t>(losses)) % kLossReasons.size();
            losses += outcome == Outcome::Lost ? 1 : 0;
            write(competitor, dateFromDays(days[n]), outcome,
                  outcome == Outcome::Lost ? kLossReasons[reason]
                                           : kWinReasons[n % kWinReasons.size()]);
        }
    }

    void write(std::int64_t competitor, const Date& day, Outcome outcome, std::string_view reason) {
        Deal deal;
        deal.uid = uuidFrom(m_random);
        deal.dealRef = "OPP-" + std::to_string(100000 + ++m_written);
        const auto& customers = demoCardPhrases().customers;
        deal.name = std::string(customers[m_random() % customers.size()]) + " — " +
                    (m_written % 3 == 0 ? "expansion" : "new business");
        deal.closedOn = day;
        deal.competitorId = competitor;
        deal.segmentId = pickFrom(m_random, m_ids.segments);
        deal.productId = pickFrom(m_random, m_ids.products);
        deal.outcome = outcome;
        deal.arrCents = static_cast<std::int64_t>(5000 + m_random() % 195000) * 100;
        deal.reason = outcome == Outcome::NoDecision ? "" : std::string(reason);
        deal.angle = pickFrom(m_random, m_angles);
        m_writer.write(deal, positioning::dedupeKey(deal, {}));
    }

    int written() const { return m_written; }

private:
    storage::DealWriter m_writer;
    const Ids& m_ids;
    std::mt19937_64& m_random;
    std::vector<std::string> m_angles;
    int m_written = 0;
};

positioning::PositioningStatement statement(std::int64_t product, std::int64_t segment,
                                            const Date& on, const char* forCustomer,
                                            const char* that, const char* note) {
    positioning::PositioningStatement s;
    s.productId = product;
    s.segmentId = segment;
    s.forCustomer = forCustomer;
    s.whoNeed = "need to show what each campaign adds to pipeline";
    s.isA = "revenue analytics workspace";
    s.thatBenefit = that;
    s.unlike = "spreadsheets and BI dashboards built by hand";
    s.weDiffer = "connect CRM, ads and product data in a day, with no analyst";
    s.note = note;
    s.createdBy = "Demo data";
    s.createdOn = on;
    return s;
}

int fillStatementsAndReviews(storage::Workspace& workspace, const Ids& ids) {
    if (ids.products.empty() || ids.segments.empty()) {
        return 0;
    }
    storage::PositioningStatementStore statements(workspace);
    const std::int64_t product = ids.products.front();
    const std::int64_t segment = ids.segments.front();
    statements.addVersion(statement(product, segment, {2025, 6, 2}, "marketing teams of 50-500",
                                    "turns campaign data into a weekly plan", "First version"));
    statements.addVersion(statement(product, segment, {2026, 3, 10},
                                    "marketing operations leads at mid-size companies",
                                    "turns campaign data into a weekly plan",
                                    "Narrowed the customer after the Q1 win/loss read-out"));
    if (ids.products.size() > 1 && ids.segments.size() > 1) {
        statements.addVersion(statement(ids.products[1], ids.segments[1], {2025, 6, 2},
                                        "growth teams selling to enterprises",
                                        "proves which programs create revenue", "First version"));
    }
    positioning::PositioningReview review;
    review.reviewedOn = kDemoReviewDay;
    review.trigger = positioning::TriggerKind::Scheduled;
    review.productId = product;
    review.segmentId = segment;
    review.evidence =
        "Win rate steady at about 55 % against most competitors; losses on "
        "pricing rising in mid-size deals.";
    review.decision = positioning::ReviewDecision::Refine;
    review.followUps =
        "Refresh the pricing sections of the mid-size cards\nBrief Sales on the "
        "new statement";
    review.participantIds = ids.people;
    storage::PositioningReviewStore(workspace).add(
        review,
        statement(product, segment, kDemoReviewDay,
                  "marketing operations leads at mid-size companies",
                  "shows what each campaign adds to pipeline, every week", "Review of 2026-09-15"));
    return ids.products.size() > 1 && ids.segments.size() > 1 ? 4 : 3;
}

}  // namespace

DemoPositioningHighlights fillDemoPositioning(storage::Workspace& workspace, int deals,
                                              std::mt19937_64& random) {
    DemoPositioningHighlights highlights;
    const Ids ids = readIds(workspace.handle());
    if (ids.competitors.empty() || ids.segments.empty() || ids.products.empty()) {
        return highlights;
    }
    const storage::InterchangeWriteCache cache(workspace.handle());
    DealMaker maker(workspace.handle(), ids, random);
    const Date yearStart = addDays(kDemoDealsEnd, -(kYearDays - 1));
    const int competitors = static_cast<int>(ids.competitors.size());
    const bool hasNew = ids.newestCompetitor != 0 && ids.newestSince > kDemoReviewDay;
    // The newest competitor has a quarter's share (it entered lately); the rest share the year.
    const int newShare = hasNew ? std::max(1, deals / competitors / 4) : 0;
    const int others = std::max(1, competitors - (hasNew ? 1 : 0));
    for (std::size_t index = 0; index < ids.competitors.size(); ++index) {
        const std::int64_t competitor = ids.competitors[index];
        const bool isNew = hasNew && competitor == ids.newestCompetitor;
        const int share = (deals - newShare) / others +
                          (static_cast<int>(index) < (deals - newShare) % others ? 1 : 0);
        maker.competitorDeals(competitor, index, isNew ? newShare : std::max(1, share),
                              isNew ? ids.newestSince : yearStart);
    }
    // The seeded failed-deal pattern: four recent losses to the first competitor on pricing.
    const std::int64_t first = ids.competitors.front();
    for (const long daysAgo : {3L, 21L, 46L, 77L}) {
        maker.write(first, addDays(kDemoDealsEnd, -daysAgo), Outcome::Lost, kLossReasons[0]);
    }
    highlights.lossPatternCompetitor = first;
    if (hasNew) {
        highlights.newCompetitor = ids.newestCompetitor;
    }
    highlights.deals = maker.written();
    highlights.statements = fillStatementsAndReviews(workspace, ids);
    highlights.reviews = 1;
    return highlights;
}

}  // namespace pmm::demo
