#include "battlecards/battlecard_revision_model.h"

#include <QDateTime>

#include "app/workspace_session.h"
#include "launches/launch_texts.h"
#include "storage/battlecard_store.h"

namespace pmm::ui {

namespace {

// "2026-11-23 14:05" in local time from the stored UTC "2026-11-23T14:05:00Z".
QString localTime(const std::string& utc) {
    const QDateTime time = QDateTime::fromString(toQString(utc), Qt::ISODate);
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                          : toQString(utc);
}

}  // namespace

BattlecardRevisionModel::BattlecardRevisionModel(WorkspaceSession& session, std::int64_t cardId,
                                                 QObject* parent)
    : QAbstractTableModel(parent), m_session(session), m_cardId(cardId) {
    connect(&session, &WorkspaceSession::changed, this, [this](const storage::Change& change) {
        if ((change.kind == storage::EntityKind::Battlecard &&
             (change.id == m_cardId || change.id == 0)) ||
            change.kind == storage::EntityKind::Everything) {
            reload();
        }
    });
    reload();
}

int BattlecardRevisionModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_revisions.size());
}

int BattlecardRevisionModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : kColumnCount;
}

QVariant BattlecardRevisionModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const battlecards::RevisionInfo& info = revision(index.row());
    switch (role) {
        case Qt::DisplayRole:
            return cellText(info, index.column());
        case Qt::ToolTipRole:
            return index.column() == Summary ? textToolTip(cellText(info, Summary)) : QVariant();
        case NumberRole:
            return info.number;
        default:
            return {};
    }
}

QVariant BattlecardRevisionModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= kColumnCount) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    static const char* const headers[] = {QT_TR_NOOP("#"), QT_TR_NOOP("What"), QT_TR_NOOP("Who"),
                                          QT_TR_NOOP("When"), QT_TR_NOOP("What changed")};
    return tr(headers[section]);
}

void BattlecardRevisionModel::reload() {
    std::vector<battlecards::RevisionInfo> revisions;
    if (m_session.isOpen()) {
        reportingErrors(m_session, [&] {
            revisions = storage::BattlecardStore(m_session.workspace()).revisions(m_cardId);
        });
    }
    beginResetModel();
    m_revisions = std::move(revisions);
    endResetModel();
}

QString BattlecardRevisionModel::cellText(const battlecards::RevisionInfo& info, int column) const {
    switch (column) {
        case Number:
            return QString::number(info.number);
        case Kind:
            return toQString(battlecards::revisionKindLabel(info.kind));
        case Who:
            return toQString(info.changedBy);
        case When:
            return localTime(info.changedAt);
        case Summary: {
            QString text = toQString(info.summary);
            if (!info.note.empty()) {
                text += (text.isEmpty() ? QString() : QStringLiteral(" \u2014 ")) +
                        tr("Note: %1").arg(toQString(info.note));
            }
            return text;
        }
        default:
            return {};
    }
}

}  // namespace pmm::ui
