// File ▸ Import win/loss CSV…: a CRM export with a byte order mark, ';' separators, quoted
// fields with line breaks and a few bad rows. The dialog lists exactly the bad lines with
// their reasons and refuses to import; remapping a column or creating the unknown
// competitor re-plans; the fixed file imports in one undoable step and a second import adds
// nothing; a malformed file leaves the workspace file as it was.
#include <gtest/gtest.h>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>

#include <iostream>
#include <map>

#include "app/main_window.h"
#include "app/workspace_session.h"
#include "battlecard_test_support.h"
#include "positioning/deal_dialog.h"
#include "positioning/deal_import_actions.h"
#include "positioning/deal_import_dialog.h"
#include "positioning/deal_import_mapping_form.h"
#include "storage/catalog.h"
#include "storage/deal_store.h"
#include "ui_test_support.h"

namespace pmm::ui {
namespace {

using positioning::DealField;

QString fixture(const QString& name) {
    return QFileInfo(QStringLiteral(__FILE__))
        .dir()
        .filePath(QStringLiteral("../fixtures/deals/") + name);
}

// A CRM export of `rows` lost deals against Globex, as a German spreadsheet writes it.
bool writeLostDeals(const QString& path, int rows) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return false;
    }
    QByteArray text = "Id;Name;Close Date;Stage;Amount;Competitor\r\n";
    for (int n = 0; n < rows; ++n) {
        text += "OPP-" + QByteArray::number(n) + ";\"Deal " + QByteArray::number(n) +
                "\";2026-03-15;Closed Lost;\"1.234,50\";Globex\r\n";
    }
    return file.write(text) == text.size();
}

class DealImportDialogTest : public ::testing::Test {
protected:
    void SetUp() override {
        session.setErrorReporter([this](const QString& message) { errors.append(message); });
        path = folder.emptyWorkspace();
        session.open(path);
        uitest::addBattlecardWorld(session.workspace());
    }

    std::unique_ptr<DealImportDialog> planned(const QString& name) {
        auto dialog = std::make_unique<DealImportDialog>(session);
        EXPECT_TRUE(dialog->loadFile(fixture(name)));
        EXPECT_TRUE(dialog->waitForPlan());
        return dialog;
    }

    // Each problem's line and text, as the problem table shows them.
    static std::multimap<int, QString> problemsShown(const DealImportDialog& dialog) {
        std::multimap<int, QString> shown;
        const QAbstractItemModel* model = dialog.problemView()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            shown.emplace(model->index(row, 0).data().toInt(),
                          model->index(row, 1).data().toString());
        }
        return shown;
    }

    static std::vector<int> linesShown(const DealImportDialog& dialog) {
        std::vector<int> lines;
        for (const auto& [line, text] : problemsShown(dialog)) {
            lines.push_back(line);
        }
        return lines;
    }

    std::int64_t dealCount() const { return storage::DealStore(session.workspace()).count(); }

    uitest::TempFolder folder;
    QString path;
    WorkspaceSession session;
    QStringList errors;
};

TEST_F(DealImportDialogTest, BadRowsAreListedByLineAndImportStaysDisabled) {
    const auto dialog = planned(QStringLiteral("crm_export_bad_rows.csv"));
    ASSERT_NE(dialog->plan(), nullptr);
    EXPECT_EQ(dialog->plan()->separator, ';');
    EXPECT_TRUE(dialog->fileLabel()->text().contains(QStringLiteral("8 data rows")));
    EXPECT_TRUE(dialog->fileLabel()->text().contains(QStringLiteral("semicolon")));
    // The guess, shown in the mapping form.
    EXPECT_EQ(dialog->mappingBox(DealField::ClosedOn)->currentText(), QStringLiteral("Close Date"));
    EXPECT_EQ(dialog->mappingBox(DealField::Competitor)->currentText(),
              QStringLiteral("Primary Competitor"));
    EXPECT_EQ(dialog->mappingBox(DealField::Product)->currentText(),
              QStringLiteral("(not in file)"));

    const auto shown = problemsShown(*dialog);
    EXPECT_EQ(linesShown(*dialog), (std::vector<int>{5, 6, 7, 10, 12}));
    EXPECT_TRUE(shown.find(5)->second.contains(QStringLiteral("\"15/03/2026\" is not a date")));
    EXPECT_TRUE(
        shown.find(6)->second.contains(QStringLiteral("\"Hooli\" is not in the workspace")));
    EXPECT_TRUE(shown.find(7)->second.contains(QStringLiteral("\"Maybe\"")));
    EXPECT_TRUE(shown.find(10)->second.contains(QStringLiteral("\"abc\" is not an amount")));
    EXPECT_TRUE(
        dialog->problemCountLabel()->text().startsWith(QStringLiteral("5 problems in 5 rows")));
    EXPECT_FALSE(dialog->importButton()->isEnabled());
    EXPECT_FALSE(dialog->importDeals());
    EXPECT_EQ(dealCount(), 0);

    // The unknown competitor, offered once although two rows name it.
    EXPECT_FALSE(dialog->createCompetitorsBox()->isHidden());
    EXPECT_EQ(dialog->createCompetitorsBox()->text(),
              QStringLiteral("Create this competitor in the workspace"));
    EXPECT_TRUE(errors.isEmpty()) << errors.join(u'\n').toStdString();
}

TEST_F(DealImportDialogTest, ThePreviewShowsStoredValuesNotRawText) {
    // Amounts are shown in the user's locale; this test reads them in US English.
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const auto dialog = planned(QStringLiteral("crm_export_bad_rows.csv"));
    QLocale::setDefault(previous);
    const QTableWidget* preview = dialog->previewTable();
    ASSERT_EQ(preview->rowCount(), 3) << "the three valid rows";
    EXPECT_EQ(preview->item(0, 0)->text(), QStringLiteral("2"));
    EXPECT_EQ(preview->item(0, 1)->text(), QStringLiteral("2026-01-14"));
    EXPECT_EQ(preview->item(0, 3)->text(), QStringLiteral("Northwind \u2014 200 seats"));
    EXPECT_EQ(preview->item(0, 5)->text(), QStringLiteral("Globex"));
    EXPECT_EQ(preview->item(0, 7)->text(), QStringLiteral("won"));
    EXPECT_EQ(preview->item(0, 8)->text(), QStringLiteral("24,000"));
    EXPECT_EQ(preview->item(0, 10)->text(), QStringLiteral("Time to value"));
    EXPECT_EQ(preview->item(0, 11)->text(), QStringLiteral("Champion: CFO signed after the pilot"));
    EXPECT_EQ(preview->item(2, 7)->text(), QStringLiteral("no decision"));
    EXPECT_EQ(preview->item(2, 11)->text(), QStringLiteral("She said \"not now\""));
}

TEST_F(DealImportDialogTest, CreatingTheCompetitorAndRemappingTheDateChangeTheProblems) {
    const auto dialog = planned(QStringLiteral("crm_export_bad_rows.csv"));
    dialog->createCompetitorsBox()->setChecked(true);
    ASSERT_TRUE(dialog->waitForPlan());
    EXPECT_EQ(linesShown(*dialog), (std::vector<int>{5, 7, 10}));
    EXPECT_EQ(dialog->plan()->newCompetitors, std::vector<std::string>{"Hooli"});

    // The created date is a valid date on every row: line 5's problem goes away.
    QComboBox* date = dialog->mappingBox(DealField::ClosedOn);
    date->setCurrentIndex(date->findText(QStringLiteral("Created Date")));
    ASSERT_TRUE(dialog->waitForPlan());
    EXPECT_EQ(linesShown(*dialog), (std::vector<int>{7, 10}));

    // No date column at all: one problem with the columns, no row checked.
    date->setCurrentIndex(date->findText(QStringLiteral("(not in file)")));
    ASSERT_TRUE(dialog->waitForPlan());
    ASSERT_EQ(dialog->problemModel()->rowCount(), 1);
    EXPECT_EQ(dialog->problemModel()->index(0, 0).data().toString(), QStringLiteral("file"));
    EXPECT_TRUE(dialog->problemModel()->index(0, 1).data().toString().contains(
        QStringLiteral("Close date")));
    EXPECT_FALSE(dialog->importButton()->isEnabled());
}

TEST_F(DealImportDialogTest, TheFixedFileImportsOnceAndUndoTakesItBack) {
    const auto dialog = planned(QStringLiteral("crm_export_fixed.csv"));
    EXPECT_EQ(linesShown(*dialog), (std::vector<int>{6, 12})) << "Hooli is still unknown";
    dialog->createCompetitorsBox()->setChecked(true);
    ASSERT_TRUE(dialog->waitForPlan());
    ASSERT_TRUE(dialog->plan()->valid());
    EXPECT_TRUE(dialog->importButton()->isEnabled());
    EXPECT_TRUE(dialog->statusLabel()->text().startsWith(
        QStringLiteral("Ready to import 8 records in one step, creating 1 competitor")));
    ASSERT_TRUE(dialog->importDeals());
    EXPECT_EQ(dealCount(), 8);
    EXPECT_TRUE(dialog->statusLabel()->text().startsWith(
        QStringLiteral("Imported in one step: 8 deals added, 0 updated, 0 unchanged; 1 "
                       "competitor created: Hooli")));
    EXPECT_EQ(dialog->importButton()->text(), QStringLiteral("Close"));
    EXPECT_EQ(session.catalog().competitors.list().size(), 3u);

    // The same export again: nothing is duplicated.
    const auto again = planned(QStringLiteral("crm_export_fixed.csv"));
    ASSERT_TRUE(again->plan()->valid()) << "Hooli exists now";
    ASSERT_TRUE(again->importDeals());
    EXPECT_EQ(dealCount(), 8);
    EXPECT_TRUE(again->statusLabel()->text().contains(QStringLiteral("0 deals added")));
    EXPECT_TRUE(again->statusLabel()->text().contains(QStringLiteral("8 unchanged")));

    // Undo the second (nothing to take back), then the first: the deals and Hooli go.
    ASSERT_EQ(session.undoStack()->count(), 2);
    session.undoStack()->undo();
    EXPECT_EQ(dealCount(), 8);
    session.undoStack()->undo();
    EXPECT_EQ(dealCount(), 0);
    EXPECT_EQ(session.catalog().competitors.list().size(), 2u);
    session.undoStack()->redo();
    EXPECT_EQ(dealCount(), 8);
    EXPECT_TRUE(errors.isEmpty()) << errors.join(u'\n').toStdString();
}

TEST_F(DealImportDialogTest, AMalformedFileLeavesTheWorkspaceFileUnchanged) {
    session.close();
    const QByteArray before = uitest::fileBytes(path);
    session.open(path);
    const auto dialog = planned(QStringLiteral("crm_export_malformed.csv"));
    EXPECT_FALSE(dialog->plan()->valid());
    ASSERT_GE(dialog->problemModel()->rowCount(), 1);
    EXPECT_TRUE(dialog->problemModel()->index(0, 1).data().toString().contains(
        QStringLiteral("not closed")));
    EXPECT_FALSE(dialog->importButton()->isEnabled());
    EXPECT_FALSE(dialog->importDeals());
    session.close();
    EXPECT_EQ(uitest::fileBytes(path), before);
}

TEST_F(DealImportDialogTest, AFileThatCannotBeReadIsReported) {
    DealImportDialog dialog(session);
    EXPECT_FALSE(dialog.loadFile(folder.path(QStringLiteral("missing.csv"))));
    ASSERT_EQ(errors.size(), 1);
    EXPECT_TRUE(errors.first().contains(QStringLiteral("missing.csv")));
}

// A 100,000-row export is planned off the GUI thread: the event loop keeps running (a timer
// ticks) while the rows are checked, and the dialog shows it is busy.
TEST_F(DealImportDialogTest, AHundredThousandRowsDoNotFreezeTheWindow) {
    QTemporaryDir dir;
    const QString big = dir.filePath(QStringLiteral("big.csv"));
    ASSERT_TRUE(writeLostDeals(big, 100000));
    DealImportDialog dialog(session);
    int ticks = 0;
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, &timer, [&ticks] { ++ticks; });
    timer.start(10);
    QElapsedTimer clock;
    clock.start();
    ASSERT_TRUE(dialog.loadFile(big));
    const qint64 returnedAfter = clock.elapsed();
    EXPECT_FALSE(dialog.importButton()->isEnabled()) << "busy: not yet checked";
    EXPECT_TRUE(dialog.statusLabel()->text().startsWith(QStringLiteral("Checking")));
    ASSERT_TRUE(dialog.waitForPlan(120000));
    const qint64 plannedAfter = clock.elapsed();
    EXPECT_GT(ticks, 0);
    EXPECT_TRUE(dialog.plan()->valid());
    EXPECT_EQ(dialog.plan()->deals.size(), 100000u);
    EXPECT_EQ(dialog.previewTable()->rowCount(), DealImportDialog::kPreviewRows);
    EXPECT_TRUE(dialog.importButton()->isEnabled());
    std::cout << "100,000 rows: loadFile returned after " << returnedAfter << " ms, planned after "
              << plannedAfter << " ms, " << ticks << " timer ticks\n";
}

// A large import is written on a worker thread: the window keeps turning its event loop
// while the rows are written, and the import is one undoable step as before.
TEST_F(DealImportDialogTest, TwoHundredThousandRowsAreWrittenWhileTheWindowTurns) {
    QTemporaryDir dir;
    const QString big = dir.filePath(QStringLiteral("big.csv"));
    constexpr int kRows = 200000;
    ASSERT_TRUE(writeLostDeals(big, kRows));
    DealImportDialog dialog(session);
    ASSERT_TRUE(dialog.loadFile(big));
    ASSERT_TRUE(dialog.waitForPlan(120000));
    ASSERT_TRUE(dialog.plan()->valid());
    int ticks = 0;
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, &timer, [&ticks] { ++ticks; });
    timer.start(10);
    QElapsedTimer clock;
    clock.start();
    ASSERT_TRUE(dialog.importDeals());
    const qint64 wroteAfter = clock.elapsed();
    // A write that lasts several timer intervals sees the timer fire: the loop turned.
    if (wroteAfter > 200) {
        EXPECT_GT(ticks, 0);
    }
    EXPECT_EQ(errors, QStringList{});
    EXPECT_EQ(session.undoStack()->count(), 1);
    EXPECT_EQ(storage::DealStore(session.workspace()).count(), kRows);
    EXPECT_EQ(dialog.importButton()->text(), QStringLiteral("Close"));
    std::cout << "200,000 rows: importDeals returned after " << wroteAfter << " ms, " << ticks
              << " timer ticks\n";
}

TEST(DealImportMenu, TheFileMenuOffersBothWhileAWorkspaceIsOpen) {
    uitest::TempFolder folder;
    uitest::RecordingFeedback feedback;
    WorkspaceSession session;
    MainWindow window(session, feedback);
    auto* actions = window.findChild<DealImportActions*>();
    ASSERT_NE(actions, nullptr);
    EXPECT_FALSE(actions->importAction()->isEnabled());
    EXPECT_FALSE(actions->addRecordAction()->isEnabled());
    ASSERT_TRUE(window.openWorkspace(folder.emptyWorkspace()));
    EXPECT_TRUE(actions->importAction()->isEnabled());
    EXPECT_TRUE(actions->addRecordAction()->isEnabled());
    DealImportDialog* dialog =
        actions->openImportDialog(fixture(QStringLiteral("crm_export_fixed.csv")));
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->waitForPlan());
    EXPECT_EQ(dialog->plan()->rows, 8);
    dialog->close();
    DealDialog* record = actions->openDealDialog();
    ASSERT_NE(record, nullptr);
    record->close();
    EXPECT_TRUE(feedback.errors.isEmpty()) << feedback.errors.join(u'\n').toStdString();
}

}  // namespace
}  // namespace pmm::ui
