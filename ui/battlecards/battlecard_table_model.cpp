#include "battlecards/battlecard_table_model.h"

#include <QFont>

#include "app/workspace_session.h"
#include "battlecards/battlecard_texts.h"
#include "launches/launch_texts.h"
#include "storage/battlecard_store.h"

namespace pmm::ui {

using battlecards::BattlecardRow;

BattlecardTableModel::BattlecardTableModel(WorkspaceSession& session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session) {
    connect(&session, &WorkspaceSession::workspaceChanged, this, &BattlecardTableModel::reload);
    connect(&session, &WorkspaceSession::changed, this, &BattlecardTableModel::onChanged);
    reload();
}

int BattlecardTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int BattlecardTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : kColumnCount;
}

QVariant BattlecardTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const BattlecardRow& row = cardRow(index.row());
    switch (role) {
        case Qt::DisplayRole:
            return cellText(row, index.column());
        case Qt::ToolTipRole:
            return textToolTip(data(index, SentenceRole).toString());
        case SentenceRole:
            return toQString(
                battlecards::assessRefresh(row.refresh, pmm::today(), row.refreshRequest).sentence);
        case Qt::FontRole:
            if (index.column() == Status && battlecards::needsAttention(row.status)) {
                QFont bold;
                bold.setBold(true);
                return bold;
            }
            return {};
        case IdRole:
            return QVariant::fromValue<qint64>(row.id);
        case CompetitorIdRole:
            return QVariant::fromValue<qint64>(row.competitorId);
        case SegmentIdRole:
            return QVariant::fromValue<qint64>(row.segmentId);
        case OwnerIdRole:
            return QVariant::fromValue<qint64>(row.ownerId.value_or(-1));
        case StatusRole:
            return static_cast<int>(row.status);
        case SortRole:
            return sortKey(row, index.column());
        default:
            return {};
    }
}

QVariant BattlecardTableModel::headerData(int section, Qt::Orientation orientation,
                                          int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= kColumnCount) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
        case Competitor:
            return tr("Competitor");
        case Segment:
            return tr("Segment");
        case Owner:
            return tr("Owner");
        case Status:
            return tr("Status");
        case LastRefreshed:
            return tr("Last refreshed");
        case NextDue:
            return tr("Next due");
        default:
            return {};
    }
}

int BattlecardTableModel::rowOf(std::int64_t id) const {
    const auto found = m_rowOfId.find(id);
    return found == m_rowOfId.end() ? -1 : found->second;
}

void BattlecardTableModel::setSignedIn(std::optional<std::int64_t> personId) {
    if (personId == m_signedIn) {
        return;
    }
    m_signedIn = personId;
    beginResetModel();
    battlecards::sortForOwner(m_rows, m_signedIn);
    reindex();
    endResetModel();
}

void BattlecardTableModel::reload() {
    std::vector<BattlecardRow> rows;
    if (m_session.isOpen()) {
        reportingErrors(m_session, [this, &rows] {
            rows = storage::BattlecardStore(m_session.workspace()).rows();
        });
    }
    battlecards::sortForOwner(rows, m_signedIn);
    beginResetModel();
    m_rows = std::move(rows);
    reindex();
    endResetModel();
}

void BattlecardTableModel::reindex() {
    m_rowOfId.clear();
    m_rowOfId.reserve(m_rows.size());
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        m_rowOfId.emplace(m_rows[i].id, static_cast<int>(i));
    }
}

void BattlecardTableModel::onChanged(const storage::Change& change) {
    using storage::EntityKind;
    switch (change.kind) {
        case EntityKind::Battlecard:
        case EntityKind::CompetitorLaunch:
        case EntityKind::Everything:
            reload();
            return;
        case EntityKind::Person:
        case EntityKind::Segment:
        case EntityKind::Competitor:
            if (change.type != storage::ChangeType::Added) {
                reload();
            }
            return;
        default:
            return;
    }
}

QString BattlecardTableModel::cellText(const BattlecardRow& row, int column) const {
    switch (column) {
        case Competitor:
            return toQString(row.competitor);
        case Segment:
            return toQString(row.segment);
        case Owner:
            return row.owner.empty() ? tr("Unassigned") : toQString(row.owner);
        case Status:
            return refreshStatusText(row.status);
        case LastRefreshed:
            return isoDateText(row.refresh.lastRefreshed);
        case NextDue:
            return isoDateText(row.nextDue);
        default:
            return {};
    }
}

QVariant BattlecardTableModel::sortKey(const BattlecardRow& row, int column) const {
    if (column == Status) {
        return battlecards::urgencyRank(row.status);
    }
    return cellText(row, column).toCaseFolded();
}

}  // namespace pmm::ui
