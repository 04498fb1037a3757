// Pictures of the Battlecards UI to look at, in the light and the dark palette: set
// PMM_UI_SCREENSHOT_DIR to a folder and run
//   pmm_ui_tests --gtest_filter='BattlecardScreenshots.*'
// Without the variable they go to a temporary folder; either way each grab must succeed.
#include <gtest/gtest.h>

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QStyle>
#include <QStyleFactory>
#include <QTableView>
#include <QTableWidget>

#include "app/main_window.h"
#include "app/workspace_session.h"
#include "battlecards/battlecard_editor.h"
#include "battlecards/battlecard_filter_bar.h"
#include "battlecards/battlecard_history_dialog.h"
#include "battlecards/battlecard_revision_model.h"
#include "battlecards/battlecard_table_model.h"
#include "battlecards/battlecards_section.h"
#include "battlecards/competitor_launch_dialog.h"
#include "screenshot_support.h"
#include "storage/battlecard_store.h"
#include "storage/catalog.h"
#include "ui_test_support.h"

namespace pmm::ui {
namespace {

class BattlecardScreenshots : public ::testing::Test {
protected:
    void SetUp() override {
        QDir().mkpath(uitest::shotFolder());
        session.setErrorReporter([this](const QString& message) { errors.append(message); });
        session.open(folder.demoWorkspace());
    }

    // The card with the longest history, so the diff has something to show.
    std::int64_t cardWithHistory() {
        storage::BattlecardStore store(session.workspace());
        std::int64_t best = 0;
        std::size_t most = 0;
        for (const auto& row : store.rows()) {
            const std::size_t count = store.revisions(row.id).size();
            if (count > most) {
                most = count;
                best = row.id;
            }
        }
        return best;
    }

    void shootAll(const QString& prefix) {
        BattlecardsSection section(session, feedback);
        section.resize(1180, 640);
        section.show();
        const auto people = session.catalog().people.list();
        ASSERT_FALSE(people.empty());
        section.setSignedIn(people.front().id);
        section.table()->selectRow(0);
        uitest::save(section, prefix + QStringLiteral("battlecards-list.png"));

        section.filterBar()->searchEdit()->setText(QStringLiteral("pric"));
        uitest::save(section, prefix + QStringLiteral("battlecards-search.png"));
        section.filterBar()->searchEdit()->clear();

        const std::int64_t id = cardWithHistory();
        ASSERT_GT(id, 0);
        BattlecardEditor* editor = section.openCard(id, battlecards::CardSection::Objections);
        ASSERT_NE(editor, nullptr);
        editor->resize(1180, 720);
        uitest::save(*editor, prefix + QStringLiteral("battlecard-editor-objections.png"));
        editor->showSection(battlecards::CardSection::Overview);
        uitest::save(*editor, prefix + QStringLiteral("battlecard-editor-overview.png"));
        editor->showSection(battlecards::CardSection::PricingNotes);
        uitest::save(*editor, prefix + QStringLiteral("battlecard-editor-pricing.png"));

        BattlecardHistoryDialog* history = editor->openHistory();
        history->resize(1100, 720);
        const int rows = history->model()->rowCount();
        ASSERT_GE(rows, 2);
        history->compare(history->model()->revision(rows - 1).number,
                         history->model()->revision(0).number);
        uitest::save(*history, prefix + QStringLiteral("battlecard-history.png"));
        history->close();
        editor->close();

        CompetitorLaunchDialog* launch = section.logCompetitorLaunch();
        ASSERT_NE(launch, nullptr);
        launch->whatEdit()->setText(QStringLiteral("Usage-based pricing for teams under 50"));
        uitest::save(*launch, prefix + QStringLiteral("competitor-launch-form.png"));
        ASSERT_TRUE(launch->logLaunch());
        uitest::save(*launch, prefix + QStringLiteral("competitor-launch-flagged.png"));
        launch->accept();
    }

    // The real window with the section chosen in the sidebar.
    void shootWindow(const QString& prefix) {
        WorkspaceSession windowSession;
        MainWindow window(windowSession, feedback);
        window.resize(1280, 800);
        window.show();
        ASSERT_TRUE(window.openWorkspace(folder.demoWorkspace(QStringLiteral("window.pmmw"))));
        window.showSection(
            static_cast<int>(window.sections().indexOf(window.battlecardsSection())));
        EXPECT_EQ(window.currentSection(), window.battlecardsSection());
        uitest::save(window, prefix + QStringLiteral("battlecards-window.png"));
    }

    uitest::TempFolder folder;
    WorkspaceSession session;
    uitest::RecordingFeedback feedback;
    QStringList errors;
};

TEST_F(BattlecardScreenshots, LightPalette) {
    shootAll(QStringLiteral("light-"));
    shootWindow(QStringLiteral("light-"));
    EXPECT_TRUE(errors.isEmpty()) << errors.join(u'\n').toStdString();
}

TEST_F(BattlecardScreenshots, DarkPalette) {
    const QString styleName = QApplication::style()->name();
    const QPalette previous = QApplication::palette();
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(uitest::darkPalette());
    shootAll(QStringLiteral("dark-"));
    shootWindow(QStringLiteral("dark-"));
    QApplication::setStyle(QStyleFactory::create(styleName));
    QApplication::setPalette(previous);
    EXPECT_TRUE(errors.isEmpty()) << errors.join(u'\n').toStdString();
}

}  // namespace
}  // namespace pmm::ui
