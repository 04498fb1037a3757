#pragma once

#include <QStyledItemDelegate>

namespace pmm::ui {

class WorkspaceSession;

// Editors by field kind: a combo of the workspace's levels, a combo of its people with a
// "(none)" choice, a line edit for dates (core checks the format) and plain text.
class RecordItemDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    explicit RecordItemDelegate(WorkspaceSession& session, QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;

private:
    WorkspaceSession& m_session;
};

}  // namespace pmm::ui
