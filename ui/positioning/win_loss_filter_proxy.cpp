#include "positioning/win_loss_filter_proxy.h"

#include "positioning/win_loss_table_model.h"

namespace pmm::ui {

WinLossFilterProxy::WinLossFilterProxy(QObject* parent) : QSortFilterProxyModel(parent) {
    setDynamicSortFilter(true);
}

void WinLossFilterProxy::setWinLossModel(WinLossTableModel* model) {
    m_model = model;
    setSourceModel(model);
}

// Each new filter rebuilds the mapping in one pass (invalidate): updating it in place
// removes each run of hidden rows separately, which is far slower over 200,000 records.
void WinLossFilterProxy::setFilter(const positioning::DealFilter& filter) {
    if (filter == m_filter) {
        return;
    }
    m_filter = filter;
    invalidate();
}

void WinLossFilterProxy::setSearchText(const QString& text) {
    const QString needle = text.trimmed().toCaseFolded();
    if (needle == m_needle) {
        return;
    }
    m_needle = needle;
    invalidate();
}

bool WinLossFilterProxy::hasFilters() const {
    return !m_filter.isEmpty() || !m_needle.isEmpty();
}

std::vector<positioning::Outcome> WinLossFilterProxy::shownOutcomes() const {
    std::vector<positioning::Outcome> outcomes;
    if (m_model == nullptr) {
        return outcomes;
    }
    const int shown = rowCount();
    outcomes.reserve(static_cast<std::size_t>(shown));
    for (int row = 0; row < shown; ++row) {
        outcomes.push_back(m_model->deal(mapToSource(index(row, 0)).row()).outcome);
    }
    return outcomes;
}

void WinLossFilterProxy::sort(int column, Qt::SortOrder order) {
    if (m_model) {
        m_model->sort(column, order);
    }
}

bool WinLossFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    if (m_model == nullptr || sourceParent.isValid()) {
        return false;
    }
    return m_filter.accepts(m_model->deal(sourceRow)) &&
           (m_needle.isEmpty() || m_model->searchKey(sourceRow).contains(m_needle));
}

}  // namespace pmm::ui
