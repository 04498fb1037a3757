#pragma once

#include <QAbstractTableModel>

#include <cstdint>
#include <optional>
#include <unordered_map>
#include <vector>

#include "battlecards/battlecard_row.h"
#include "storage/change.h"

namespace pmm::ui {

class WorkspaceSession;

// Every battlecard as a table, read in one query (BattlecardStore::rows) and kept in the
// order of sortForOwner: the chosen person's cards that need attention first. data() only
// formats the row it is asked for. Any change to cards, competitor launches or the names
// they show reads the rows again (a refresh can move a card anywhere in that order).
class BattlecardTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Competitor, Segment, Owner, Status, LastRefreshed, NextDue };
    static constexpr int kColumnCount = 6;
    enum Role {
        IdRole = Qt::UserRole + 1,
        CompetitorIdRole,
        SegmentIdRole,
        OwnerIdRole,   // -1 when unassigned
        StatusRole,    // RefreshStatus as int
        SortRole,      // what a header click sorts by
        SentenceRole,  // where the card stands, in words
    };

    explicit BattlecardTableModel(WorkspaceSession& session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const battlecards::BattlecardRow& cardRow(int row) const {
        return m_rows[static_cast<std::size_t>(row)];
    }
    // The row holding card `id`, or -1.
    int rowOf(std::int64_t id) const;

    // Whose due cards come first; re-sorts.
    void setSignedIn(std::optional<std::int64_t> personId);
    std::optional<std::int64_t> signedIn() const { return m_signedIn; }

    void reload();

private:
    void onChanged(const storage::Change& change);
    void reindex();
    QString cellText(const battlecards::BattlecardRow& row, int column) const;
    QVariant sortKey(const battlecards::BattlecardRow& row, int column) const;

    WorkspaceSession& m_session;
    std::vector<battlecards::BattlecardRow> m_rows;
    std::unordered_map<std::int64_t, int> m_rowOfId;
    std::optional<std::int64_t> m_signedIn;
};

}  // namespace pmm::ui
