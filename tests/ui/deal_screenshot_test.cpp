// Pictures of the win/loss dialogs, light and dark, to look at (PMM_UI_SCREENSHOT_DIR): the
// import with bad rows, the clean preview, the summary, and Add win/loss record.
#include <gtest/gtest.h>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStyle>
#include <QStyleFactory>
#include <QUndoStack>

#include "app/workspace_session.h"
#include "battlecard_test_support.h"
#include "positioning/deal_dialog.h"
#include "positioning/deal_import_dialog.h"
#include "screenshot_support.h"
#include "ui_test_support.h"

namespace pmm::ui {
namespace {

QString fixture(const QString& name) {
    return QFileInfo(QStringLiteral(__FILE__))
        .dir()
        .filePath(QStringLiteral("../fixtures/deals/") + name);
}

class DealScreenshots : public ::testing::Test {
protected:
    void SetUp() override {
        session.setErrorReporter([this](const QString& message) { errors.append(message); });
        session.open(folder.emptyWorkspace());
        uitest::addBattlecardWorld(session.workspace());
    }

    void shootImport(const QString& prefix) {
        DealImportDialog bad(session);
        bad.resize(1100, 760);
        bad.show();
        ASSERT_TRUE(bad.loadFile(fixture(QStringLiteral("crm_export_bad_rows.csv"))));
        ASSERT_TRUE(bad.waitForPlan());
        uitest::save(bad, prefix + QStringLiteral("deals-import-problems.png"));

        DealImportDialog clean(session);
        clean.resize(1100, 760);
        clean.show();
        ASSERT_TRUE(clean.loadFile(fixture(QStringLiteral("crm_export_fixed.csv"))));
        ASSERT_TRUE(clean.waitForPlan());
        clean.createCompetitorsBox()->setChecked(true);
        ASSERT_TRUE(clean.waitForPlan());
        uitest::save(clean, prefix + QStringLiteral("deals-import-clean.png"));
        ASSERT_TRUE(clean.importDeals());
        uitest::save(clean, prefix + QStringLiteral("deals-import-done.png"));
        session.undoStack()->undo();
    }

    void shootAddRecord(const QString& prefix) {
        DealDialog dialog(session);
        dialog.show();
        dialog.nameEdit()->setText(QStringLiteral("Northwind \u2014 200 seats"));
        dialog.arrEdit()->setText(QStringLiteral("24k"));
        uitest::save(dialog, prefix + QStringLiteral("deals-add-record-problems.png"));
        dialog.dateEdit()->setDate(QDate(2026, 3, 15));
        dialog.dealIdEdit()->setText(QStringLiteral("006A001"));
        dialog.competitorBox()->setCurrentIndex(
            dialog.competitorBox()->findText(QStringLiteral("Globex")));
        dialog.segmentBox()->setCurrentIndex(
            dialog.segmentBox()->findText(QStringLiteral("Mid-market")));
        dialog.outcomeBox()->setCurrentIndex(dialog.outcomeBox()->findText(QStringLiteral("lost")));
        dialog.arrEdit()->setText(QStringLiteral("24,000"));
        dialog.reasonEdit()->setText(QStringLiteral("Pricing"));
        dialog.notesEdit()->setPlainText(QStringLiteral("CFO wanted annual terms."));
        uitest::save(dialog, prefix + QStringLiteral("deals-add-record.png"));
    }

    uitest::TempFolder folder;
    WorkspaceSession session;
    QStringList errors;
};

TEST_F(DealScreenshots, LightPalette) {
    shootImport(QStringLiteral("light-"));
    shootAddRecord(QStringLiteral("light-"));
    EXPECT_TRUE(errors.isEmpty()) << errors.join(u'\n').toStdString();
}

TEST_F(DealScreenshots, DarkPalette) {
    const QString styleName = QApplication::style()->name();
    const QPalette previous = QApplication::palette();
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(uitest::darkPalette());
    shootImport(QStringLiteral("dark-"));
    shootAddRecord(QStringLiteral("dark-"));
    QApplication::setStyle(QStyleFactory::create(styleName));
    QApplication::setPalette(previous);
    EXPECT_TRUE(errors.isEmpty()) << errors.join(u'\n').toStdString();
}

}  // namespace
}  // namespace pmm::ui
