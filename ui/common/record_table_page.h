#pragma once

#include <QWidget>

#include <cstdint>

class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace pmm::ui {

class EmptyState;
class RecordAdapter;
class RecordTableModel;
class WorkspaceSession;

// A filterable, sortable, editable table of one entity with Add and Remove, and an empty
// state instead of a blank grid: one kind of page for every simple entity.
class RecordTablePage : public QWidget {
    Q_OBJECT

public:
    struct Texts {
        QString emptyHeadline;     // "No competitors yet."
        QString emptyExplanation;  // why the list matters
        QString addText;           // "Add competitor"
    };

    RecordTablePage(WorkspaceSession& session, const RecordAdapter& adapter, Texts texts,
                    QWidget* parent = nullptr);

    RecordTableModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QTableView* table() const { return m_table; }
    QLineEdit* filterEdit() const { return m_filter; }
    EmptyState* emptyState() const { return m_empty; }
    EmptyState* noMatchState() const { return m_noMatch; }

    void focusFilter();
    // Adds a blank row, selects it and opens its name for editing; returns its id or 0.
    std::int64_t addRow();
    // Removes the current row (undoable); returns whether one was removed.
    bool removeCurrentRow();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fitColumns();
    void updateState();
    void updateActions();
    int currentSourceRow() const;

    WorkspaceSession& m_session;
    const RecordAdapter& m_adapter;
    Texts m_texts;
    RecordTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_filter;
    QPushButton* m_add;
    QPushButton* m_remove;
    QStackedWidget* m_stack;
    QTableView* m_table;
    EmptyState* m_empty;
    EmptyState* m_noMatch;
    bool m_columnsFitted = false;
};

}  // namespace pmm::ui
