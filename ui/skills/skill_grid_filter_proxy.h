#pragma once

#include <QSortFilterProxyModel>
#include <QString>

#include <optional>

namespace pmm::ui {

// Filters the skills grid by person name (a case-insensitive part of it) and by level, and
// sorts by SkillGridModel::SortRole: names ignoring case, levels by rank.
class SkillGridFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit SkillGridFilterProxy(QObject* parent = nullptr);

    void setNameFilter(const QString& text);
    void setLevelFilter(const std::optional<int>& rank);  // empty: every level
    bool hasFilters() const { return !m_needle.isEmpty() || m_level.has_value(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_needle;  // trimmed and case-folded
    std::optional<int> m_level;
};

}  // namespace pmm::ui
