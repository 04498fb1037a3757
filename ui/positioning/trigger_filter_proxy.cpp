#include "positioning/trigger_filter_proxy.h"

#include "positioning/trigger_table_model.h"

namespace pmm::ui {

TriggerFilterProxy::TriggerFilterProxy(QObject* parent) : QSortFilterProxyModel(parent) {
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void TriggerFilterProxy::setKind(std::optional<positioning::TriggerKind> kind) {
    m_kind = kind;
    invalidateRowsFilter();
}

void TriggerFilterProxy::setText(const QString& text) {
    m_words = text.toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

bool TriggerFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_kind && index.data(TriggerTableModel::KindRole).toInt() != static_cast<int>(*m_kind)) {
        return false;
    }
    const QString search = index.data(TriggerTableModel::SearchRole).toString();
    return std::all_of(m_words.cbegin(), m_words.cend(),
                       [&search](const QString& word) { return search.contains(word); });
}

}  // namespace pmm::ui
