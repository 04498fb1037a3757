// Pictures to look at: set PMM_UI_SCREENSHOT_DIR to a folder and run
//   pmm_ui_tests --gtest_filter='Screenshots.*'
// Without the variable they go to a temporary folder; either way each grab must succeed.
#include <gtest/gtest.h>

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QMessageBox>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "app/main_window.h"
#include "app/workspace_session.h"
#include "common/record_table_page.h"
#include "screenshot_support.h"
#include "team/catalog_section.h"
#include "ui_test_support.h"

namespace pmm::ui {
namespace {

using uitest::darkPalette;
using uitest::save;
using uitest::shotFolder;

class Screenshots : public ::testing::Test {
protected:
    void SetUp() override { QDir().mkpath(shotFolder()); }
    uitest::TempFolder folder;
    uitest::RecordingFeedback feedback;
};

TEST_F(Screenshots, Light) {
    WorkspaceSession session;
    MainWindow window(session, feedback);
    window.resize(1100, 700);
    window.show();
    window.showSection(static_cast<int>(window.sections().indexOf(window.catalogSection())));
    ASSERT_TRUE(window.openWorkspace(folder.demoWorkspace()));
    save(window, QStringLiteral("catalog-people.png"));
    QTableView* people = window.catalogSection()->peoplePage()->table();
    people->setFocus();
    people->edit(people->model()->index(1, 2));
    save(window, QStringLiteral("catalog-level-editor.png"));
    people->edit(people->model()->index(1, 3));
    save(window, QStringLiteral("catalog-manager-editor.png"));
    people->setFocus();
    CatalogSection& catalog = *window.catalogSection();
    catalog.tabs()->setCurrentWidget(catalog.competitorsPage());
    save(window, QStringLiteral("catalog-competitors.png"));
    catalog.tabs()->setCurrentWidget(catalog.segmentsPage());
    catalog.segmentsPage()->filterEdit()->setText(QStringLiteral("nothing like this"));
    save(window, QStringLiteral("catalog-no-match.png"));

    ASSERT_TRUE(window.openWorkspace(folder.emptyWorkspace()));
    catalog.tabs()->setCurrentWidget(catalog.competitorsPage());
    save(window, QStringLiteral("empty-competitors.png"));

    QMessageBox* about = window.showAbout();
    save(*about, QStringLiteral("about.png"));
    about->close();

    session.close();
    save(window, QStringLiteral("no-workspace.png"));
}

TEST_F(Screenshots, DarkFusion) {
    const QString styleName = QApplication::style()->name();
    const QPalette previous = QApplication::palette();
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(darkPalette());
    {
        WorkspaceSession session;
        MainWindow window(session, feedback);
        window.resize(1100, 700);
        window.show();
        ASSERT_TRUE(window.openWorkspace(folder.emptyWorkspace()));
        save(window, QStringLiteral("dark-empty.png"));
        window.loadDemoData();
        window.showSection(static_cast<int>(window.sections().indexOf(window.catalogSection())));
        CatalogSection& catalog = *window.catalogSection();
        catalog.peoplePage()->table()->selectRow(2);
        save(window, QStringLiteral("dark-catalog.png"));
        QMessageBox* about = window.showAbout();
        save(*about, QStringLiteral("dark-about.png"));
        about->close();
        session.open(session.path(), storage::OpenMode::ReadOnly);
        save(window, QStringLiteral("dark-read-only.png"));
    }
    QApplication::setStyle(QStyleFactory::create(styleName));
    QApplication::setPalette(previous);
}

}  // namespace
}  // namespace pmm::ui
