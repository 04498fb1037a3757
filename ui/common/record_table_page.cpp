#include "common/record_table_page.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

#include "app/workspace_session.h"
#include "common/empty_state.h"
#include "common/record.h"
#include "common/record_adapter.h"
#include "common/record_item_delegate.h"
#include "common/record_table_model.h"

namespace pmm::ui {

namespace {

bool isAddKey(const QKeyEvent* key) {
    return (key->key() == Qt::Key_Insert && key->modifiers() == Qt::NoModifier) ||
           (key->key() == Qt::Key_N && key->modifiers() == Qt::ControlModifier) ||
           key->matches(QKeySequence::New);
}

bool isRemoveKey(const QKeyEvent* key) {
    return key->key() == Qt::Key_Delete && key->modifiers() == Qt::NoModifier;
}

}  // namespace

RecordTablePage::RecordTablePage(WorkspaceSession& session, const RecordAdapter& adapter,
                                 Texts texts, QWidget* parent)
    : QWidget(parent),
      m_session(session),
      m_adapter(adapter),
      m_texts(std::move(texts)),
      m_model(new RecordTableModel(session, adapter, this)),
      m_proxy(new QSortFilterProxyModel(this)),
      m_filter(new QLineEdit(this)),
      m_add(new QPushButton(tr("&Add"), this)),
      m_remove(new QPushButton(tr("&Remove"), this)),
      m_stack(new QStackedWidget(this)),
      m_table(new QTableView(this)),
      m_empty(new EmptyState(this)),
      m_noMatch(new EmptyState(this)) {
    setObjectName(adapter.pluralNoun());

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RecordTableModel::SortRole);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);  // any column

    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setPlaceholderText(tr("Filter %1 (Ctrl+F)").arg(adapter.pluralNoun()));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter %1").arg(adapter.pluralNoun()));
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text);
        updateState();
    });

    m_add->setObjectName(QStringLiteral("add"));
    m_add->setToolTip(tr("Add a %1 (Ins or Ctrl+N in the table)").arg(adapter.noun()));
    m_remove->setObjectName(QStringLiteral("remove"));
    m_remove->setToolTip(
        tr("Remove the selected %1 (Del); Ctrl+Z brings it back").arg(adapter.noun()));
    connect(m_add, &QPushButton::clicked, this, [this] { addRow(); });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeCurrentRow(); });

    m_table->setObjectName(QStringLiteral("table"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new RecordItemDelegate(session, m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);  // Tab leaves the table: keyboard users move on
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->sortByColumn(adapter.nameField(), Qt::AscendingOrder);
    m_table->verticalHeader()->setDefaultSectionSize(
        std::max(m_table->verticalHeader()->minimumSectionSize(),
                 fontMetrics().height() + fontMetrics().height() / 2));
    fitColumns();
    m_table->installEventFilter(this);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RecordTablePage::updateActions);

    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setHeadline(m_texts.emptyHeadline);
    m_empty->setExplanation(m_texts.emptyExplanation);
    m_empty->setActionText(m_texts.addText);
    connect(m_empty, &EmptyState::actionTriggered, this, [this] { addRow(); });

    m_noMatch->setObjectName(QStringLiteral("noMatchState"));
    m_noMatch->setActionText(tr("C&lear filter"));
    connect(m_noMatch, &EmptyState::actionTriggered, this, [this] {
        m_filter->clear();
        m_table->setFocus();
    });

    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_noMatch);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_add);
    bar->addWidget(m_remove);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);
    setTabOrder(m_filter, m_add);
    setTabOrder(m_add, m_remove);
    setTabOrder(m_remove, m_table);

    connect(m_proxy, &QAbstractItemModel::modelReset, this, &RecordTablePage::updateState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &RecordTablePage::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &RecordTablePage::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &RecordTablePage::updateState);
    connect(&session, &WorkspaceSession::workspaceChanged, this, [this] {
        m_columnsFitted = false;
        updateState();
    });
    updateState();
}

void RecordTablePage::focusFilter() {
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

std::int64_t RecordTablePage::addRow() {
    if (!m_session.isOpen()) {
        return 0;
    }
    const std::int64_t id = m_model->addRecord(m_model->unusedNewName());
    if (id == 0) {
        return 0;
    }
    m_filter->clear();  // the new row must be visible
    const int row = m_model->rowOf(id);
    const QModelIndex name = m_proxy->mapFromSource(m_model->index(row, m_adapter.nameField()));
    if (name.isValid()) {
        m_table->setFocus();
        m_table->setCurrentIndex(name);
        m_table->scrollTo(name);
        m_table->edit(name);
    }
    return id;
}

bool RecordTablePage::removeCurrentRow() {
    const int row = currentSourceRow();
    if (row < 0) {
        return false;
    }
    const int proxyRow = m_table->currentIndex().row();
    if (!m_model->removeRecord(row)) {
        return false;
    }
    // Keep the keyboard where it was: on the next row, or the last one.
    const int next = std::min(proxyRow, m_proxy->rowCount() - 1);
    if (next >= 0) {
        m_table->setCurrentIndex(m_proxy->index(next, 0));
    }
    return true;
}

bool RecordTablePage::eventFilter(QObject* watched, QEvent* event) {
    // Only keys sent to the table itself: an open editor gets its own keys.
    if (watched == m_table) {
        if (event->type() == QEvent::ShortcutOverride) {
            // Claim Ctrl+N from File ▸ New workspace while the table has the focus.
            auto* key = static_cast<QKeyEvent*>(event);
            if (isAddKey(key) || isRemoveKey(key)) {
                event->accept();
                return true;
            }
        } else if (event->type() == QEvent::KeyPress) {
            auto* key = static_cast<QKeyEvent*>(event);
            if (isAddKey(key)) {
                if (m_add->isEnabled()) {
                    addRow();
                }
                return true;
            }
            if (isRemoveKey(key)) {
                if (m_remove->isEnabled()) {
                    removeCurrentRow();
                }
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

// Columns as wide as their content (Qt samples the first rows), within bounds set in
// characters by the adapter, so nothing depends on pixel sizes or the font.
void RecordTablePage::fitColumns() {
    const int character = fontMetrics().horizontalAdvance(QLatin1Char('n'));
    const auto& fields = m_adapter.fields();
    for (std::size_t i = 0; i < fields.size(); ++i) {
        const int column = static_cast<int>(i);
        const int wanted = fields[i].widthInCharacters * character;
        int width = wanted;
        if (m_model->rowCount() > 0) {
            const QAbstractItemView* view = m_table;  // public there, protected in QTableView
            width = std::clamp(view->sizeHintForColumn(column), wanted / 2, wanted * 2);
            width = std::max(width, m_table->horizontalHeader()->sectionSizeHint(column));
        }
        if (fields[i].kind == FieldKind::Level || fields[i].kind == FieldKind::Person) {
            width += fontMetrics().height() * 3 / 2;  // room for the combo box's arrow
        }
        m_table->setColumnWidth(column, width);
    }
    m_columnsFitted = m_model->rowCount() > 0;
}

void RecordTablePage::updateState() {
    if (!m_columnsFitted && m_model->rowCount() > 0) {
        fitColumns();
    }
    QWidget* shown = m_table;
    if (m_model->rowCount() == 0) {
        shown = m_empty;
    } else if (m_proxy->rowCount() == 0) {
        m_noMatch->setHeadline(
            tr("No %1 match \u201c%2\u201d.").arg(m_adapter.pluralNoun(), m_filter->text()));
        shown = m_noMatch;
    }
    if (m_stack->currentWidget() != shown) {
        // Keep keyboard users where they were: the focus must not vanish with a page.
        QWidget* before = m_stack->currentWidget();
        const bool hadFocus = before->hasFocus() || before->isAncestorOf(focusWidget());
        m_stack->setCurrentWidget(shown);
        if (hadFocus) {
            if (shown == m_table) {
                m_table->setFocus();
            } else if (auto* state = qobject_cast<EmptyState*>(shown)) {
                state->actionButton()->setFocus();
            }
        }
    }
    m_filter->setEnabled(m_model->rowCount() > 0 || !m_filter->text().isEmpty());
    updateActions();
}

void RecordTablePage::updateActions() {
    const bool writable = m_session.isOpen() && !m_session.isReadOnly();
    m_add->setEnabled(writable);
    m_empty->actionButton()->setEnabled(writable);
    m_remove->setEnabled(writable && currentSourceRow() >= 0 &&
                         m_stack->currentWidget() == m_table);
}

int RecordTablePage::currentSourceRow() const {
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        return -1;
    }
    return m_proxy->mapToSource(current).row();
}

}  // namespace pmm::ui
