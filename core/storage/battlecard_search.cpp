#include "storage/battlecard_search.h"

#include <algorithm>

#include "storage/battlecard_search_functions.h"
#include "storage/battlecard_search_query.h"
#include "storage/database.h"
#include "storage/workspace.h"

namespace pmm::storage {

using namespace battlecards;

namespace {

constexpr int kSnippetTokens = 12;

SearchMatch matchFor(int column) {
    if (column == 0) {
        return {SearchField::Competitor, CardSection::Overview};
    }
    if (column == 1) {
        return {SearchField::Segment, CardSection::Overview};
    }
    return {SearchField::Section,
            kCardSections[static_cast<std::size_t>(column - kSearchNameColumns)]};
}

}  // namespace

BattlecardSearch::BattlecardSearch(Workspace& workspace) : m_workspace(workspace) {
    registerSearchFunctions(workspace.handle());
}

std::vector<BattlecardSearchHit> BattlecardSearch::search(std::string_view userText,
                                                          int limit) const {
    std::vector<BattlecardSearchHit> hits;
    const std::string query = ftsQueryFor(userText);
    if (query.empty() || limit <= 0) {
        return hits;
    }
    // Ranking reads every candidate's matches, so words most cards hold (50,000 cards, 90 %
    // matching) cost more than a keystroke allows: only the newest kRankedCandidates matches
    // are ranked (all of them for any query specific enough to read its results). The best
    // `limit` then get their matched sections and a snippet in one more pass over the
    // matches: "+rowid" keeps FTS5 from running the query once per kept row, which for a
    // prefix ("revi*") means merging its words' lists fifty times.
    Statement select(m_workspace.handle(),
                     "WITH best AS MATERIALIZED (SELECT card_id, score FROM "
                     "(SELECT rowid AS card_id, pmm_rank(battlecard_search) AS score "
                     "FROM battlecard_search WHERE battlecard_search MATCH ?1 "
                     "ORDER BY rowid DESC LIMIT ?7) ORDER BY score, card_id LIMIT ?2), "
                     "hits AS MATERIALIZED (SELECT rowid AS card_id, "
                     "pmm_best_column(battlecard_search) AS best, "
                     "pmm_matched_columns(battlecard_search) AS matched, "
                     "snippet(battlecard_search, pmm_best_column(battlecard_search), ?3, ?4, ?5, "
                     "?6) AS snippet FROM battlecard_search WHERE battlecard_search MATCH ?1 "
                     "AND +rowid IN (SELECT card_id FROM best)) "
                     "SELECT h.card_id, c.name, s.name, coalesce(p.name, ''), h.best, h.matched, "
                     "h.snippet, r.score FROM hits h JOIN best r ON r.card_id = h.card_id "
                     "JOIN battlecards b ON b.id = h.card_id "
                     "JOIN competitors c ON c.id = b.competitor_id "
                     "JOIN segments s ON s.id = b.segment_id "
                     "LEFT JOIN people p ON p.id = b.owner_id ORDER BY r.score, h.card_id");
    select.bind(1, query).bind(2, limit);
    select.bind(3, std::string_view(&kMatchStart, 1)).bind(4, std::string_view(&kMatchEnd, 1));
    select.bind(5, kSnippetEllipsis).bind(6, kSnippetTokens).bind(7, kRankedCandidates);
    while (select.step()) {
        BattlecardSearchHit& hit = hits.emplace_back();
        hit.cardId = select.int64(0);
        hit.competitor = select.text(1);
        hit.segment = select.text(2);
        hit.owner = select.text(3);
        hit.best = matchFor(std::max(select.integer(4), 0));
        const int mask = select.integer(5);
        for (int column = 0; column < kSearchColumns; ++column) {
            if (mask & (1 << column)) {
                hit.all.push_back(matchFor(column));
            }
        }
        hit.snippet = select.text(6);
        hit.score = select.real(7);
    }
    return hits;
}

}  // namespace pmm::storage
