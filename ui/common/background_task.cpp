#include "common/background_task.h"

#include <QEventLoop>
#include <QThread>
#include <QTimer>

#include <exception>
#include <memory>

#include "common/task_progress_dialog.h"

namespace pmm::ui {

BackgroundTask::BackgroundTask(const QString& title, const QString& heading, bool cancellable,
                               QWidget* parent, int showAfterMs)
    : m_dialog(new TaskProgressDialog(title, heading, cancellable, parent)),
      m_showAfterMs(showAfterMs) {
    connect(m_dialog, &TaskProgressDialog::cancelRequested, this,
            [this] { m_cancelRequested.store(true); });
}

BackgroundTask::~BackgroundTask() {
    delete m_dialog;
}

void BackgroundTask::run(const std::function<void()>& work) {
    Q_ASSERT(m_thread == nullptr);
    std::exception_ptr failure;
    const std::unique_ptr<QThread> thread(QThread::create([&work, &failure] {
        try {
            work();
        } catch (...) {
            failure = std::current_exception();
        }
    }));
    QEventLoop loop;
    bool finished = false;
    // Queued: `finished` is emitted on the worker; this runs here, inside loop.exec().
    connect(thread.get(), &QThread::finished, &loop, [&finished, &loop] {
        finished = true;
        loop.quit();
    });
    QTimer reveal;
    reveal.setSingleShot(true);
    connect(&reveal, &QTimer::timeout, &loop, &QEventLoop::quit);
    m_thread = thread.get();
    thread->start();
    reveal.start(m_showAfterMs);
    // Until the dialog shows, input waits in the queue (the window must not act on a
    // workspace the worker is using); repaints and timers go on. Once the window-modal
    // dialog is up, it blocks the window and takes Cancel.
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!finished) {
        m_dialog->show();
        loop.exec();
    }
    thread->wait();
    m_thread = nullptr;
    m_dialog->finish();
    if (failure) {
        std::rethrow_exception(failure);
    }
}

bool BackgroundTask::step(const QString& label, int step, int steps) {
    QMetaObject::invokeMethod(
        m_dialog,
        [dialog = m_dialog, label, step, steps] {
            dialog->setStepText(label);
            dialog->setProgress(step, steps);
        },
        Qt::QueuedConnection);
    return !m_cancelRequested.load();
}

void BackgroundTask::waitUntilFinished() {
    if (m_thread != nullptr) {
        m_thread->wait();
    }
}

}  // namespace pmm::ui
