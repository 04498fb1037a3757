#include "skills/skills_matrix_page.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

#include "app/workspace_session.h"
#include "common/empty_state.h"
#include "launches/launch_texts.h"
#include "skills/assessment_dialog.h"
#include "skills/growth_path_pane.h"
#include "skills/skill_grid_filter_proxy.h"
#include "skills/skill_grid_header.h"
#include "skills/skill_grid_model.h"
#include "skills/skill_legend.h"

namespace pmm::ui {

SkillsMatrixPage::SkillsMatrixPage(WorkspaceSession& session, QWidget* parent)
    : QWidget(parent),
      m_session(session),
      m_model(new SkillGridModel(session, this)),
      m_proxy(new SkillGridFilterProxy(this)),
      m_stack(new QStackedWidget(this)),
      m_empty(new EmptyState(this)),
      m_splitter(new QSplitter(Qt::Vertical, this)),
      m_grid(new QTableView(this)),
      m_growth(new GrowthPathPane(session, this)) {
    setObjectName(QStringLiteral("skillsMatrixPage"));
    m_proxy->setSourceModel(m_model);
    m_model->setPalette(m_grid->palette());

    m_grid->setObjectName(QStringLiteral("skillGrid"));
    m_grid->setAccessibleName(tr("Skills matrix: people by competencies"));
    m_grid->setHorizontalHeader(new SkillGridHeader(m_grid));
    m_grid->setModel(m_proxy);
    m_grid->setSortingEnabled(true);
    m_grid->sortByColumn(-1, Qt::AscendingOrder);
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->setWordWrap(false);
    m_grid->verticalHeader()->hide();
    connect(m_grid, &QTableView::activated, this, [this] { assessCurrent(); });
    connect(m_grid->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SkillsMatrixPage::onCurrentChanged);

    m_empty->setObjectName(QStringLiteral("skillsEmptyState"));
    connect(m_empty, &EmptyState::actionTriggered, this, [this] {
        if (m_model->hasPeople()) {
            Q_EMIT frameworkEditorRequested();
        } else {
            Q_EMIT peopleRequested();
        }
    });

    m_splitter->addWidget(m_grid);
    m_splitter->addWidget(m_growth);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_splitter);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(createToolbar());
    layout->addWidget(m_stack, 1);

    connect(m_growth, &GrowthPathPane::assessRequested, this,
            [this](std::int64_t person, std::int64_t competency) { assess(person, competency); });
    // A reload (after any edit) keeps the person and competency the user was looking at.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_keptPerson = currentPerson();
        m_keptColumn = m_grid->currentIndex().column();
    });
    connect(m_model, &SkillGridModel::reloaded, this, &SkillsMatrixPage::onReloaded);
    onReloaded();
}

QWidget* SkillsMatrixPage::createToolbar() {
    auto* bar = new QWidget(this);
    auto* top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    m_nameFilter = new QLineEdit(bar);
    m_nameFilter->setObjectName(QStringLiteral("skillsNameFilter"));
    m_nameFilter->setPlaceholderText(tr("Filter by name"));
    m_nameFilter->setClearButtonEnabled(true);
    m_nameFilter->setAccessibleName(tr("Filter people by name"));
    m_levelFilter = new QComboBox(bar);
    m_levelFilter->setObjectName(QStringLiteral("skillsLevelFilter"));
    m_levelFilter->setAccessibleName(tr("Filter people by level"));
    m_assessButton = new QPushButton(tr("&Assess\u2026"), bar);
    m_assessButton->setObjectName(QStringLiteral("assessButton"));
    auto* levelLabel = new QLabel(tr("&Level:"), bar);
    levelLabel->setBuddy(m_levelFilter);
    top->addWidget(m_nameFilter, 1);
    top->addWidget(levelLabel);
    top->addWidget(m_levelFilter);
    top->addStretch(1);
    top->addWidget(m_assessButton);

    auto* layout = new QVBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(new SkillLegend(bar));

    connect(m_nameFilter, &QLineEdit::textChanged, m_proxy, &SkillGridFilterProxy::setNameFilter);
    connect(m_levelFilter, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant rank = m_levelFilter->currentData();
        m_proxy->setLevelFilter(rank.isValid() ? std::optional<int>(rank.toInt()) : std::nullopt);
    });
    connect(m_assessButton, &QPushButton::clicked, this, &SkillsMatrixPage::assessCurrent);
    return bar;
}

void SkillsMatrixPage::onReloaded() {
    fillLevelFilter();
    const bool people = m_model->hasPeople();
    const bool competencies = m_model->hasCompetencies();
    if (!people) {
        m_empty->setHeadline(tr("No people to assess yet."));
        m_empty->setExplanation(
            tr("The skills matrix shows every person on the team against every competency. "
               "Add your team in the People tab, each at their level."));
        m_empty->setActionText(tr("Go to &People"));
    } else if (!competencies) {
        m_empty->setHeadline(tr("No competencies yet."));
        m_empty->setExplanation(
            tr("Competencies are the columns of the matrix: what a PMM grows in, with what "
               "each level is expected to show. Add them in the skills framework."));
        m_empty->setActionText(tr("Edit the skills &framework\u2026"));
    }
    m_stack->setCurrentWidget(people && competencies ? static_cast<QWidget*>(m_splitter) : m_empty);
    m_grid->resizeColumnsToContents();
    if (m_keptPerson) {
        const int row = m_model->rowOfPerson(*m_keptPerson);
        const QModelIndex index = m_proxy->mapFromSource(
            m_model->index(row, std::min(m_keptColumn, m_model->columnCount() - 1)));
        if (row >= 0 && index.isValid()) {
            m_grid->setCurrentIndex(index);
        }
        m_keptPerson.reset();
    }
    m_growth->setPerson(currentPerson());
    updateAssessButton();
}

void SkillsMatrixPage::fillLevelFilter() {
    const QVariant chosen = m_levelFilter->currentData();
    const QSignalBlocker block(m_levelFilter);
    m_levelFilter->clear();
    m_levelFilter->addItem(tr("All levels"));
    for (const catalog::Level& level : m_model->levels().levels()) {
        m_levelFilter->addItem(toQString(level.name), level.rank);
    }
    m_levelFilter->setCurrentIndex(std::max(0, m_levelFilter->findData(chosen)));
}

bool SkillsMatrixPage::showsGrid() const {
    return m_stack->currentWidget() == m_splitter;
}

void SkillsMatrixPage::onCurrentChanged() {
    m_growth->setPerson(currentPerson());
    updateAssessButton();
}

std::optional<std::int64_t> SkillsMatrixPage::currentPerson() const {
    const QModelIndex current = m_grid->currentIndex();
    if (!current.isValid()) {
        return std::nullopt;
    }
    return current.data(SkillGridModel::PersonIdRole).toLongLong();
}

bool SkillsMatrixPage::showPerson(std::int64_t personId) {
    const int row = m_model->rowOfPerson(personId);
    const QModelIndex index = m_proxy->mapFromSource(
        m_model->index(row < 0 ? 0 : row, SkillGridModel::FirstCompetencyColumn));
    if (row < 0 || !index.isValid()) {
        return false;
    }
    m_grid->setCurrentIndex(index);
    m_grid->scrollTo(index);
    return true;
}

void SkillsMatrixPage::updateAssessButton() {
    const bool readOnly = m_session.isOpen() && m_session.isReadOnly();
    m_assessButton->setEnabled(m_grid->currentIndex().isValid() && !readOnly);
    m_assessButton->setToolTip(readOnly ? tr("The workspace is open read-only: assessments "
                                             "cannot be saved.")
                                        : tr("Assess the selected person in the selected "
                                             "competency (Enter or double-click on a cell)"));
}

void SkillsMatrixPage::assessCurrent() {
    const QModelIndex current = m_grid->currentIndex();
    const auto person = currentPerson();
    if (!person || !m_assessButton->isEnabled()) {
        return;
    }
    // On the name or level column: the first competency (the dialog is about one cell).
    const auto competency = m_model->competencyAt(current.column());
    const auto first = m_model->competencyAt(SkillGridModel::FirstCompetencyColumn);
    if (competency || first) {
        assess(*person, competency ? *competency : *first);
    }
}

AssessmentDialog* SkillsMatrixPage::assess(std::int64_t personId, std::int64_t competencyId) {
    auto* dialog = new AssessmentDialog(m_session, personId, competencyId, this);
    if (!dialog->isValid()) {
        delete dialog;
        return nullptr;
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    return dialog;
}

void SkillsMatrixPage::focusFilter() {
    m_nameFilter->setFocus(Qt::ShortcutFocusReason);
    m_nameFilter->selectAll();
}

void SkillsMatrixPage::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_model->setPalette(m_grid->palette());
    }
}

}  // namespace pmm::ui
