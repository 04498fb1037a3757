#include "launches/checklist_editor.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include "launches/launch_texts.h"

namespace pmm::ui {

ChecklistEditor::ChecklistEditor(QWidget* parent)
    : QWidget(parent),
      m_list(new QListWidget(this)),
      m_add(new QPushButton(tr("&Add"), this)),
      m_remove(new QPushButton(tr("&Remove"), this)),
      m_up(new QPushButton(tr("Move &up"), this)),
      m_down(new QPushButton(tr("Move do&wn"), this)) {
    m_list->setObjectName(QStringLiteral("checklist"));
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::SelectedClicked);
    m_add->setObjectName(QStringLiteral("add"));
    m_remove->setObjectName(QStringLiteral("remove"));
    m_up->setObjectName(QStringLiteral("up"));
    m_down->setObjectName(QStringLiteral("down"));

    auto* buttons = new QVBoxLayout;
    for (QPushButton* button : {m_add, m_remove, m_up, m_down}) {
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] { addItem(); });
    connect(m_remove, &QPushButton::clicked, this, &ChecklistEditor::removeCurrent);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_list, &QListWidget::itemChanged, this, &ChecklistEditor::changed);
    connect(m_list, &QListWidget::currentRowChanged, this, &ChecklistEditor::updateButtons);
    updateButtons();
}

std::vector<std::string> ChecklistEditor::items() const {
    std::vector<std::string> items;
    for (int i = 0; i < m_list->count(); ++i) {
        items.push_back(toStdString(m_list->item(i)->text().trimmed()));
    }
    return items;
}

void ChecklistEditor::setItems(const std::vector<std::string>& items) {
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const std::string& title : items) {
        auto* item = new QListWidgetItem(toQString(title), m_list);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    m_list->setCurrentRow(m_list->count() > 0 ? 0 : -1);
    updateButtons();
}

void ChecklistEditor::addItem(const QString& title) {
    auto* item = new QListWidgetItem(title.isEmpty() ? tr("New deliverable") : title);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    m_list->addItem(item);
    m_list->setCurrentItem(item);
    if (title.isEmpty() && m_list->isVisible()) {
        m_list->setFocus();
        m_list->editItem(item);
    }
    updateButtons();
    Q_EMIT changed();
}

void ChecklistEditor::removeCurrent() {
    const int row = m_list->currentRow();
    if (row < 0) {
        return;
    }
    delete m_list->takeItem(row);
    m_list->setCurrentRow(std::min(row, m_list->count() - 1));
    updateButtons();
    Q_EMIT changed();
}

void ChecklistEditor::moveCurrent(int offset) {
    const int row = m_list->currentRow();
    const int target = row + offset;
    if (row < 0 || target < 0 || target >= m_list->count()) {
        return;
    }
    QListWidgetItem* item = m_list->takeItem(row);
    m_list->insertItem(target, item);
    m_list->setCurrentRow(target);
    updateButtons();
    Q_EMIT changed();
}

void ChecklistEditor::updateButtons() {
    const int row = m_list->currentRow();
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_list->count());
}

}  // namespace pmm::ui
