#include "skills/skill_grid_filter_proxy.h"

#include "skills/skill_grid_model.h"

namespace pmm::ui {

SkillGridFilterProxy::SkillGridFilterProxy(QObject* parent) : QSortFilterProxyModel(parent) {
    setSortRole(SkillGridModel::SortRole);
}

void SkillGridFilterProxy::setNameFilter(const QString& text) {
    const QString needle = text.trimmed().toCaseFolded();
    if (needle == m_needle) {
        return;
    }
    m_needle = needle;
    invalidateRowsFilter();
}

void SkillGridFilterProxy::setLevelFilter(const std::optional<int>& rank) {
    if (rank == m_level) {
        return;
    }
    m_level = rank;
    invalidateRowsFilter();
}

bool SkillGridFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QModelIndex name =
        sourceModel()->index(sourceRow, SkillGridModel::PersonColumn, sourceParent);
    if (m_level && name.data(SkillGridModel::LevelRankRole).toInt() != *m_level) {
        return false;
    }
    return m_needle.isEmpty() || name.data(SkillGridModel::SortRole).toString().contains(m_needle);
}

}  // namespace pmm::ui
