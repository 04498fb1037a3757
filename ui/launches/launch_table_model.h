#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QString>

#include <cstdint>
#include <unordered_map>
#include <vector>

#include "storage/change.h"
#include "storage/launch_row.h"

namespace pmm::ui {

class WorkspaceSession;

// Every launch of the workspace as a table, read at once (readAllLaunchRows). data() only
// formats the row it is asked for, and each row keeps a case-folded search key (built just
// after the first paint, or when first needed), so the filter proxy stays cheap over 100,000
// launches. The model sorts itself (once per header
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
    const QString& searchKey(int row) const { return keyOf(m_rows[static_cast<std::size_t>(row)]); }
    // The row holding launch `id`, or -1.
    int rowOf(std::int64_t id) const;

    // Reads every launch again.
    void reload();

private:
    struct Entry {
        launches::LaunchRow launch;
        mutable QString key;        // "name\x1fproduct\x1fowner", case-folded; null until used
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
    // Keys are built on first use: by a search, a sort, or just after the first paint.
    const QString& keyOf(const Entry& entry) const;
    void buildSearchKeys() const;
    QString searchKeyOf(const launches::LaunchRow& row) const;
    // Case-folded, once per product or person: a few thousand among 100,000 launches.
    const QString& foldedName(QHash<std::int64_t, QString>& names, std::int64_t id,
                              const std::string& name) const;
    // Name, product or owner as they sort: a part of the case-folded key, so sorting 100,000
    // rows needs no new strings.
    QStringView keyPart(const Entry& entry, int column) const;
    QString cellText(const launches::LaunchRow& row, int column) const;

    WorkspaceSession& m_session;
    std::vector<Entry> m_rows;
    // Built on first use after a change of rows (a first paint needs no index).
    mutable std::unordered_map<std::int64_t, int> m_rowOfId;
    mutable bool m_indexed = false;
    mutable QHash<std::int64_t, QString> m_productKeys;  // until the next reload
    mutable QHash<std::int64_t, QString> m_ownerKeys;
    std::int64_t m_nextSequence = 0;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

}  // namespace pmm::ui
