#include "launches/launch_filter_proxy.h"

#include "launches/launch_table_model.h"

namespace pmm::ui {

LaunchFilterProxy::LaunchFilterProxy(QObject* parent) : QSortFilterProxyModel(parent) {
    setDynamicSortFilter(true);
}

void LaunchFilterProxy::setLaunchModel(LaunchTableModel* model) {
    m_model = model;
    setSourceModel(model);
}

void LaunchFilterProxy::setQuarter(const std::optional<QString>& quarter) {
    if (quarter == m_quarterText) {
        return;
    }
    m_quarterText = quarter;
    m_quarter = quarter ? std::optional<std::string>(quarter->toStdString()) : std::nullopt;
    refilter();
}

void LaunchFilterProxy::setTier(const std::optional<int>& tier) {
    if (tier == m_tier) {
        return;
    }
    m_tier = tier;
    refilter();
}

void LaunchFilterProxy::setStatus(const std::optional<launches::LaunchStatus>& status) {
    if (status == m_status) {
        return;
    }
    m_status = status;
    refilter();
}

void LaunchFilterProxy::setOwner(const std::optional<std::int64_t>& ownerId) {
    if (ownerId == m_owner) {
        return;
    }
    m_owner = ownerId;
    refilter();
}

void LaunchFilterProxy::setSearchText(const QString& text) {
    const QString needle = text.trimmed().toCaseFolded();
    m_searchText = text;
    if (needle == m_needle) {
        return;
    }
    m_needle = needle;
    refilter();
}

void LaunchFilterProxy::clearFilters() {
    m_quarterText.reset();
    m_quarter.reset();
    m_tier.reset();
    m_status.reset();
    m_owner.reset();
    m_searchText.clear();
    m_needle.clear();
    refilter();
}

// The mapping is rebuilt in one pass. Updating it in place (invalidateFilter) is much slower
// here: QSortFilterProxyModel removes or inserts each run of rows separately, and a search
// over 100,000 launches hides thousands of runs.
void LaunchFilterProxy::refilter() {
    invalidate();
}

void LaunchFilterProxy::sort(int column, Qt::SortOrder order) {
    if (m_model) {
        m_model->sort(column, order);
    }
}

bool LaunchFilterProxy::hasFilters() const {
    return m_quarter || m_tier || m_status || m_owner || !m_needle.isEmpty();
}

bool LaunchFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    if (!m_model || sourceParent.isValid()) {
        return false;
    }
    const launches::LaunchRow& row = m_model->launchRow(sourceRow);
    if (m_quarter && row.quarter != *m_quarter) {
        return false;
    }
    if (m_tier) {
        if (*m_tier == kNotTiered ? row.tier.has_value() : row.tier != *m_tier) {
            return false;
        }
    }
    if (m_status && row.status != *m_status) {
        return false;
    }
    if (m_owner && row.ownerId != *m_owner) {
        return false;
    }
    return m_needle.isEmpty() || m_model->searchKey(sourceRow).contains(m_needle);
}

}  // namespace pmm::ui
