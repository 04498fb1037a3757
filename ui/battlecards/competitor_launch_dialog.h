#pragma once

#include <QDialog>

#include "battlecards/competitor_launch.h"

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QStackedWidget;

namespace pmm::ui {

class WorkspaceSession;

// Competitor launch…: logs what a competitor shipped (competitor, date, what, impact) as an
// undoable LogCompetitorLaunchCommand, then shows which battlecards it flagged "refresh
// required" so their owners can be told.
class CompetitorLaunchDialog : public QDialog {
    Q_OBJECT

public:
    explicit CompetitorLaunchDialog(WorkspaceSession& session, QWidget* parent = nullptr);

    QComboBox* competitorBox() const { return m_competitor; }
    QDateEdit* dateEdit() const { return m_date; }
    QLineEdit* whatEdit() const { return m_what; }
    QPlainTextEdit* impactEdit() const { return m_impact; }
    QListWidget* flaggedList() const { return m_flagged; }
    QLabel* resultLabel() const { return m_result; }

    // Logs the launch and shows the result page; returns whether it was logged.
    bool logLaunch();
    bool isLogged() const { return m_logged.launch.id != 0; }
    const battlecards::LoggedCompetitorLaunch& logged() const { return m_logged; }

private:
    QWidget* createForm();
    QWidget* createResult();
    void showResult();
    void updateButtons();

    WorkspaceSession& m_session;
    QStackedWidget* m_pages;
    QComboBox* m_competitor = nullptr;
    QDateEdit* m_date = nullptr;
    QLineEdit* m_what = nullptr;
    QPlainTextEdit* m_impact = nullptr;
    QLabel* m_result = nullptr;
    QListWidget* m_flagged = nullptr;
    QDialogButtonBox* m_buttons;
    battlecards::LoggedCompetitorLaunch m_logged;
};

}  // namespace pmm::ui
