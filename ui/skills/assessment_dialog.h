#pragma once

#include <QDialog>

#include <cstdint>
#include <map>
#include <optional>
#include <string>

#include "catalog/catalog_types.h"
#include "team/assessment.h"
#include "team/competency.h"
#include "team/level_ladder.h"

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace pmm::ui {

class EvidenceSuggestionBox;
class ProblemLabel;
class WorkspaceSession;

// Assess one person in one competency. While rating, the dialog shows what the competency
// expects at the person's level and at the next one; the assessor picks the demonstrated
// level, the self and manager ratings, writes the evidence and attaches, with one click each,
// what the workspace already holds (launches owned, cards kept current). Save is one undoable
// command; it stays disabled, with the reason shown, until the assessment is complete.
class AssessmentDialog : public QDialog {
    Q_OBJECT

public:
    AssessmentDialog(WorkspaceSession& session, std::int64_t personId, std::int64_t competencyId,
                     QWidget* parent = nullptr);

    // Whether the person and the competency were found (else the dialog shows nothing).
    bool isValid() const { return m_person.has_value() && m_competency.has_value(); }
    // Why Save is disabled, or empty when the assessment can be saved.
    QString problem() const;
    // The assessment as the form describes it now.
    team::Assessment assessment() const;

    QLabel* currentExpectation() const { return m_currentExpectation; }
    QLabel* nextExpectation() const { return m_nextExpectation; }
    QDateEdit* dateEdit() const { return m_date; }
    QComboBox* demonstratedBox() const { return m_demonstrated; }
    QComboBox* selfBox() const { return m_self; }
    QComboBox* managerBox() const { return m_manager; }
    QComboBox* assessorBox() const { return m_assessor; }
    QPlainTextEdit* evidenceEdit() const { return m_evidence; }
    EvidenceSuggestionBox* suggestions() const { return m_suggestions; }
    ProblemLabel* problemLabel() const { return m_problem; }
    QPushButton* saveButton() const;

public Q_SLOTS:
    void accept() override;

private:
    void load(std::int64_t personId, std::int64_t competencyId);
    QWidget* createExpectations();
    QWidget* createForm();
    void fillLevels(QComboBox* box, bool optional);
    void fillAssessors();
    void startPeriod();
    void updateState();

    WorkspaceSession& m_session;
    std::optional<catalog::Person> m_person;
    std::optional<team::Competency> m_competency;
    team::LevelLadder m_levels;
    std::map<int, std::string> m_expectations;

    QLabel* m_currentExpectation = nullptr;
    QLabel* m_nextExpectation = nullptr;
    QDateEdit* m_date = nullptr;
    QComboBox* m_demonstrated = nullptr;
    QComboBox* m_self = nullptr;
    QComboBox* m_manager = nullptr;
    QComboBox* m_assessor = nullptr;
    QPlainTextEdit* m_evidence = nullptr;
    EvidenceSuggestionBox* m_suggestions = nullptr;
    ProblemLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

}  // namespace pmm::ui
