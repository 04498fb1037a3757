#include "positioning/trigger_table_model.h"

#include "app/workspace_session.h"
#include "battlecards/battlecard_texts.h"
#include "launches/launch_texts.h"
#include "storage/positioning_reader.h"

namespace pmm::ui {

using positioning::PositioningAlert;
using positioning::TriggerKind;

QString triggerKindText(TriggerKind kind) {
    QString text = toQString(positioning::triggerLabel(kind));
    if (!text.isEmpty()) {
        text[0] = text[0].toUpper();
    }
    return text;
}

TriggerTableModel::TriggerTableModel(WorkspaceSession& session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session), m_today(pmm::today()) {
    reload();
}

int TriggerTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TriggerTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : kColumnCount;
}

QVariant TriggerTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    if (role == KindRole) {
        return static_cast<int>(row.alert.kind);
    }
    if (role == SearchRole) {
        return row.search;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (index.column()) {
        case Kind:
            return triggerKindText(row.alert.kind);
        case Trigger:
            return toQString(row.alert.sentence);
        case Scope:
            return row.scope;
        case Since:
            return row.since;
        default:
            return {};
    }
}

QVariant TriggerTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
        case Kind:
            return tr("Kind");
        case Trigger:
            return tr("Trigger");
        case Scope:
            return tr("Competitor, product, segment");
        case Since:
            return tr("Since");
        default:
            return {};
    }
}

void TriggerTableModel::setToday(const Date& today) {
    m_today = today;
    reload();
}

void TriggerTableModel::reload() {
    beginResetModel();
    m_rows.clear();
    m_names = PositioningNames::read(m_session);
    if (m_session.isOpen()) {
        reportingErrors(m_session, [this] {
            const storage::Workspace& workspace = m_session.workspace();
            m_thresholds = storage::readPositioningThresholds(workspace);
            const auto facts = storage::readPositioningFacts(workspace);
            for (PositioningAlert& alert :
                 positioning::openTriggers(facts, m_thresholds, m_today)) {
                Row row;
                row.scope =
                    m_names.scope(alert.productId, alert.segmentId, alert.competitorId, false);
                row.since = alert.since ? isoDateText(*alert.since) : QString();
                row.search = (toQString(alert.sentence) + QChar(0x1f) + row.scope).toCaseFolded();
                row.alert = std::move(alert);
                m_rows.push_back(std::move(row));
            }
        });
    }
    endResetModel();
}

int TriggerTableModel::countOf(TriggerKind kind) const {
    return static_cast<int>(std::count_if(
        m_rows.begin(), m_rows.end(), [kind](const Row& row) { return row.alert.kind == kind; }));
}

}  // namespace pmm::ui
