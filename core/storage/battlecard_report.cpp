#include "storage/battlecard_report.h"

#include <algorithm>
#include <unordered_map>

#include "battlecards/sales_view.h"
#include "catalog/catalog_types.h"
#include "storage/battlecard_reader.h"
#include "storage/battlecard_store.h"
#include "storage/entity_store.h"
#include "storage/workspace.h"

namespace pmm::battlecards {

namespace {

template <class Entity>
std::vector<std::string> namesOf(storage::Workspace& workspace) {
    std::vector<std::string> names;
    for (const Entity& each : catalog::EntityStore<Entity>(workspace).list()) {
        names.push_back(each.name);
    }
    return names;
}

SalesCard salesCard(storage::Workspace& workspace, const BattlecardRow& row) {
    SalesCard card;
    card.id = row.id;
    card.competitor = row.competitor;
    card.segment = row.segment;
    card.owner = row.owner;
    card.lastRefreshed = row.refresh.lastRefreshed;
    card.nextDue = row.nextDue;
    card.status = row.status;
    card.content = salesView(storage::readContent(workspace.handle(), row.id));
    return card;
}

std::string titleFor(const CardSelection& selection, const std::vector<SalesCard>& cards) {
    if (cards.size() == 1) {
        return "Battlecard: " + cards.front().competitor + " in " + cards.front().segment;
    }
    const bool byCompetitor = !selection.competitor.empty();
    const bool bySegment = !selection.segment.empty();
    if (byCompetitor) {
        return "Battlecards: " + cards.front().competitor;
    }
    if (bySegment) {
        return "Battlecards: " + cards.front().segment + " segment";
    }
    return "Battlecards";
}

SalesBattlecards compose(storage::Workspace& workspace, const std::vector<BattlecardRow>& rows,
                         const std::vector<std::int64_t>& ids, const CardSelection& selection,
                         const Date& today) {
    std::unordered_map<std::int64_t, const BattlecardRow*> byId;
    for (const BattlecardRow& row : rows) {
        byId.emplace(row.id, &row);
    }
    SalesBattlecards report;
    report.generatedOn = toIsoText(today);
    report.cards.reserve(ids.size());
    for (const std::int64_t id : ids) {
        if (const auto found = byId.find(id); found != byId.end()) {
            report.cards.push_back(salesCard(workspace, *found->second));
        }
    }
    report.title =
        report.cards.empty() ? std::string("Battlecards") : titleFor(selection, report.cards);
    return report;
}

}  // namespace

SalesBattlecards salesBattlecards(storage::Workspace& workspace, const CardSelection& selection,
                                  const Date& today) {
    const std::vector<BattlecardRow> rows = storage::BattlecardStore(workspace).rows(today);
    const CardSelectionResult selected =
        selectCards(rows, selection, namesOf<catalog::Competitor>(workspace),
                    namesOf<catalog::Segment>(workspace));
    if (!selected.problem.empty()) {
        SalesBattlecards report;
        report.generatedOn = toIsoText(today);
        report.problem = selected.problem;
        return report;
    }
    return compose(workspace, rows, selected.cardIds, selection, today);
}

SalesBattlecards salesBattlecard(storage::Workspace& workspace, std::int64_t cardId,
                                 const Date& today) {
    const std::vector<BattlecardRow> rows = storage::BattlecardStore(workspace).rows(today);
    SalesBattlecards report = compose(workspace, rows, {cardId}, {}, today);
    if (report.cards.empty()) {
        report.problem = "this battlecard no longer exists";
    }
    return report;
}

}  // namespace pmm::battlecards
