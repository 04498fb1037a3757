#pragma once

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>

class QThread;
class QWidget;

namespace pmm::ui {

class TaskProgressDialog;

// Runs one long piece of work (an import, an export) on a worker thread while the GUI thread
// keeps turning its event loop: the window repaints and a window-modal TaskProgressDialog
// shows each step and, when the work can stop, a Cancel button. run() returns only when the
// work has returned, like QDialog::exec(), and rethrows its exception on the GUI thread, so
// callers report errors exactly as if the work had run there.
//
// The work must not touch widgets; it reports through step(), which is thread-safe.
class BackgroundTask : public QObject {
    Q_OBJECT

public:
    // The dialog, titled `title` and saying what the work does (`heading`), appears only when the
    // work lasts longer than `showAfterMs` (no flash for a small file); input to the window is held
    // back from the start.
    BackgroundTask(const QString& title, const QString& heading, bool cancellable, QWidget* parent,
                   int showAfterMs = 300);
    ~BackgroundTask() override;
    BackgroundTask(const BackgroundTask&) = delete;
    BackgroundTask& operator=(const BackgroundTask&) = delete;

    // Runs `work` on a new thread and returns when it has finished. Precondition: not running.
    void run(const std::function<void()>& work);

    // Thread-safe, for the work between its steps: shows the step `label` (and, with `steps` > 0,
    // the bar at `step` of `steps`); returns false once the user asked to cancel.
    bool step(const QString& label, int step = 0, int steps = 0);
    // Thread-safe: whether the user pressed Cancel.
    bool cancelRequested() const { return m_cancelRequested.load(); }
    // Called on the GUI thread while run() is in progress: blocks until the work has
    // returned (a reader that must not share the worker's database connection waits).
    void waitUntilFinished();

    TaskProgressDialog* dialog() const { return m_dialog; }

private:
    TaskProgressDialog* m_dialog;
    int m_showAfterMs;
    QThread* m_thread = nullptr;
    std::atomic_bool m_cancelRequested{false};
};

}  // namespace pmm::ui
