#pragma once

#include <QSortFilterProxyModel>
#include <QString>

#include <cstdint>
#include <optional>
#include <string>

#include "launches/launch.h"

namespace pmm::ui {

class LaunchTableModel;

// Filters the launches table. filterAcceptsRow reads the source row directly (no data()
// calls, no QVariant): quarter, tier, status and owner are compared as stored and the text is
// searched in the row's case-folded key. Sorting is the model's (sort() is passed on), so a
// new filter is one pass over the rows in their order: 100,000 rows in milliseconds.
class LaunchFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT

public:
    // The tier filter's value for launches that have no tier yet.
    static constexpr int kNotTiered = 0;

    explicit LaunchFilterProxy(QObject* parent = nullptr);

    void setLaunchModel(LaunchTableModel* model);
    LaunchTableModel* launchModel() const { return m_model; }

    // Each empty means "any". The text matches name, product or owner, ignoring case.
    void setQuarter(const std::optional<QString>& quarter);
    void setTier(const std::optional<int>& tier);  // 1-3, or kNotTiered
    void setStatus(const std::optional<launches::LaunchStatus>& status);
    void setOwner(const std::optional<std::int64_t>& ownerId);
    void setSearchText(const QString& text);
    void clearFilters();
    bool hasFilters() const;

    const std::optional<QString>& quarter() const { return m_quarterText; }
    const std::optional<int>& tier() const { return m_tier; }
    const std::optional<launches::LaunchStatus>& status() const { return m_status; }
    const std::optional<std::int64_t>& owner() const { return m_owner; }
    const QString& searchText() const { return m_searchText; }

    // Sorts the model: its rows stay in that order, and this proxy keeps them.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    void refilter();

    LaunchTableModel* m_model = nullptr;
    std::optional<QString> m_quarterText;
    std::optional<std::string> m_quarter;
    std::optional<int> m_tier;
    std::optional<launches::LaunchStatus> m_status;
    std::optional<std::int64_t> m_owner;
    QString m_searchText;
    QString m_needle;  // m_searchText trimmed and case-folded
};

}  // namespace pmm::ui
