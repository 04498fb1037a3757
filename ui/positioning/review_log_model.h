#pragma once

#include <QAbstractTableModel>
#include <QString>

#include <vector>

#include "positioning/positioning_names.h"
#include "positioning/positioning_review.h"

namespace pmm::ui {

class WorkspaceSession;

// The positioning reviews held, newest first: date, trigger, scope (product, segment,
// competitor, or "all"), decision and participants.
class ReviewLogModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Held, Trigger, Scope, Decision, Participants };
    static constexpr int kColumnCount = 5;

    explicit ReviewLogModel(WorkspaceSession& session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void reload();

    const positioning::PositioningReview& review(int row) const {
        return m_rows[static_cast<std::size_t>(row)].review;
    }
    QString scopeText(int row) const { return m_rows[static_cast<std::size_t>(row)].scope; }
    QString participantsText(int row) const {
        return m_rows[static_cast<std::size_t>(row)].participants;
    }
    const PositioningNames& names() const { return m_names; }

private:
    struct Row {
        positioning::PositioningReview review;
        QString scope;
        QString participants;
    };

    WorkspaceSession& m_session;
    PositioningNames m_names;
    std::vector<Row> m_rows;
};

// "Refine": core's decision word with a capital.
QString decisionText(positioning::ReviewDecision decision);

}  // namespace pmm::ui
