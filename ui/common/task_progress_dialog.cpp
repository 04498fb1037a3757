#include "common/task_progress_dialog.h"

#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace pmm::ui {

TaskProgressDialog::TaskProgressDialog(const QString& title, const QString& heading,
                                       bool cancellable, QWidget* parent)
    : QDialog(parent),
      m_heading(new QLabel(heading, this)),
      m_step(new QLabel(this)),
      m_bar(new QProgressBar(this)) {
    setObjectName(QStringLiteral("taskProgress"));
    setWindowTitle(title);
    setWindowModality(Qt::WindowModal);
    // No close button in the title bar: the task decides when the dialog ends.
    setWindowFlag(Qt::WindowCloseButtonHint, false);
    m_heading->setObjectName(QStringLiteral("taskHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_heading->setMinimumWidth(m_heading->fontMetrics().averageCharWidth() * 56);
    m_step->setObjectName(QStringLiteral("taskStep"));
    m_step->setTextFormat(Qt::PlainText);
    m_step->hide();
    m_bar->setRange(0, 0);
    m_bar->setTextVisible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_step);
    layout->addWidget(m_bar);
    if (cancellable) {
        auto* buttons = new QDialogButtonBox(this);
        m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
        m_cancel->setObjectName(QStringLiteral("taskCancel"));
        connect(m_cancel, &QPushButton::clicked, this, &TaskProgressDialog::requestCancel);
        layout->addWidget(buttons);
    }
    layout->setSizeConstraint(QLayout::SetFixedSize);
}

void TaskProgressDialog::setStepText(const QString& text) {
    if (!m_cancelled) {
        m_step->setText(text);
        m_step->setVisible(!text.isEmpty());
    }
}

QString TaskProgressDialog::stepText() const {
    return m_step->text();
}

void TaskProgressDialog::setProgress(int step, int steps) {
    m_bar->setRange(0, steps);
    m_bar->setValue(std::min(step, steps));
}

void TaskProgressDialog::finish() {
    m_finished = true;
    done(QDialog::Accepted);
}

void TaskProgressDialog::reject() {
    requestCancel();
}

void TaskProgressDialog::closeEvent(QCloseEvent* event) {
    if (m_finished) {
        QDialog::closeEvent(event);
        return;
    }
    event->ignore();
    requestCancel();
}

void TaskProgressDialog::requestCancel() {
    if (m_cancel == nullptr || m_cancelled) {
        return;
    }
    m_step->setText(tr("Cancelling\u2026"));
    m_step->show();
    m_cancel->setEnabled(false);
    m_cancelled = true;
    Q_EMIT cancelRequested();
}

}  // namespace pmm::ui
