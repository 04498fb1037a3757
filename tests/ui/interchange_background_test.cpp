// File ▸ Import workspace and Export workspace run their long work on a worker thread: the
// window keeps turning its event loop behind a live progress dialog, Cancel leaves the
// workspace as it was, and errors on the worker are shown as before. The worker is held at a
// known step (the menu's step observer), never timed.
#include <gtest/gtest.h>

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSemaphore>
#include <QStyle>
#include <QStyleFactory>
#include <QTimer>
#include <QUndoStack>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>

#include "app/main_window.h"
#include "app/workspace_session.h"
#include "common/background_task.h"
#include "common/task_progress_dialog.h"
#include "interchange/exporter.h"
#include "interchange/interchange_menu.h"
#include "screenshot_support.h"
#include "storage/catalog.h"
#include "storage/interchange_reader.h"
#include "storage/workspace.h"
#include "storage/workspace_error.h"
#include "ui_test_support.h"

namespace pmm::ui {
namespace {

using uitest::exportOf;
using uitest::RecordingFeedback;
using uitest::TempFolder;

// Holds the import's worker at the first step starting with `prefix` until the GUI thread
// has done what it wanted while the worker waits.
class HeldStep {
public:
    explicit HeldStep(QString prefix) : m_prefix(std::move(prefix)) {}

    std::function<void(const QString&)> observer() {
        return [this](const QString& step) {
            if (!step.startsWith(m_prefix) || m_held) {
                return;
            }
            m_held = true;  // only the worker touches it
            m_reached.store(true);
            m_release.acquire();
        };
    }
    bool reached() const { return m_reached.load(); }
    void release() { m_release.release(); }

private:
    QString m_prefix;
    bool m_held = false;
    std::atomic_bool m_reached{false};
    QSemaphore m_release;
};

// While the worker is held: counts the GUI timer's turns, waits for the dialog to show, runs
// `whileHeld` on it, then lets the worker go on.
class GuiTurns : public QObject {
public:
    GuiTurns(HeldStep& held, QWidget& window, std::function<void(TaskProgressDialog&)> whileHeld)
        : m_held(held), m_window(window), m_whileHeld(std::move(whileHeld)) {
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, &GuiTurns::turn);
        m_timer.start();
    }
    int turnsWhileHeld() const { return m_turns; }
    bool sawDialog() const { return !m_label.isEmpty(); }
    const QString& dialogLabel() const { return m_label; }

private:
    void turn() {
        if (m_done || !m_held.reached()) {
            return;
        }
        ++m_turns;
        if (!m_since.isValid()) {
            m_since.start();
        }
        TaskProgressDialog* dialog = visibleDialog();
        // Generous: the dialog shows after 0.3 s; a loaded machine may take longer.
        if ((dialog == nullptr || m_turns < 3) && m_since.elapsed() < 60000) {
            return;
        }
        if (dialog != nullptr) {
            m_label = dialog->stepText();
            m_whileHeld(*dialog);
        }
        m_done = true;
        m_timer.stop();
        m_held.release();
    }
    TaskProgressDialog* visibleDialog() const {
        for (TaskProgressDialog* dialog : m_window.findChildren<TaskProgressDialog*>()) {
            if (dialog->isVisible()) {
                return dialog;
            }
        }
        return nullptr;
    }

    HeldStep& m_held;
    QWidget& m_window;
    std::function<void(TaskProgressDialog&)> m_whileHeld;
    QTimer m_timer;
    QElapsedTimer m_since;
    int m_turns = 0;
    bool m_done = false;
    QString m_label;
};

class InterchangeBackgroundTest : public ::testing::Test {
protected:
    void SetUp() override { feedback.answer = true; }
    void TearDown() override { window.close(); }
    InterchangeMenu& menu() { return *window.findChild<InterchangeMenu*>(); }
    QString demoExport() {
        const QString json = folder.path(QStringLiteral("team.json"));
        interchange::exportWorkspace(
            *storage::Workspace::open(folder.demoWorkspace().toStdString()), json.toStdString());
        return json;
    }

    TempFolder folder;
    WorkspaceSession session;
    RecordingFeedback feedback;
    MainWindow window{session, feedback};
};

TEST_F(InterchangeBackgroundTest, TheWindowKeepsTurningWhileTheImportWrites) {
    const QString json = demoExport();
    ASSERT_TRUE(window.openWorkspace(folder.emptyWorkspace()));
    window.show();
    uitest::WarningCollector warnings;
    HeldStep held(QStringLiteral("Writing"));
    menu().setStepObserver(held.observer());
    bool cancelShown = false;
    GuiTurns turns(held, window, [&](TaskProgressDialog& dialog) {
        cancelShown = dialog.cancelButton() != nullptr && dialog.cancelButton()->isVisible();
        uitest::save(dialog, QStringLiteral("import-progress-light.png"));
    });

    ASSERT_TRUE(menu().importFile(json));
    EXPECT_GE(turns.turnsWhileHeld(), 3);
    ASSERT_TRUE(turns.sawDialog());
    EXPECT_TRUE(turns.dialogLabel().startsWith(QStringLiteral("Writing ")))
        << turns.dialogLabel().toStdString();
    EXPECT_TRUE(cancelShown);
    // The views reloaded after the worker let go, and nothing read the workspace meanwhile.
    EXPECT_EQ(session.catalog().people.list().size(), 12u);
    EXPECT_TRUE(warnings.messages().filter(QStringLiteral("worker")).isEmpty())
        << warnings.messages().join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(feedback.errors, QStringList{});
    auto* summary = window.findChild<QMessageBox*>(QStringLiteral("importSummary"));
    ASSERT_NE(summary, nullptr);
    uitest::save(*summary, QStringLiteral("import-summary.png"));
}

TEST_F(InterchangeBackgroundTest, TheProgressDialogInTheDarkPalette) {
    const QString json = demoExport();
    ASSERT_TRUE(window.openWorkspace(folder.emptyWorkspace()));
    const QPalette previous = QApplication::palette();
    const QString styleName = QApplication::style()->name();
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(uitest::darkPalette());
    window.show();
    HeldStep held(QStringLiteral("Writing battlecards"));
    menu().setStepObserver(held.observer());
    GuiTurns turns(held, window, [](TaskProgressDialog& dialog) {
        uitest::save(dialog, QStringLiteral("import-progress-dark.png"));
    });
    const bool imported = menu().importFile(json);
    QApplication::setStyle(QStyleFactory::create(styleName));
    QApplication::setPalette(previous);
    EXPECT_TRUE(imported);
    EXPECT_TRUE(turns.sawDialog());
}

TEST_F(InterchangeBackgroundTest, CancelDuringTheWriteChangesNothing) {
    const QString json = demoExport();
    const QString target = folder.emptyWorkspace();
    ASSERT_TRUE(window.openWorkspace(target));
    const std::string before = exportOf(target);
    window.show();
    // Held at the last step: every section is written inside the open transaction.
    HeldStep held(QStringLiteral("Saving"));
    menu().setStepObserver(held.observer());
    GuiTurns turns(held, window, [](TaskProgressDialog& dialog) {
        dialog.cancelButton()->click();
        // The dialog stays up, saying so, until the worker has stopped.
        EXPECT_TRUE(dialog.isVisible());
        EXPECT_EQ(dialog.stepText(), QStringLiteral("Cancelling\u2026"));
        EXPECT_FALSE(dialog.cancelButton()->isEnabled());
    });

    EXPECT_FALSE(menu().importFile(json));
    EXPECT_TRUE(turns.sawDialog());
    EXPECT_EQ(menu().lastSummary(), QStringLiteral("Import cancelled; nothing was changed."));
    EXPECT_EQ(feedback.errors, QStringList{});
    EXPECT_EQ(window.findChild<QMessageBox*>(QStringLiteral("importSummary")), nullptr);
    EXPECT_TRUE(session.catalog().people.list().empty());
    window.close();
    session.close();
    EXPECT_TRUE(exportOf(target) == before) << "the workspace changed";
}

TEST_F(InterchangeBackgroundTest, AnErrorOnTheWorkerIsShownAndChangesNothing) {
    const QString json = demoExport();
    const QString target = folder.emptyWorkspace();
    ASSERT_TRUE(window.openWorkspace(target));
    const std::string before = exportOf(target);
    // As if the disk failed half way through the write.
    menu().setStepObserver([](const QString& step) {
        if (step.startsWith(QStringLiteral("Writing battlecards"))) {
            throw storage::WorkspaceError(storage::WorkspaceErrorKind::Io,
                                          "Cannot write to the workspace: disk I/O error.");
        }
    });
    EXPECT_FALSE(menu().importFile(json));
    EXPECT_EQ(feedback.errors,
              QStringList{QStringLiteral("Cannot write to the workspace: disk I/O error.")});
    EXPECT_TRUE(session.catalog().people.list().empty());
    window.close();
    session.close();
    EXPECT_TRUE(exportOf(target) == before) << "the workspace changed";
}

TEST_F(InterchangeBackgroundTest, AFileThatCannotBeReadIsShownAsBefore) {
    ASSERT_TRUE(window.openWorkspace(folder.emptyWorkspace()));
    const QString missing = folder.path(QStringLiteral("gone.json"));
    EXPECT_FALSE(menu().importFile(missing));
    EXPECT_EQ(feedback.errors, QStringList{QStringLiteral("Cannot read \"%1\": No such file or "
                                                          "directory.")
                                               .arg(QFileInfo(missing).absoluteFilePath())});
    EXPECT_TRUE(feedback.questions.isEmpty());
}

TEST_F(InterchangeBackgroundTest, AnExportThatFailsOnTheWorkerIsShownAndKeepsTheOldFile) {
    ASSERT_TRUE(window.openWorkspace(folder.demoWorkspace()));
    // The target is a folder: the atomic write fails on the worker and says why.
    const QString path = folder.path(QStringLiteral("folder.json"));
    ASSERT_TRUE(QDir().mkpath(path));
    EXPECT_FALSE(menu().exportWorkspaceTo(path));
    ASSERT_EQ(feedback.errors.size(), 1);
    EXPECT_TRUE(feedback.errors[0].contains(QStringLiteral("folder.json")))
        << feedback.errors[0].toStdString();
    EXPECT_TRUE(QFileInfo(path).isDir());
}

TEST(WorkspaceSessionLendingTest, AReadOnTheGuiThreadWhileLentWaitsForTheWorker) {
    TempFolder folder;
    WorkspaceSession session;
    session.open(folder.emptyWorkspace());
    QWidget window;
    BackgroundTask task(QStringLiteral("Work"), QStringLiteral("Working"), false, &window);
    uitest::WarningCollector warnings;
    std::atomic_bool guiReads{false};
    std::atomic_bool workerDone{false};
    bool doneWhenTheReadReturned = false;
    QTimer reader;
    reader.setSingleShot(true);
    QObject::connect(&reader, &QTimer::timeout, &window, [&] {
        guiReads.store(true);
        (void)session.workspace();
        doneWhenTheReadReturned = workerDone.load();
    });
    reader.start(0);
    // The worker goes on using the connection a little after the GUI thread tried to read.
    session.runInBackground(task, [&](storage::Workspace& workspace) {
        while (!guiReads.load()) {
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        (void)workspace.schemaVersion();
        workerDone.store(true);
    });
    EXPECT_TRUE(doneWhenTheReadReturned);
    EXPECT_EQ(warnings.messages().filter(QStringLiteral("waiting for the worker")).size(), 1)
        << warnings.messages().join(QLatin1Char('\n')).toStdString();
}

TEST(BackgroundTaskTest, RunsTheWorkOnAnotherThreadAndRethrowsItsErrorHere) {
    QWidget window;
    BackgroundTask task(QStringLiteral("Work"), QStringLiteral("Working\u2026"), false, &window);
    std::thread::id workedOn;
    EXPECT_THROW(task.run([&workedOn] {
        workedOn = std::this_thread::get_id();
        throw std::runtime_error("disk full");
    }),
                 std::runtime_error);
    EXPECT_NE(workedOn, std::this_thread::get_id());
    EXPECT_FALSE(task.dialog()->isVisible());
}

TEST(BackgroundTaskTest, CancelAsksTheWorkToStopAndTheDialogWaitsForIt) {
    QWidget window;
    BackgroundTask task(QStringLiteral("Work"), QStringLiteral("Working\u2026"), true, &window, 0);
    bool stillShownAfterCancel = false;
    QTimer clicker;
    clicker.setInterval(5);
    QObject::connect(&clicker, &QTimer::timeout, &window, [&] {
        if (task.dialog()->isVisible() && task.dialog()->cancelButton()->isEnabled()) {
            task.dialog()->cancelButton()->click();
            stillShownAfterCancel = task.dialog()->isVisible();
        }
    });
    clicker.start();
    int steps = 0;
    task.run([&] {
        while (task.step(QStringLiteral("Step %1").arg(steps))) {
            ++steps;
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
    });
    EXPECT_TRUE(task.cancelRequested());
    EXPECT_TRUE(stillShownAfterCancel);
    EXPECT_FALSE(task.dialog()->isVisible());
}

}  // namespace
}  // namespace pmm::ui
