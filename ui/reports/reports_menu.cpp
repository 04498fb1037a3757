#include "reports/reports_menu.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>

#include "app/workspace_session.h"
#include "reports/battlecard_report_dialog.h"
#include "reports/skills_report_dialog.h"
#include "reports/tier_report_dialog.h"

namespace pmm::ui {

QMenu* addReportsMenu(QMenuBar* menuBar, WorkspaceSession& session, UserFeedback& feedback,
                      QWidget* window) {
    QMenu* menu = menuBar->addMenu(QMenu::tr("&Reports"));
    menu->setObjectName(QStringLiteral("reportsMenu"));
    QAction* tiers = menu->addAction(QMenu::tr("&Tier report\u2026"));
    tiers->setObjectName(QStringLiteral("tierReportAction"));
    tiers->setShortcuts(QKeySequence::Print);
    if (!tiers->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_P))) {
        tiers->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    }
    tiers->setStatusTip(QMenu::tr("A quarter's launch tier report as a PDF, for executives"));
    QObject::connect(tiers, &QAction::triggered, window, [&session, &feedback, window] {
        auto* dialog = new TierReportDialog(session, feedback, window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    addBattlecardReportActions(menu, session, feedback, window);
    addSkillsReportActions(menu, session, feedback, window);
    auto enable = [tiers, &session] { tiers->setEnabled(session.isOpen()); };
    QObject::connect(&session, &WorkspaceSession::workspaceChanged, tiers, enable);
    enable();
    return menu;
}

}  // namespace pmm::ui
