#pragma once

#include <QDialog>
#include <QStringList>

#include "positioning/deal.h"

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace pmm::ui {

class WorkspaceSession;

// Add win/loss record…: one closed deal typed in (date, deal id and name, segment,
// competitor, product, outcome, ARR, reason, the angle used, notes). Problems are listed as
// they are typed, each naming its field; Save stays disabled until there are none. Saving
// is an undoable AddDealCommand.
class DealDialog : public QDialog {
    Q_OBJECT

public:
    explicit DealDialog(WorkspaceSession& session, QWidget* parent = nullptr);

    // The deal the form describes now, and what is wrong with it (empty when it can be saved).
    positioning::Deal deal() const;
    QStringList problems() const;
    // Saves through the undo stack and closes; returns whether it was saved.
    bool save();
    const positioning::Deal& saved() const { return m_saved; }

    QDateEdit* dateEdit() const { return m_date; }
    QLineEdit* dealIdEdit() const { return m_dealRef; }
    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* segmentBox() const { return m_segment; }
    QComboBox* competitorBox() const { return m_competitor; }
    QComboBox* productBox() const { return m_product; }
    QComboBox* outcomeBox() const { return m_outcome; }
    QLineEdit* arrEdit() const { return m_arr; }
    QLineEdit* reasonEdit() const { return m_reason; }
    QComboBox* angleBox() const { return m_angle; }
    QPlainTextEdit* notesEdit() const { return m_notes; }
    QLabel* problemLabel() const { return m_problems; }
    QPushButton* saveButton() const;

private:
    void createFields();
    void fillChoices();
    void fillAngles();
    void validate();
    QString competitorName() const;

    WorkspaceSession& m_session;
    QDateEdit* m_date = nullptr;
    QLineEdit* m_dealRef = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_segment = nullptr;
    QComboBox* m_competitor = nullptr;
    QComboBox* m_product = nullptr;
    QComboBox* m_outcome = nullptr;
    QLineEdit* m_arr = nullptr;
    QLineEdit* m_reason = nullptr;
    QComboBox* m_angle = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QLabel* m_problems = nullptr;
    QDialogButtonBox* m_buttons;
    positioning::Deal m_saved;
};

}  // namespace pmm::ui
