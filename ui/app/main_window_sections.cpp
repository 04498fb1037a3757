// The sections the window plugs in: each one's sidebar entry, its menu actions and the
// links between sections (a quarter's launch opens in Launches, a trigger opens a review).
#include "app/main_window.h"

#include <QAction>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabWidget>

#include "app/workspace_session.h"
#include "battlecards/battlecards_section.h"
#include "common/record_table_page.h"
#include "launches/launches_section.h"
#include "launches/quarter_section.h"
#include "positioning/open_triggers_button.h"
#include "positioning/positioning_section.h"
#include "positioning/review_wizard.h"
#include "skills/skills_framework_dialog.h"
#include "skills/skills_matrix_page.h"
#include "team/catalog_section.h"

namespace pmm::ui {

void MainWindow::createLaunchTiering() {
    m_quarter = new QuarterSection(m_session, this);
    addSection(m_quarter);
    m_launches = new LaunchesSection(m_session, m_feedback, this);
    addSection(m_launches);
    connect(m_quarter, &QuarterSection::launchActivated, this, [this](qint64 id) {
        showSection(static_cast<int>(m_sections.indexOf(m_launches)));
        m_launches->showLaunch(id);
    });
    connect(m_quarter, &QuarterSection::newLaunchRequested, m_launches,
            [this] { m_launches->newLaunch(); });

    QAction* newLaunch = m_launches->newLaunchAction();
    m_fileMenu->insertAction(m_closeAction, newLaunch);
    m_fileMenu->insertSeparator(m_closeAction);

    auto* settings = new QMenu(tr("&Settings"), this);
    settings->setObjectName(QStringLiteral("settingsMenu"));
    QAction* tiering = settings->addAction(tr("&Launch tiering\u2026"));
    tiering->setObjectName(QStringLiteral("launchTieringAction"));
    tiering->setStatusTip(tr("Edit the tier rule: weights, thresholds, guardrail, checklists"));
    connect(tiering, &QAction::triggered, this, [this] { m_launches->openRuleEditor(); });
    // Before Help, which stays last.
    menuBar()->insertMenu(menuBar()->actions().constLast(), settings);
    // New launch follows the workspace in the section (it needs one open for writing).
    tiering->setEnabled(m_session.isOpen());
    connect(&m_session, &WorkspaceSession::workspaceChanged, tiering,
            [this, tiering] { tiering->setEnabled(m_session.isOpen()); });
}

void MainWindow::createBattlecards() {
    m_battlecards = new BattlecardsSection(m_session, m_feedback, this);
    addSection(m_battlecards);
    m_fileMenu->insertAction(m_closeAction, m_battlecards->newCardAction());
    m_fileMenu->insertAction(m_closeAction, m_battlecards->competitorLaunchAction());
    m_fileMenu->insertSeparator(m_closeAction);
}

void MainWindow::createPositioning() {
    m_positioning = new PositioningSection(m_session, this);
    addSection(m_positioning);
    // File ▸ New positioning review…, and the section's "act on this trigger" / "new review".
    auto* review = new QAction(tr("New positioning &review\u2026"), this);
    review->setObjectName(QStringLiteral("newPositioningReviewAction"));
    review->setShortcut(QKeySequence(tr("Ctrl+Shift+R")));
    review->setStatusTip(tr("Hold a positioning review: evidence, decision and follow-ups"));
    connect(review, &QAction::triggered, this,
            [this] { ReviewWizard::openFor(m_session, std::nullopt, this); });
    m_fileMenu->insertAction(m_closeAction, review);
    m_fileMenu->insertSeparator(m_closeAction);
    connect(m_positioning, &PositioningSection::newReviewRequested, review, &QAction::trigger);
    connect(m_positioning, &PositioningSection::reviewRequested, this,
            [this](const positioning::PositioningAlert& alert) {
                ReviewWizard::openFor(m_session, alert, this);
            });

    auto* openTriggers = new OpenTriggersButton(*m_positioning, this);
    statusBar()->insertPermanentWidget(0, openTriggers);
    connect(openTriggers, &QToolButton::clicked, this,
            [this] { showSection(static_cast<int>(m_sections.indexOf(m_positioning))); });
}

void MainWindow::createSkills() {
    m_skills = new SkillsMatrixPage(m_session, m_catalog);
    m_catalog->tabs()->insertTab(1, m_skills, tr("S&kills matrix"));
    connect(m_skills, &SkillsMatrixPage::peopleRequested, this,
            [this] { m_catalog->tabs()->setCurrentWidget(m_catalog->peoplePage()); });
    connect(m_skills, &SkillsMatrixPage::frameworkEditorRequested, this,
            &MainWindow::openSkillsFramework);
    // Ctrl+F: the catalog section knows its record tabs; the skills tab has its own filter.
    connect(m_findAction, &QAction::triggered, m_skills, [this] {
        if (currentSection() == m_catalog && m_catalog->tabs()->currentWidget() == m_skills) {
            m_skills->focusFilter();
        }
    });
    auto* settings = findChild<QMenu*>(QStringLiteral("settingsMenu"));
    QAction* framework = settings->addAction(tr("&Skills framework\u2026"));
    framework->setObjectName(QStringLiteral("skillsFrameworkAction"));
    framework->setStatusTip(
        tr("Edit levels, competencies and what each level is expected to show"));
    connect(framework, &QAction::triggered, this, &MainWindow::openSkillsFramework);
    framework->setEnabled(m_session.isOpen());
    connect(&m_session, &WorkspaceSession::workspaceChanged, framework,
            [this, framework] { framework->setEnabled(m_session.isOpen()); });
}

SkillsFrameworkDialog* MainWindow::openSkillsFramework() {
    if (!m_session.isOpen()) {
        return nullptr;
    }
    auto* dialog = new SkillsFrameworkDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

}  // namespace pmm::ui
