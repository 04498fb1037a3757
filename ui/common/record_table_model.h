#pragma once

#include <QAbstractTableModel>

#include <cstdint>
#include <map>
#include <unordered_map>
#include <vector>

#include "common/record.h"
#include "storage/change.h"

namespace pmm::ui {

class RecordAdapter;
class WorkspaceSession;

// One table model for every simple entity: the adapter says which. It reads through the
// adapter, writes only by pushing undo commands, and follows the session's change
// notifications row by row, so an edit made anywhere shows up here.
class RecordTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Role {
        SortRole = Qt::UserRole + 1,  // what a column sorts by (a level's rank, else text)
        IdRole,                       // the row's id (qint64)
        FieldKindRole,                // the column's FieldKind (int)
    };

    RecordTableModel(WorkspaceSession& session, const RecordAdapter& adapter,
                     QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // Pushes a SetFieldCommand; returns false when nothing changed or core refused.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    const RecordAdapter& adapter() const { return m_adapter; }
    const Record& record(int row) const { return m_records.at(static_cast<std::size_t>(row)); }
    // The row holding `id`, or -1.
    int rowOf(std::int64_t id) const;

    // Pushes an AddRecordCommand for a blank row named `name`; returns its id, or 0.
    std::int64_t addRecord(const QString& name);
    // Pushes a RemoveRecordCommand for `row`; returns whether it was removed.
    bool removeRecord(int row);
    // A name for a new row no other row has yet: "New person", "New person 2", ...
    QString unusedNewName() const;

private:
    void reload();
    void onChanged(const storage::Change& change);
    void loadLookups();
    void refreshColumnsOfKind(FieldKind kind);
    bool hasFieldOfKind(FieldKind kind) const;
    QString displayText(FieldKind kind, const QVariant& value) const;
    QVariant normalized(FieldKind kind, const QVariant& value) const;
    const FieldSpec& field(int column) const;

    WorkspaceSession& m_session;
    const RecordAdapter& m_adapter;
    std::vector<Record> m_records;
    std::unordered_map<std::int64_t, QString> m_personNames;
    std::map<int, QString> m_levelNames;
};

}  // namespace pmm::ui
