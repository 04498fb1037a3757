#include "common/user_feedback.h"

#include <QMessageBox>
#include <QPushButton>

namespace pmm::ui {

void MessageBoxFeedback::showError(QWidget* parent, const QString& title, const QString& message) {
    auto* box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, parent);
    box->setTextFormat(Qt::PlainText);  // file names and user text stay text
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

bool MessageBoxFeedback::ask(QWidget* parent, const QString& title, const QString& message,
                             const QString& acceptText) {
    QMessageBox box(QMessageBox::Question, title, message, QMessageBox::Cancel, parent);
    box.setTextFormat(Qt::PlainText);
    QPushButton* accept = box.addButton(acceptText, QMessageBox::AcceptRole);
    box.setDefaultButton(accept);
    box.exec();
    return box.clickedButton() == accept;
}

}  // namespace pmm::ui
