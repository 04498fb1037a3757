#pragma once

#include <QDialog>
#include <QString>

class QLabel;
class QProgressBar;
class QPushButton;

namespace pmm::ui {

// The window-modal dialog of a long task running on a worker thread (see BackgroundTask): what
// the task does, the step it is at, a bar, and Cancel when the task can stop. Cancel, Escape and
// closing the dialog only ask the task to stop: the dialog stays up, saying so, until the task has
// returned, so the window stays blocked while the worker still uses the workspace.
class TaskProgressDialog : public QDialog {
    Q_OBJECT

public:
    // `heading` says what the task does ("Importing team.json"); `cancellable` false shows
    // no Cancel button.
    TaskProgressDialog(const QString& title, const QString& heading, bool cancellable,
                       QWidget* parent);

    // The line under the heading ("Writing launches…").
    void setStepText(const QString& text);
    QString stepText() const;
    // Moves the bar to `step` of `steps` (0 steps: a busy bar).
    void setProgress(int step, int steps);
    bool wasCancelled() const { return m_cancelled; }
    QPushButton* cancelButton() const { return m_cancel; }

    // Ends the dialog once the task has returned.
    void finish();

    void reject() override;

Q_SIGNALS:
    // The user asked the task to stop (once).
    void cancelRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void requestCancel();

    QLabel* m_heading;
    QLabel* m_step;
    QProgressBar* m_bar;
    QPushButton* m_cancel = nullptr;
    bool m_cancelled = false;
    bool m_finished = false;
};

}  // namespace pmm::ui
