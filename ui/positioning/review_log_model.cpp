#include "positioning/review_log_model.h"

#include <QStringList>

#include "app/workspace_session.h"
#include "battlecards/battlecard_texts.h"
#include "launches/launch_texts.h"
#include "positioning/trigger_table_model.h"
#include "storage/positioning_review_store.h"

namespace pmm::ui {

QString decisionText(positioning::ReviewDecision decision) {
    switch (decision) {
        case positioning::ReviewDecision::Keep:
            return ReviewLogModel::tr("Keep");
        case positioning::ReviewDecision::Refine:
            return ReviewLogModel::tr("Refine");
        case positioning::ReviewDecision::Reposition:
            return ReviewLogModel::tr("Reposition");
    }
    return {};
}

ReviewLogModel::ReviewLogModel(WorkspaceSession& session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session) {
    reload();
}

int ReviewLogModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ReviewLogModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : kColumnCount;
}

QVariant ReviewLogModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    switch (index.column()) {
        case Held:
            return isoDateText(row.review.reviewedOn);
        case Trigger:
            return triggerKindText(row.review.trigger);
        case Scope:
            return row.scope;
        case Decision:
            return decisionText(row.review.decision);
        case Participants:
            return row.participants;
        default:
            return {};
    }
}

QVariant ReviewLogModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
        case Held:
            return tr("Date");
        case Trigger:
            return tr("Trigger");
        case Scope:
            return tr("Scope");
        case Decision:
            return tr("Decision");
        case Participants:
            return tr("Participants");
        default:
            return {};
    }
}

void ReviewLogModel::reload() {
    beginResetModel();
    m_rows.clear();
    m_names = PositioningNames::read(m_session);
    if (m_session.isOpen()) {
        reportingErrors(m_session, [this] {
            for (auto& review : storage::PositioningReviewStore(m_session.workspace()).list()) {
                QStringList people;
                for (const std::int64_t person : review.participantIds) {
                    people << m_names.people.value(person, QStringLiteral("#%1").arg(person));
                }
                Row row;
                row.scope =
                    m_names.scope(review.productId, review.segmentId, review.competitorId, true);
                row.participants = people.join(QStringLiteral(", "));
                row.review = std::move(review);
                m_rows.push_back(std::move(row));
            }
        });
    }
    endResetModel();
}

}  // namespace pmm::ui
