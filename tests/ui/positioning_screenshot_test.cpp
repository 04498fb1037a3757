// Pictures of the Positioning section on the small demo, light and dark: each tab, a trigger's
// evidence, a statement's diff, the new-version dialog and the empty workspace.
#include <gtest/gtest.h>

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QStyle>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>

#include "app/main_window.h"
#include "app/workspace_session.h"
#include "demo/demo_positioning.h"
#include "positioning/positioning_section.h"
#include "positioning/statement_history_pane.h"
#include "positioning/statement_page.h"
#include "positioning/statement_version_dialog.h"
#include "positioning/trigger_page.h"
#include "positioning/trigger_table_model.h"
#include "screenshot_support.h"
#include "ui_test_support.h"

namespace pmm::ui {
namespace {

class PositioningScreenshots : public ::testing::Test {
protected:
    void SetUp() override {
        QDir().mkpath(uitest::shotFolder());
        session.setErrorReporter([this](const QString& message) { errors.append(message); });
    }

    void shootAll(const QString& prefix) {
        MainWindow window(session, feedback);
        window.resize(1280, 800);
        window.show();
        ASSERT_TRUE(window.openWorkspace(folder.demoWorkspace(prefix + QStringLiteral("w.pmmw"))));
        PositioningSection& section = *window.positioningSection();
        window.showSection(static_cast<int>(window.sections().indexOf(&section)));
        section.setToday(demo::kDemoDealsEnd);
        TriggerPage& triggers = *section.triggerPage();
        QAbstractItemModel* shown = triggers.table()->model();
        for (int row = 0; row < shown->rowCount(); ++row) {
            if (shown->index(row, 0).data(TriggerTableModel::KindRole).toInt() ==
                static_cast<int>(positioning::TriggerKind::FailedDeals)) {
                triggers.table()->setCurrentIndex(shown->index(row, 0));
                break;
            }
        }
        uitest::save(window, prefix + QStringLiteral("positioning-triggers.png"));

        section.tabs()->setCurrentIndex(PositioningSection::Statements);
        StatementVersionDialog* dialog = section.statementPage()->newVersion();
        ASSERT_NE(dialog, nullptr);
        dialog->partEdit(StatementVersionDialog::That)
            ->setText(QStringLiteral("shows which campaigns pay back, every week"));
        dialog->partEdit(StatementVersionDialog::Note)->setText(QStringLiteral("After Q4 losses"));
        uitest::save(*dialog, prefix + QStringLiteral("positioning-new-version.png"));
        dialog->accept();
        uitest::save(window, prefix + QStringLiteral("positioning-statements.png"));

        section.tabs()->setCurrentIndex(PositioningSection::Reviews);
        uitest::save(window, prefix + QStringLiteral("positioning-reviews.png"));
        section.tabs()->setCurrentIndex(PositioningSection::WinLoss);
        uitest::save(window, prefix + QStringLiteral("positioning-win-loss.png"));
        section.tabs()->setCurrentIndex(PositioningSection::WinRates);
        uitest::save(window, prefix + QStringLiteral("positioning-win-rates.png"));

        ASSERT_TRUE(window.openWorkspace(folder.emptyWorkspace(prefix + QStringLiteral("e.pmmw"))));
        section.tabs()->setCurrentIndex(PositioningSection::Triggers);
        uitest::save(window, prefix + QStringLiteral("positioning-empty-triggers.png"));
        section.tabs()->setCurrentIndex(PositioningSection::Statements);
        uitest::save(window, prefix + QStringLiteral("positioning-empty-statements.png"));
        window.close();
    }

    uitest::TempFolder folder;
    WorkspaceSession session;
    uitest::RecordingFeedback feedback;
    QStringList errors;
};

TEST_F(PositioningScreenshots, LightPalette) {
    shootAll(QStringLiteral("light-"));
    EXPECT_TRUE(errors.isEmpty()) << errors.join(u'\n').toStdString();
}

TEST_F(PositioningScreenshots, DarkPalette) {
    const QString styleName = QApplication::style()->name();
    const QPalette previous = QApplication::palette();
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(uitest::darkPalette());
    shootAll(QStringLiteral("dark-"));
    QApplication::setStyle(QStyleFactory::create(styleName));
    QApplication::setPalette(previous);
    EXPECT_TRUE(errors.isEmpty()) << errors.join(u'\n').toStdString();
}

}  // namespace
}  // namespace pmm::ui
