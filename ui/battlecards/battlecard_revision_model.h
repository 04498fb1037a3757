#pragma once

#include <QAbstractTableModel>

#include <cstdint>
#include <vector>

#include "battlecards/revision.h"

namespace pmm::ui {

class WorkspaceSession;

// A card's history, newest first: number, what kind of revision, who, when, what changed.
class BattlecardRevisionModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Number, Kind, Who, When, Summary };
    static constexpr int kColumnCount = 5;
    enum Role { NumberRole = Qt::UserRole + 1 };

    BattlecardRevisionModel(WorkspaceSession& session, std::int64_t cardId,
                            QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const battlecards::RevisionInfo& revision(int row) const {
        return m_revisions[static_cast<std::size_t>(row)];
    }
    void reload();

private:
    QString cellText(const battlecards::RevisionInfo& info, int column) const;

    WorkspaceSession& m_session;
    std::int64_t m_cardId;
    std::vector<battlecards::RevisionInfo> m_revisions;
};

}  // namespace pmm::ui
