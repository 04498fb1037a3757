#pragma once

#include <QString>

class QWidget;

namespace pmm::ui {

// How the UI tells the user something or asks a question. The app shows message boxes;
// tests replace it to capture messages and answer questions without blocking.
class UserFeedback {
public:
    virtual ~UserFeedback() = default;
    // A problem, as one or more complete sentences (plain text, never rich text).
    virtual void showError(QWidget* parent, const QString& title, const QString& message) = 0;
    // A question with one way forward; true when the user chose `acceptText`.
    virtual bool ask(QWidget* parent, const QString& title, const QString& message,
                     const QString& acceptText) = 0;
};

// Message boxes parented to the window. Errors are window-modal but do not block the
// caller (QMessageBox::open); questions wait for the answer.
class MessageBoxFeedback final : public UserFeedback {
public:
    void showError(QWidget* parent, const QString& title, const QString& message) override;
    bool ask(QWidget* parent, const QString& title, const QString& message,
             const QString& acceptText) override;
};

}  // namespace pmm::ui
