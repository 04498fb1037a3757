#include "skills/skills_framework_dialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <map>
#include <memory>

#include "app/workspace_session.h"
#include "launches/launch_texts.h"
#include "skills/competency_list_command.h"
#include "skills/edit_skills_framework_command.h"
#include "skills/skills_texts.h"
#include "storage/skills_framework_store.h"

namespace pmm::ui {

namespace {

using Field = EditSkillsFrameworkCommand::Field;

// The value an item had when it was filled from the workspace: what undo goes back to.
constexpr int kStoredRole = Qt::UserRole + 1;

QTableWidget* editTable(QWidget* parent, const QString& objectName, const QStringList& headers) {
    auto* table = new QTableWidget(parent);
    table->setObjectName(objectName);
    table->setColumnCount(static_cast<int>(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                           QAbstractItemView::AnyKeyPressed);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(true);
    return table;
}

QTableWidgetItem* textItem(const std::string& text) {
    auto* item = new QTableWidgetItem(toQString(text));
    item->setData(kStoredRole, toQString(text));
    item->setToolTip(plainToolTip(toQString(text)));
    return item;
}

QTableWidgetItem* readOnlyItem(const QString& text) {
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

QVariant storedOf(const QTableWidgetItem* item) {
    return item->data(kStoredRole);
}

}  // namespace

SkillsFrameworkDialog::SkillsFrameworkDialog(WorkspaceSession& session, QWidget* parent)
    : QDialog(parent), m_session(session) {
    setObjectName(QStringLiteral("skillsFrameworkDialog"));
    setWindowTitle(tr("Skills framework"));
    auto* intro = new QLabel(
        tr("The levels of the career ladder, the competencies every PMM grows in, and what "
           "each level is expected to show in each competency. Double-click (or F2) to edit; "
           "every edit is saved at once and can be undone."),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    auto* left = new QSplitter(Qt::Vertical, this);
    left->addWidget(createLevels());
    left->addWidget(createCompetencies());
    left->setStretchFactor(1, 3);
    left->setSizes({230, 400});
    auto* main = new QSplitter(this);
    main->addWidget(left);
    main->addWidget(createExpectations());
    main->setStretchFactor(0, 3);
    main->setStretchFactor(1, 2);
    main->setSizes({640, 440});

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(createUndoButtons());
    bottom->addStretch(1);
    bottom->addWidget(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(main, 1);
    layout->addLayout(bottom);

    connect(&session, &WorkspaceSession::changed, this, &SkillsFrameworkDialog::onChanged);
    connect(&session, &WorkspaceSession::workspaceChanged, this, &QDialog::reject);
    reload();
    selectCompetency(0);
    resize(1100, 680);
}

QWidget* SkillsFrameworkDialog::createLevels() {
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* title = new QLabel(tr("&Levels, lowest first"), box);
    m_levels = editTable(box, QStringLiteral("levelTable"), {tr("Name")});
    title->setBuddy(m_levels);
    layout->addWidget(title);
    layout->addWidget(m_levels);
    connect(m_levels, &QTableWidget::itemChanged, this, &SkillsFrameworkDialog::onLevelEdited);
    return box;
}

QWidget* SkillsFrameworkDialog::createCompetencies() {
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* title = new QLabel(tr("&Competencies, in the grid's order"), box);
    m_competencies = editTable(box, QStringLiteral("competencyTable"),
                               {tr("Name"), tr("Required for promotion"), tr("Description")});
    m_competencies->setSelectionBehavior(QAbstractItemView::SelectRows);
    title->setBuddy(m_competencies);
    m_add = new QPushButton(tr("A&dd competency\u2026"), box);
    m_remove = new QPushButton(tr("Re&move competency"), box);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    layout->addWidget(title);
    layout->addWidget(m_competencies, 1);
    layout->addLayout(buttons);
    connect(m_competencies, &QTableWidget::itemChanged, this,
            &SkillsFrameworkDialog::onCompetencyEdited);
    connect(m_competencies, &QTableWidget::currentCellChanged, this, [this] {
        fillExpectations();
        updateRemoveButton();
    });
    connect(m_add, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Add competency"), tr("Name:"),
                                                   QLineEdit::Normal, QString(), &ok);
        if (ok && !name.trimmed().isEmpty()) {
            addCompetency(name.trimmed());
        }
    });
    connect(m_remove, &QPushButton::clicked, this,
            &SkillsFrameworkDialog::removeSelectedCompetency);
    return box;
}

QWidget* SkillsFrameworkDialog::createExpectations() {
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_expectationTitle = new QLabel(box);
    m_expectationTitle->setTextFormat(Qt::PlainText);
    m_expectations = editTable(box, QStringLiteral("expectationTable"),
                               {tr("Level"), tr("Expected, observably")});
    m_expectations->verticalHeader()->hide();
    m_expectationTitle->setBuddy(m_expectations);
    layout->addWidget(m_expectationTitle);
    layout->addWidget(m_expectations, 1);
    connect(m_expectations, &QTableWidget::itemChanged, this,
            &SkillsFrameworkDialog::onExpectationEdited);
    return box;
}

QWidget* SkillsFrameworkDialog::createUndoButtons() {
    // The main window's Edit menu does not reach into this window: it brings its own.
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    QUndoStack* stack = m_session.undoStack();
    QAction* undo = stack->createUndoAction(this, tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    QAction* redo = stack->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts(QKeySequence::Redo);
    for (QAction* action : {undo, redo}) {
        addAction(action);
        auto* button = new QToolButton(row);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        layout->addWidget(button);
    }
    return row;
}

void SkillsFrameworkDialog::reload() {
    m_reloadPending = false;
    reportingErrors(m_session, [this] {
        const storage::SkillsFrameworkStore store(m_session.workspace());
        m_levelList = store.levels();
        m_competencyList = store.competencies();
    });
    fillLevels();
    fillCompetencies();
    fillExpectations();
    updateRemoveButton();
}

void SkillsFrameworkDialog::scheduleReload() {
    // After the edit that caused it has left the table's item (a reload replaces items).
    if (!m_reloadPending) {
        m_reloadPending = true;
        QMetaObject::invokeMethod(this, &SkillsFrameworkDialog::reload, Qt::QueuedConnection);
    }
}

void SkillsFrameworkDialog::fillLevels() {
    const QSignalBlocker block(m_levels);
    m_levels->setRowCount(static_cast<int>(m_levelList.size()));
    for (int row = 0; row < m_levels->rowCount(); ++row) {
        m_levels->setItem(row, 0, textItem(m_levelList[static_cast<std::size_t>(row)].name));
    }
}

void SkillsFrameworkDialog::fillCompetencies() {
    const QSignalBlocker block(m_competencies);
    const int current = std::max(0, m_competencies->currentRow());
    m_competencies->setRowCount(static_cast<int>(m_competencyList.size()));
    for (int row = 0; row < m_competencies->rowCount(); ++row) {
        const team::Competency& c = m_competencyList[static_cast<std::size_t>(row)];
        m_competencies->setItem(row, NameColumn, textItem(c.name));
        auto* required =
            new QTableWidgetItem(c.requiredForPromotion ? tr("Required") : tr("Optional"));
        required->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        required->setCheckState(c.requiredForPromotion ? Qt::Checked : Qt::Unchecked);
        required->setData(kStoredRole, c.requiredForPromotion);
        m_competencies->setItem(row, RequiredColumn, required);
        m_competencies->setItem(row, DescriptionColumn, textItem(c.description));
    }
    m_competencies->resizeColumnToContents(NameColumn);
    m_competencies->resizeColumnToContents(RequiredColumn);
    m_competencies->setCurrentCell(std::min(current, m_competencies->rowCount() - 1), NameColumn);
}

void SkillsFrameworkDialog::fillExpectations() {
    const QSignalBlocker block(m_expectations);
    const auto competency = selectedCompetency();
    std::map<int, std::string> texts;
    QString name;
    if (competency) {
        reportingErrors(m_session, [&] {
            texts =
                storage::SkillsFrameworkStore(m_session.workspace()).expectationsOf(*competency);
        });
        name = m_competencies->item(m_competencies->currentRow(), NameColumn)->text();
    }
    m_expectationTitle->setText(competency ? tr("&Expectations of %1 at every level").arg(name)
                                           : tr("&Expectations (choose a competency)"));
    m_expectations->setRowCount(competency ? static_cast<int>(m_levelList.size()) : 0);
    for (int row = 0; row < m_expectations->rowCount(); ++row) {
        const catalog::Level& level = m_levelList[static_cast<std::size_t>(row)];
        m_expectations->setItem(row, LevelColumn, readOnlyItem(toQString(level.name)));
        m_expectations->setItem(row, TextColumn, textItem(texts[level.rank]));
    }
    m_expectations->resizeColumnToContents(LevelColumn);
    m_expectations->resizeRowsToContents();
}

void SkillsFrameworkDialog::selectCompetency(int row) {
    m_competencies->setCurrentCell(row, NameColumn);
}

std::optional<std::int64_t> SkillsFrameworkDialog::selectedCompetency() const {
    const int row = m_competencies->currentRow();
    if (row < 0 || row >= static_cast<int>(m_competencyList.size())) {
        return std::nullopt;
    }
    return m_competencyList[static_cast<std::size_t>(row)].id;
}

void SkillsFrameworkDialog::onLevelEdited(QTableWidgetItem* item) {
    const catalog::Level& level = m_levelList[static_cast<std::size_t>(item->row())];
    if (item->text().trimmed() == storedOf(item).toString()) {
        return;
    }
    run(std::make_unique<EditSkillsFrameworkCommand>(
        m_session, EditSkillsFrameworkCommand::Target{Field::LevelName, 0, level.rank},
        storedOf(item), item->text().trimmed(), toQString(level.name)));
}

void SkillsFrameworkDialog::onCompetencyEdited(QTableWidgetItem* item) {
    const team::Competency& c = m_competencyList[static_cast<std::size_t>(item->row())];
    QVariant after = item->text().trimmed();
    Field field =
        item->column() == NameColumn ? Field::CompetencyName : Field::CompetencyDescription;
    if (item->column() == RequiredColumn) {
        field = Field::CompetencyRequired;
        after = item->checkState() == Qt::Checked;
    }
    if (after == storedOf(item)) {
        return;
    }
    run(std::make_unique<EditSkillsFrameworkCommand>(
        m_session, EditSkillsFrameworkCommand::Target{field, c.id, 0}, storedOf(item), after,
        toQString(c.name)));
}

void SkillsFrameworkDialog::onExpectationEdited(QTableWidgetItem* item) {
    const auto competency = selectedCompetency();
    if (!competency || item->column() != TextColumn ||
        item->text().trimmed() == storedOf(item).toString()) {
        return;
    }
    const catalog::Level& level = m_levelList[static_cast<std::size_t>(item->row())];
    const QString name = m_competencies->item(m_competencies->currentRow(), NameColumn)->text();
    run(std::make_unique<EditSkillsFrameworkCommand>(
        m_session, EditSkillsFrameworkCommand::Target{Field::Expectation, *competency, level.rank},
        storedOf(item), item->text().trimmed(), tr("%1 at %2").arg(name, toQString(level.name))));
}

void SkillsFrameworkDialog::run(std::unique_ptr<EditSkillsFrameworkCommand> command) {
    // Applied or refused (and explained), the tables then show what is stored.
    m_session.execute(std::move(command));
    scheduleReload();
}

bool SkillsFrameworkDialog::addCompetency(const QString& name) {
    team::Competency competency;
    competency.name = toStdString(name);
    const bool added = m_session.execute(std::make_unique<CompetencyListCommand>(
        m_session, CompetencyListCommand::Action::Add, competency));
    reload();
    if (added) {
        selectCompetency(m_competencies->rowCount() - 1);
    }
    return added;
}

void SkillsFrameworkDialog::removeSelectedCompetency() {
    const int row = m_competencies->currentRow();
    if (!selectedCompetency()) {
        return;
    }
    const team::Competency competency = m_competencyList[static_cast<std::size_t>(row)];
    m_session.execute(std::make_unique<CompetencyListCommand>(
        m_session, CompetencyListCommand::Action::Remove, competency));
    reload();
}

void SkillsFrameworkDialog::updateRemoveButton() {
    const auto competency = selectedCompetency();
    QString blockers;
    if (competency) {
        reportingErrors(m_session, [&] {
            blockers = toQString(storage::SkillsFrameworkStore(m_session.workspace())
                                     .competencyRemovalBlockers(*competency));
        });
    }
    m_remove->setEnabled(competency && blockers.isEmpty());
    m_remove->setToolTip(
        blockers.isEmpty()
            ? tr("Remove the competency and its expectations (undoable)")
            : tr("Cannot be removed: %1. Untick \u201cRequired for promotion\u201d instead.")
                  .arg(blockers));
}

void SkillsFrameworkDialog::onChanged(const storage::Change& change) {
    if (change.kind == storage::EntityKind::Competency ||
        change.kind == storage::EntityKind::Level ||
        change.kind == storage::EntityKind::SkillAssessment ||
        change.kind == storage::EntityKind::Everything) {
        scheduleReload();
    }
}

}  // namespace pmm::ui
