#include "storage/skills_evidence_finder.h"

#include <algorithm>

#include "positioning/positioning_trigger.h"
#include "storage/database.h"
#include "storage/launch_record.h"
#include "storage/workspace.h"

namespace pmm::storage {

using team::EvidencePeriod;
using team::EvidenceSuggestion;

// Each source of evidence is one function that appends suggestions of its kind; suggest()
// calls them all and orders the result. Decision memos ("decision") have no table yet; when
// they arrive they get a function here like addReviews, built into a suggestion by a pure
// function in core/team. Links are (kind, uid) pairs, so neither the schema of
// skill_evidence_links nor the assessment store changes.
std::vector<EvidenceSuggestion> SkillsEvidenceFinder::suggest(std::int64_t personId,
                                                              const EvidencePeriod& period) const {
    std::vector<EvidenceSuggestion> out;
    addLaunches(personId, period, out);
    addBattlecards(personId, period, out);
    addReviews(personId, period, out);
    std::stable_sort(out.begin(), out.end(),
                     [](const EvidenceSuggestion& a, const EvidenceSuggestion& b) {
                         if (a.date != b.date) {
                             return a.date > b.date;
                         }
                         if (a.link.kind != b.link.kind) {
                             // reviews, then launches, then battlecards
                             return a.link.kind > b.link.kind;
                         }
                         return a.link.label < b.link.label;
                     });
    return out;
}

void SkillsEvidenceFinder::addLaunches(std::int64_t personId, const EvidencePeriod& period,
                                       std::vector<EvidenceSuggestion>& out) const {
    // A person owns tens of launches, not thousands: the period is checked here, where a
    // missing target date can fall back on the quarter.
    Statement query(m_workspace.handle(), "SELECT " PMM_LAUNCH_COLUMNS
                                          " FROM launches l WHERE l.owner_id = ?1 "
                                          "AND l.status NOT IN ('idea', 'cancelled')");
    query.bind(1, personId);
    while (query.step()) {
        const launches::Launch launch = launches::readLaunch(query);
        if (team::launchInPeriod(launch, period)) {
            out.push_back(team::launchSuggestion(launch));
        }
    }
}

void SkillsEvidenceFinder::addBattlecards(std::int64_t personId, const EvidencePeriod& period,
                                          std::vector<EvidenceSuggestion>& out) const {
    // A refresh is on time when it came within the card's interval after the card's previous
    // creation or refresh, whoever made that one. The interval is the card's current one:
    // earlier intervals are not kept.
    Statement query(
        m_workspace.handle(),
        "WITH marks AS ("
        " SELECT r.card_id, r.kind, r.changed_by_id, substr(r.changed_at, 1, 10) AS day,"
        " lag(substr(r.changed_at, 1, 10)) OVER (PARTITION BY r.card_id"
        " ORDER BY r.number) AS previous"
        " FROM battlecard_revisions r WHERE r.kind IN ('create', 'refresh')"
        " AND r.card_id IN (SELECT card_id FROM battlecard_revisions"
        " WHERE changed_by_id = ?1 AND kind = 'refresh'))"
        " SELECT b.uid, c.name, s.name, b.refresh_interval_days, count(*),"
        " sum(coalesce(julianday(m.day) - julianday(m.previous)"
        " <= b.refresh_interval_days, 1)), max(m.day)"
        " FROM marks m JOIN battlecards b ON b.id = m.card_id"
        " JOIN competitors c ON c.id = b.competitor_id"
        " JOIN segments s ON s.id = b.segment_id"
        " WHERE m.kind = 'refresh' AND m.changed_by_id = ?1"
        " AND m.day BETWEEN ?2 AND ?3 GROUP BY b.id");
    query.bind(1, personId).bind(2, toIsoText(period.from)).bind(3, toIsoText(period.to));
    while (query.step()) {
        team::CardRefreshRecord record;
        record.cardUid = query.text(0);
        record.competitor = query.text(1);
        record.segment = query.text(2);
        record.intervalDays = query.integer(3);
        record.refreshes = query.integer(4);
        record.onTime = query.integer(5);
        record.lastRefreshed = query.text(6);
        out.push_back(team::battlecardSuggestion(record));
    }
}

void SkillsEvidenceFinder::addReviews(std::int64_t personId, const EvidencePeriod& period,
                                      std::vector<EvidenceSuggestion>& out) const {
    Statement query(m_workspace.handle(),
                    "SELECT r.uid, r.reviewed_on, r.trigger, p.name, s.name, c.name, r.decision,"
                    " (SELECT count(*) FROM positioning_review_participants a"
                    " WHERE a.review_id = r.id)"
                    " FROM positioning_review_participants me"
                    " JOIN positioning_reviews r ON r.id = me.review_id"
                    " LEFT JOIN products p ON p.id = r.product_id"
                    " LEFT JOIN segments s ON s.id = r.segment_id"
                    " LEFT JOIN competitors c ON c.id = r.competitor_id"
                    " WHERE me.person_id = ?1 AND r.reviewed_on BETWEEN ?2 AND ?3");
    query.bind(1, personId).bind(2, toIsoText(period.from)).bind(3, toIsoText(period.to));
    while (query.step()) {
        team::ReviewRecord record;
        record.reviewUid = query.text(0);
        record.reviewedOn = query.text(1);
        const auto trigger = positioning::triggerFromKey(query.text(2));
        record.trigger = trigger ? std::string(positioning::triggerLabel(*trigger)) : query.text(2);
        std::vector<std::string> scope;
        for (int column : {3, 4}) {
            if (!query.isNull(column)) {
                scope.push_back(query.text(column));
            }
        }
        if (!query.isNull(5)) {
            scope.push_back("against " + query.text(5));
        }
        for (std::size_t i = 0; i < scope.size(); ++i) {
            record.scope += (i == 0 ? "" : " · ") + scope[i];
        }
        record.decision = query.text(6);
        record.participants = query.integer(7);
        out.push_back(team::reviewSuggestion(record));
    }
}

}  // namespace pmm::storage
