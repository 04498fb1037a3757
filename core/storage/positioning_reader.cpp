#include "storage/positioning_reader.h"

#include <string>
#include <unordered_map>

#include "positioning/deal_import_plan.h"
#include "storage/database.h"
#include "storage/workspace.h"

namespace pmm::storage {

using namespace positioning;

namespace {

// Interns texts that are equal ignoring case; keeps the first spelling. Most rows repeat a
// spelling seen before, which is found without folding it again.
class TextIndex {
public:
    explicit TextIndex(std::vector<std::string>& texts) : m_texts(texts) {}

    int indexOf(std::string&& text) {
        if (text.empty()) {
            return -1;
        }
        if (const auto seen = m_bySpelling.find(text); seen != m_bySpelling.end()) {
            return seen->second;
        }
        const auto [it, fresh] =
            m_byFolded.try_emplace(foldedName(text), static_cast<int>(m_texts.size()));
        if (fresh) {
            m_texts.push_back(text);
        }
        m_bySpelling.emplace(std::move(text), it->second);
        return it->second;
    }

private:
    std::vector<std::string>& m_texts;
    std::unordered_map<std::string, int> m_bySpelling;
    std::unordered_map<std::string, int> m_byFolded;
};

std::optional<Date> dateOf(const std::optional<std::string>& text) {
    return text ? parseIsoDate(text->substr(0, 10)) : std::nullopt;
}

void readDeals(sqlite3* db, PositioningFacts& facts) {
    TextIndex reasons(facts.reasons);
    TextIndex angles(facts.angles);
    // Dates, quarters and outcomes become integers in SQLite, and the covering index
    // deals_closed holds every column: no table row and no date text is read per deal.
    Statement query(db,
                    "SELECT id, CAST(julianday(closed_on) - 2440587.5 AS INTEGER), "
                    "CAST(substr(closed_on, 1, 4) AS INTEGER) * 4 + "
                    "(CAST(substr(closed_on, 6, 2) AS INTEGER) - 1) / 3, "
                    "coalesce(competitor_id, 0), "
                    "CASE outcome WHEN 'won' THEN 0 WHEN 'lost' THEN 1 ELSE 2 END, reason, angle "
                    "FROM deals INDEXED BY deals_closed ORDER BY closed_on");
    constexpr Outcome kOutcomes[] = {Outcome::Won, Outcome::Lost, Outcome::NoDecision};
    while (query.step()) {
        DealFact deal;
        deal.id = query.int64(0);
        deal.day = static_cast<long>(query.int64(1));
        deal.quarter = query.integer(2);
        deal.competitorId = query.int64(3);
        deal.outcome = kOutcomes[query.integer(4)];
        deal.reason = reasons.indexOf(query.text(5));
        deal.angle = angles.indexOf(query.text(6));
        facts.deals.push_back(deal);
    }
}

void readCompetitors(sqlite3* db, PositioningFacts& facts) {
    std::unordered_map<std::int64_t, long> firstDeal;
    for (const DealFact& deal : facts.deals) {  // in date order: the first one is the earliest
        firstDeal.try_emplace(deal.competitorId, deal.day);
    }
    Statement query(db, "SELECT id, name, first_seen FROM competitors ORDER BY name, id");
    while (query.step()) {
        CompetitorFact competitor{query.int64(0), query.text(1), dateOf(query.optionalText(2))};
        const auto found = firstDeal.find(competitor.id);
        if (!competitor.firstSeen && found != firstDeal.end()) {
            competitor.firstSeen = dateFromDays(found->second);
        }
        facts.competitors.push_back(std::move(competitor));
    }
}

void readLaunchesReviewsAndScopes(sqlite3* db, PositioningFacts& facts) {
    Statement pivots(db,
                     "SELECT l.id, l.name, l.product_id, p.name, l.updated_at FROM launches l "
                     "JOIN products p ON p.id = l.product_id WHERE l.is_pivot = 1 AND "
                     "l.status IN ('planned', 'in_progress') ORDER BY l.id");
    while (pivots.step()) {
        facts.pivots.push_back({pivots.int64(0), pivots.text(1), pivots.int64(2), pivots.text(3),
                                dateOf(pivots.text(4)).value_or(Date{})});
    }
    Statement reviews(db,
                      "SELECT reviewed_on, product_id, segment_id FROM positioning_reviews "
                      "ORDER BY reviewed_on, id");
    while (reviews.step()) {
        facts.reviews.push_back({dateOf(reviews.text(0)).value_or(Date{}), reviews.optionalInt64(1),
                                 reviews.optionalInt64(2)});
    }
    Statement scopes(db,
                     "SELECT s.product_id, p.name, s.segment_id, g.name, min(s.created_on) "
                     "FROM positioning_statements s JOIN products p ON p.id = s.product_id "
                     "JOIN segments g ON g.id = s.segment_id "
                     "GROUP BY s.product_id, s.segment_id ORDER BY p.name, g.name");
    while (scopes.step()) {
        facts.scopes.push_back({scopes.int64(0), scopes.text(1), scopes.int64(2), scopes.text(3),
                                dateOf(scopes.text(4)).value_or(Date{})});
    }
}

}  // namespace

PositioningFacts readPositioningFacts(const Workspace& workspace) {
    sqlite3* db = workspace.handle();
    PositioningFacts facts;
    readDeals(db, facts);
    readCompetitors(db, facts);
    readLaunchesReviewsAndScopes(db, facts);
    return facts;
}

PositioningThresholds readPositioningThresholds(const Workspace& workspace) {
    return thresholdsFrom([&](std::string_view key) { return workspace.setting(key); });
}

}  // namespace pmm::storage
