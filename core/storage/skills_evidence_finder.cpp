#include "storage/skills_evidence_finder.h"

#include <algorithm>

#include "storage/database.h"
#include "storage/launch_record.h"
#include "storage/workspace.h"

namespace pmm::storage {

using team::EvidencePeriod;
using team::EvidenceSuggestion;

// Each source of evidence is one function that appends suggestions of its kind; suggest()
// calls them all and orders the result. Positioning reviews (kind "review") and decision
// memos ("decision") have no tables yet. When they arrive, each gets a function here like
// addBattlecards: reviews the person led in the period with the trigger that started them
// and what changed, memos they wrote with the decision taken, each built into a suggestion
// by a pure function in core/team. Links are (kind, uid) pairs, so neither the schema of
// skill_evidence_links nor the assessment store changes.
std::vector<EvidenceSuggestion> SkillsEvidenceFinder::suggest(std::int64_t personId,
                                                              const EvidencePeriod& period) const {
    std::vector<EvidenceSuggestion> out;
    addLaunches(personId, period, out);
    addBattlecards(personId, period, out);
    std::stable_sort(out.begin(), out.end(),
                     [](const EvidenceSuggestion& a, const EvidenceSuggestion& b) {
                         if (a.date != b.date) {
                             return a.date > b.date;
                         }
                         if (a.link.kind != b.link.kind) {
                             return a.link.kind > b.link.kind;  // launches before battlecards
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

}  // namespace pmm::storage
