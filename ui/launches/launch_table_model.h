#pragma once

#include <QAbstractTableModel>
#include <QString>

#include <cstdint>
#include <unordered_map>
#include <vector>

#include "storage/change.h"
#include "storage/launch_row.h"

namespace pmm::ui {

class WorkspaceSession;

// Every launch of the workspace as a table, read in one query (readAllLaunchRows). data()
// only formats the row it is asked for, and each row keeps a case-folded search key, so the
// filter proxy stays cheap over 100,000 launches. The model sorts itself (once per header
// click) and keeps rows in place as launches change, so filtering never has to sort.
// Change notifications refresh one launch where they name one, everything otherwise.
class LaunchTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Name, Product, Quarter, Owner, Tier, Score, Status, Readiness, TargetDate };
    static constexpr int kColumnCount = 9;
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit LaunchTableModel(WorkspaceSession& session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // By value, not by text (a score of 10.00 after 9.00); names ignore case. Column -1: the
    // workspace's order (quarter, then name). Later changes keep the order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    const launches::LaunchRow& launchRow(int row) const {
        return m_rows[static_cast<std::size_t>(row)].launch;
    }
    // Name, product and owner, case-folded: what the text search looks in.
    const QString& searchKey(int row) const { return m_rows[static_cast<std::size_t>(row)].key; }
    // The row holding launch `id`, or -1.
    int rowOf(std::int64_t id) const;

    // Reads every launch again.
    void reload();

private:
    struct Entry {
        launches::LaunchRow launch;
        QString key;                // "name\x1fproduct\x1fowner", case-folded
        std::int64_t sequence = 0;  // the workspace's order: position when read
    };

    void onChanged(const storage::Change& change);
    void refreshLaunch(std::int64_t id);
    void removeLaunch(std::int64_t id);
    void placeRow(int row);
    int positionFor(const Entry& entry, int skip) const;
    bool before(const Entry& left, const Entry& right) const;
    QString textKey(const Entry& entry, int column) const;
    std::vector<int> sortedOrder() const;
    void reindex();
    Entry makeEntry(launches::LaunchRow row);
    static QString searchKeyOf(const launches::LaunchRow& row);
    // Name, product or owner as they sort: a part of the case-folded key, so sorting 100,000
    // rows needs no new strings.
    static QStringView keyPart(const Entry& entry, int column);
    QString cellText(const launches::LaunchRow& row, int column) const;

    WorkspaceSession& m_session;
    std::vector<Entry> m_rows;
    std::unordered_map<std::int64_t, int> m_rowOfId;
    std::int64_t m_nextSequence = 0;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

}  // namespace pmm::ui
