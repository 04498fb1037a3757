#pragma once

#include <QSortFilterProxyModel>
#include <QString>

#include <vector>

#include "positioning/deal.h"
#include "positioning/deal_filter.h"

namespace pmm::ui {

class WinLossTableModel;

// Filters the win/loss table: competitor, segment, outcome and dates by core's DealFilter,
// the text in each row's case-folded deal, reason and notes. filterAcceptsRow reads the
// record directly (no data() calls); sorting is the model's, so a new filter is one pass over
// the rows in their order.
class WinLossFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit WinLossFilterProxy(QObject* parent = nullptr);

    void setWinLossModel(WinLossTableModel* model);
    WinLossTableModel* winLossModel() const { return m_model; }

    void setFilter(const positioning::DealFilter& filter);
    void setSearchText(const QString& text);
    const positioning::DealFilter& filter() const { return m_filter; }
    bool hasFilters() const;

    // The outcomes of the records shown, for the summary line.
    std::vector<positioning::Outcome> shownOutcomes() const;

    // Sorts the model: its rows stay in that order, and this proxy keeps them.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    WinLossTableModel* m_model = nullptr;
    positioning::DealFilter m_filter;
    QString m_needle;  // trimmed and case-folded
};

}  // namespace pmm::ui
