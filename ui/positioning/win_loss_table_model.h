#pragma once

#include <QAbstractTableModel>
#include <QString>

#include <cstdint>
#include <unordered_map>
#include <vector>

#include "positioning/deal.h"
#include "storage/change.h"
#include "storage/deal_rows.h"

namespace pmm::ui {

class WorkspaceSession;

// Every win/loss record of the workspace as a table, read with one query (readDealTable),
// newest first. data() formats only the cell it is asked for; each row's case-folded search
// text (deal, reason, notes) is built just after the first paint, so filtering 200,000
// records stays cheap. The model sorts itself, once per header click; the filter proxy keeps
// its order. Any change to deals, or to the names they show, reads the table again.
class WinLossTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        ClosedOn,
        Deal,
        Segment,
        Competitor,
        Product,
        Outcome,
        Arr,
        Reason,
        Angle,
        Notes
    };
    static constexpr int kColumnCount = 10;
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit WinLossTableModel(WorkspaceSession& session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // By value (dates, amounts), names and texts ignoring case. Column -1: newest first.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    const positioning::Deal& deal(int row) const { return m_deals[static_cast<std::size_t>(row)]; }
    // Deal, reason and notes, case-folded: what the text search looks in.
    const QString& searchKey(int row) const;
    const std::vector<storage::NamedId>& competitors() const { return m_table.competitors; }
    const std::vector<storage::NamedId>& segments() const { return m_table.segments; }

    // Reads every record again.
    void reload();

Q_SIGNALS:
    // After every reload, with the competitors and segments that the filters offer.
    void namesChanged();

private:
    void onChanged(const storage::Change& change);
    QString cellText(const positioning::Deal& deal, int column) const;
    QString nameOf(const std::unordered_map<std::int64_t, int>& rank,
                   const std::vector<storage::NamedId>& names,
                   const std::optional<std::int64_t>& id) const;
    void indexNames();
    void buildSearchKeys() const;
    std::vector<int> sortedOrder() const;
    std::int64_t sortKey(const positioning::Deal& row, int column) const;
    void applyOrder(const std::vector<int>& sorted);

    WorkspaceSession& m_session;
    storage::DealTable m_table;  // its deals are moved to m_deals
    std::vector<positioning::Deal> m_deals;
    mutable std::vector<QString> m_searchKeys;  // empty until first needed
    // Position of each competitor, segment and product in its (name-sorted) list.
    std::unordered_map<std::int64_t, int> m_competitorRank;
    std::unordered_map<std::int64_t, int> m_segmentRank;
    std::unordered_map<std::int64_t, int> m_productRank;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

}  // namespace pmm::ui
