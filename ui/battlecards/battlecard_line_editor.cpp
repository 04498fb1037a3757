#include "battlecards/battlecard_line_editor.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "launches/launch_texts.h"

namespace pmm::ui {

using battlecards::SectionLine;

namespace {

QPushButton* lineButton(QWidget* parent, const QString& text, const QString& shortcut,
                        const QString& name) {
    auto* button = new QPushButton(text, parent);
    button->setObjectName(name);
    button->setToolTip(
        QStringLiteral("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')),
                                      QKeySequence(shortcut).toString(QKeySequence::NativeText)));
    auto* action = new QAction(parent);
    action->setShortcut(QKeySequence(shortcut));
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(action, &QAction::triggered, button, &QPushButton::click);
    parent->addAction(action);
    return button;
}

}  // namespace

BattlecardLineEditor::BattlecardLineEditor(battlecards::CardSection section, QWidget* parent)
    : QWidget(parent),
      m_fieldCount(static_cast<int>(battlecards::sectionFields(section).size())),
      m_table(new QTableWidget(0, m_fieldCount + 1, this)),
      m_add(
          lineButton(this, tr("&Add line"), QStringLiteral("Ctrl+Ins"), QStringLiteral("addLine"))),
      m_remove(lineButton(this, tr("&Remove"), QStringLiteral("Ctrl+Del"),
                          QStringLiteral("removeLine"))),
      m_up(lineButton(this, tr("Move &up"), QStringLiteral("Ctrl+Up"), QStringLiteral("moveUp"))),
      m_down(lineButton(this, tr("Move do&wn"), QStringLiteral("Ctrl+Down"),
                        QStringLiteral("moveDown"))) {
    setObjectName(QStringLiteral("lineEditor"));
    QStringList headers;
    for (std::string_view field : battlecards::sectionFields(section)) {
        headers << toQString(field);
    }
    headers << tr("Internal only");
    m_table->setObjectName(QStringLiteral("lines"));
    m_table->setAccessibleName(toQString(battlecards::sectionTitle(section)));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    m_table->setTabKeyNavigation(false);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(internalColumn(),
                                                      QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    connect(m_add, &QPushButton::clicked, this, &BattlecardLineEditor::addLine);
    connect(m_remove, &QPushButton::clicked, this, &BattlecardLineEditor::removeLine);
    connect(m_up, &QPushButton::clicked, this, [this] { moveLine(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveLine(1); });
    connect(m_table, &QTableWidget::itemChanged, this, &BattlecardLineEditor::edited);
    connect(m_table, &QTableWidget::currentCellChanged, this, &BattlecardLineEditor::updateButtons);

    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : {m_add, m_remove, m_up, m_down}) {
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    updateButtons();
}

void BattlecardLineEditor::setLines(const std::vector<SectionLine>& lines) {
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(0);
    for (const SectionLine& line : lines) {
        insertRow(m_table->rowCount(), line);
    }
    updateButtons();
}

std::vector<SectionLine> BattlecardLineEditor::lines() const {
    std::vector<SectionLine> lines;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        SectionLine& line = lines.emplace_back();
        for (int column = 0; column < m_fieldCount; ++column) {
            const QTableWidgetItem* item = m_table->item(row, column);
            line.fields.push_back(item != nullptr ? toStdString(item->text()) : std::string());
        }
        const QTableWidgetItem* internal = m_table->item(row, internalColumn());
        line.internalOnly = internal != nullptr && internal->checkState() == Qt::Checked;
    }
    return lines;
}

void BattlecardLineEditor::addLine() {
    const int row = m_table->currentRow() < 0 ? m_table->rowCount() : m_table->currentRow() + 1;
    {
        const QSignalBlocker blocker(m_table);
        insertRow(row, SectionLine{std::vector<std::string>(static_cast<std::size_t>(m_fieldCount)),
                                   false});
    }
    m_table->setCurrentCell(row, 0);
    m_table->setFocus();
    m_table->editItem(m_table->item(row, 0));
    Q_EMIT edited();
}

void BattlecardLineEditor::removeLine() {
    const int row = m_table->currentRow();
    if (row < 0) {
        return;
    }
    m_table->removeRow(row);
    if (m_table->rowCount() > 0) {
        m_table->setCurrentCell(std::min(row, m_table->rowCount() - 1), m_table->currentColumn());
    }
    updateButtons();
    Q_EMIT edited();
}

void BattlecardLineEditor::moveLine(int step) {
    const int row = m_table->currentRow();
    const int target = row + step;
    if (row < 0 || target < 0 || target >= m_table->rowCount()) {
        return;
    }
    std::vector<SectionLine> all = lines();
    std::swap(all[static_cast<std::size_t>(row)], all[static_cast<std::size_t>(target)]);
    const int column = std::max(0, m_table->currentColumn());
    setLines(all);
    m_table->setCurrentCell(target, column);
    Q_EMIT edited();
}

void BattlecardLineEditor::insertRow(int row, const SectionLine& line) {
    m_table->insertRow(row);
    for (int column = 0; column < m_fieldCount; ++column) {
        const auto index = static_cast<std::size_t>(column);
        m_table->setItem(
            row, column,
            new QTableWidgetItem(index < line.fields.size() ? toQString(line.fields[index])
                                                            : QString()));
    }
    auto* internal = new QTableWidgetItem;
    internal->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    internal->setCheckState(line.internalOnly ? Qt::Checked : Qt::Unchecked);
    internal->setToolTip(tr("Checked: kept from Sales; the sales PDF leaves this line out."));
    m_table->setItem(row, internalColumn(), internal);
}

void BattlecardLineEditor::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    m_table->resizeRowsToContents();
}

void BattlecardLineEditor::updateButtons() {
    const int row = m_table->currentRow();
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_table->rowCount());
}

}  // namespace pmm::ui
