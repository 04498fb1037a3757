#include "common/record_table_model.h"

#include <algorithm>
#include <memory>

#include "app/workspace_session.h"
#include "common/record_adapter.h"
#include "storage/catalog.h"
#include "undo/add_record_command.h"
#include "undo/remove_record_command.h"
#include "undo/set_field_command.h"

namespace pmm::ui {

using storage::ChangeType;
using storage::EntityKind;

RecordTableModel::RecordTableModel(WorkspaceSession& session, const RecordAdapter& adapter,
                                   QObject* parent)
    : QAbstractTableModel(parent), m_session(session), m_adapter(adapter) {
    connect(&session, &WorkspaceSession::workspaceChanged, this, &RecordTableModel::reload);
    connect(&session, &WorkspaceSession::changed, this, &RecordTableModel::onChanged);
    reload();
}

int RecordTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_records.size());
}

int RecordTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_adapter.fields().size());
}

QVariant RecordTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Record& row = record(index.row());
    const FieldSpec& spec = field(index.column());
    const QVariant& value = row.values.value(index.column());
    switch (role) {
        case Qt::DisplayRole:
            return displayText(spec.kind, value);
        case Qt::EditRole:
            return spec.kind == FieldKind::Date && value.isNull() ? QVariant(QString()) : value;
        case Qt::ToolTipRole: {
            const QString text = displayText(spec.kind, value);
            return text.size() > spec.widthInCharacters ? QVariant(text) : QVariant();
        }
        case SortRole:
            if (spec.kind == FieldKind::Level) {
                return value.toInt();
            }
            return displayText(spec.kind, value);
        case IdRole:
            return static_cast<qint64>(row.id);
        case FieldKindRole:
            return static_cast<int>(spec.kind);
        default:
            return {};
    }
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount()) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (role == Qt::DisplayRole) {
        return field(section).title;
    }
    if (role == FieldKindRole) {
        return static_cast<int>(field(section).kind);
    }
    return {};
}

Qt::ItemFlags RecordTableModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (index.isValid() && m_session.isOpen() && !m_session.isReadOnly()) {
        result |= Qt::ItemIsEditable;
    }
    return result;
}

bool RecordTableModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return false;
    }
    const Record& row = record(index.row());
    const FieldKind kind = field(index.column()).kind;
    QVariant oldValue = row.values.value(index.column());
    QVariant newValue = normalized(kind, value);
    if (normalized(kind, oldValue) == newValue) {
        return false;
    }
    return m_session.execute(std::make_unique<SetFieldCommand>(
        m_session, m_adapter, row.id, m_adapter.nameOf(row), index.column(), std::move(oldValue),
        std::move(newValue)));
}

int RecordTableModel::rowOf(std::int64_t id) const {
    const auto found = std::find_if(m_records.begin(), m_records.end(),
                                    [id](const Record& row) { return row.id == id; });
    return found == m_records.end() ? -1 : static_cast<int>(found - m_records.begin());
}

std::int64_t RecordTableModel::addRecord(const QString& name) {
    auto command = std::make_unique<AddRecordCommand>(m_session, m_adapter, m_adapter.blank(name));
    const AddRecordCommand* added = command.get();
    if (!m_session.execute(std::move(command))) {
        return 0;
    }
    return added->record().id;  // the stack owns it now; it lives on
}

bool RecordTableModel::removeRecord(int row) {
    if (row < 0 || row >= rowCount()) {
        return false;
    }
    return m_session.execute(
        std::make_unique<RemoveRecordCommand>(m_session, m_adapter, record(row)));
}

QString RecordTableModel::unusedNewName() const {
    const QString base = tr("New %1").arg(m_adapter.noun());
    auto taken = [this](const QString& name) {
        return std::any_of(m_records.begin(), m_records.end(), [&](const Record& row) {
            return m_adapter.nameOf(row).compare(name, Qt::CaseInsensitive) == 0;
        });
    };
    QString name = base;
    for (int n = 2; taken(name); ++n) {
        name = QStringLiteral("%1 %2").arg(base).arg(n);
    }
    return name;
}

void RecordTableModel::reload() {
    beginResetModel();
    m_records.clear();
    m_personNames.clear();
    m_levelNames.clear();
    if (m_session.isOpen()) {
        reportingErrors(m_session, [this] {
            m_records = m_adapter.list(m_session);
            loadLookups();
        });
    }
    endResetModel();
}

void RecordTableModel::onChanged(const storage::Change& change) {
    if (change.kind == EntityKind::Everything) {
        reload();
        return;
    }
    if (change.kind == EntityKind::Person && hasFieldOfKind(FieldKind::Person)) {
        refreshColumnsOfKind(FieldKind::Person);
    }
    if (change.kind == EntityKind::Level && hasFieldOfKind(FieldKind::Level)) {
        refreshColumnsOfKind(FieldKind::Level);
    }
    if (change.kind != m_adapter.kind()) {
        return;
    }
    const int row = rowOf(change.id);
    if (change.type == ChangeType::Removed) {
        if (row >= 0) {
            beginRemoveRows({}, row, row);
            m_records.erase(m_records.begin() + row);
            endRemoveRows();
        }
        return;
    }
    std::optional<Record> fresh;
    if (!reportingErrors(m_session, [&] { fresh = m_adapter.find(m_session, change.id); })) {
        return;
    }
    if (!fresh) {
        return;
    }
    if (row >= 0) {
        m_records[static_cast<std::size_t>(row)] = std::move(*fresh);
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
    } else {
        const int end = rowCount();
        beginInsertRows({}, end, end);
        m_records.push_back(std::move(*fresh));
        endInsertRows();
    }
}

void RecordTableModel::loadLookups() {
    m_personNames.clear();
    m_levelNames.clear();
    if (hasFieldOfKind(FieldKind::Person)) {
        for (const auto& person : m_session.catalog().people.list()) {
            m_personNames.emplace(person.id, QString::fromStdString(person.name));
        }
    }
    if (hasFieldOfKind(FieldKind::Level)) {
        for (const auto& level : m_session.catalog().levels()) {
            m_levelNames.emplace(level.rank, QString::fromStdString(level.name));
        }
    }
}

void RecordTableModel::refreshColumnsOfKind(FieldKind kind) {
    reportingErrors(m_session, [this] { loadLookups(); });
    if (m_records.empty()) {
        return;
    }
    for (int column = 0; column < columnCount(); ++column) {
        if (field(column).kind == kind) {
            Q_EMIT dataChanged(index(0, column), index(rowCount() - 1, column));
        }
    }
}

bool RecordTableModel::hasFieldOfKind(FieldKind kind) const {
    const auto& fields = m_adapter.fields();
    return std::any_of(fields.begin(), fields.end(),
                       [kind](const FieldSpec& spec) { return spec.kind == kind; });
}

QString RecordTableModel::displayText(FieldKind kind, const QVariant& value) const {
    if (value.isNull() || !value.isValid()) {
        return {};
    }
    switch (kind) {
        case FieldKind::Level: {
            const auto found = m_levelNames.find(value.toInt());
            return found != m_levelNames.end() ? found->second : QString::number(value.toInt());
        }
        case FieldKind::Person: {
            const auto found = m_personNames.find(value.toLongLong());
            return found != m_personNames.end() ? found->second : QString();
        }
        case FieldKind::Text:
        case FieldKind::Date:
            break;
    }
    return value.toString();
}

// The value a field stores for what an editor (or a caller of setData) handed in.
QVariant RecordTableModel::normalized(FieldKind kind, const QVariant& value) const {
    const bool empty = value.isNull() || !value.isValid();
    switch (kind) {
        case FieldKind::Text:
            return empty ? QString() : value.toString();
        case FieldKind::Level:
            return value.toInt();
        case FieldKind::Person:
            if (empty || value.toLongLong() == 0) {
                return {};
            }
            return value.toLongLong();
        case FieldKind::Date:
            if (empty || value.toString().isEmpty()) {
                return {};
            }
            return value.toString();
    }
    return value;
}

const FieldSpec& RecordTableModel::field(int column) const {
    return m_adapter.fields().at(static_cast<std::size_t>(column));
}

}  // namespace pmm::ui
