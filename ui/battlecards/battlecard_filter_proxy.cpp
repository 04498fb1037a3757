#include "battlecards/battlecard_filter_proxy.h"

#include "battlecards/battlecard_table_model.h"

namespace pmm::ui {

BattlecardFilterProxy::BattlecardFilterProxy(QObject* parent) : QSortFilterProxyModel(parent) {
    setSortRole(BattlecardTableModel::SortRole);
}

void BattlecardFilterProxy::setCardModel(BattlecardTableModel* model) {
    m_model = model;
    setSourceModel(model);
}

void BattlecardFilterProxy::setCompetitor(std::optional<std::int64_t> id) {
    m_competitor = id;
    update();
}

void BattlecardFilterProxy::setSegment(std::optional<std::int64_t> id) {
    m_segment = id;
    update();
}

void BattlecardFilterProxy::setOwner(std::optional<std::int64_t> id) {
    m_owner = id;
    update();
}

void BattlecardFilterProxy::setStatus(std::optional<int> status) {
    m_status = status;
    update();
}

bool BattlecardFilterProxy::hasFilters() const {
    return m_competitor || m_segment || m_owner || m_status;
}

bool BattlecardFilterProxy::acceptsCard(std::int64_t id) const {
    if (!hasFilters()) {
        return true;
    }
    const int row = m_model != nullptr ? m_model->rowOf(id) : -1;
    return row >= 0 && filterAcceptsRow(row, {});
}

void BattlecardFilterProxy::clearFilters() {
    m_competitor.reset();
    m_segment.reset();
    m_owner.reset();
    m_status.reset();
    update();
}

void BattlecardFilterProxy::update() {
    invalidateFilter();
}

bool BattlecardFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    if (m_model == nullptr || sourceParent.isValid()) {
        return true;
    }
    const auto& row = m_model->cardRow(sourceRow);
    return (!m_competitor || row.competitorId == *m_competitor) &&
           (!m_segment || row.segmentId == *m_segment) &&
           (!m_owner || row.ownerId.value_or(kUnassigned) == *m_owner) &&
           (!m_status || static_cast<int>(row.status) == *m_status);
}

}  // namespace pmm::ui
