#pragma once

#include <QVariant>
#include <QWidget>

#include <array>
#include <cstdint>
#include <optional>

#include "launches/launch.h"
#include "launches/launch_field.h"
#include "storage/change.h"

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QStackedWidget;

namespace pmm::ui {

class CriterionScoreEditor;
class LaunchChecklistBox;
class LaunchTierBox;
class ProblemLabel;
class UserFeedback;
class WorkspaceSession;

// Everything about one launch, editable: each edit is one undoable command, checked by core
// first so a refusal is shown next to the control (the status gate beside the status) and
// nothing is written. Follows change notifications for its launch.
class LaunchDetailPane : public QWidget {
    Q_OBJECT

public:
    LaunchDetailPane(WorkspaceSession& session, UserFeedback& feedback, QWidget* parent = nullptr);

    // Shows launch `id` (0: none).
    void setLaunch(std::int64_t id);
    std::int64_t launchId() const { return m_launch ? m_launch->id : 0; }
    const std::optional<launches::Launch>& launch() const { return m_launch; }

    // Applies `value` to `field` of the shown launch through an undoable command, unless core
    // refuses; then its sentence is shown inline. Returns whether the launch changed.
    bool commit(LaunchField field, const QVariant& value);

    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* productBox() const { return m_product; }
    QLineEdit* quarterEdit() const { return m_quarter; }
    QLineEdit* targetDateEdit() const { return m_targetDate; }
    QComboBox* ownerBox() const { return m_owner; }
    QComboBox* statusBox() const { return m_status; }
    ProblemLabel* statusProblem() const { return m_statusProblem; }
    ProblemLabel* basicsProblem() const { return m_basicsProblem; }
    ProblemLabel* frameProblem() const { return m_frameProblem; }
    QLineEdit* outcomeEdit() const { return m_outcome; }
    QLineEdit* metricEdit() const { return m_metric; }
    QLabel* frameNote() const { return m_frameNote; }
    CriterionScoreEditor* criterionEditor(int index) const {
        return m_criteria[static_cast<std::size_t>(index)];
    }
    LaunchTierBox* tierBox() const { return m_tierBox; }
    LaunchChecklistBox* checklistBox() const { return m_checklistBox; }

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void arrange(int columns);
    QWidget* buildBasics();
    QWidget* buildFrame();
    QWidget* buildCriteria();
    void connectEdit(QLineEdit* edit, LaunchField field);
    void reload(bool withChoices);
    void fillChoices();
    void showLaunch();
    void onChanged(const storage::Change& change);
    ProblemLabel* problemLabelFor(LaunchField field) const;
    void clearProblems();

    WorkspaceSession& m_session;
    std::optional<launches::Launch> m_launch;
    std::int64_t m_requestedId = 0;
    bool m_loading = false;

    QStackedWidget* m_stack;
    QGridLayout* m_grid = nullptr;
    int m_columns = 0;
    QWidget* m_basicsBox = nullptr;
    QWidget* m_criteriaBox = nullptr;
    QWidget* m_frameBox = nullptr;
    QLabel* m_title;
    QLineEdit* m_name;
    QComboBox* m_product;
    QLineEdit* m_quarter;
    QLineEdit* m_targetDate;
    QComboBox* m_owner;
    QComboBox* m_status;
    QCheckBox* m_pivot;
    ProblemLabel* m_basicsProblem;
    ProblemLabel* m_statusProblem;
    QLineEdit* m_outcome;
    QLineEdit* m_metric;
    QLineEdit* m_baseline;
    QLineEdit* m_target;
    QLineEdit* m_reviewDate;
    QLineEdit* m_actual;
    QLabel* m_frameNote;
    ProblemLabel* m_frameProblem;
    std::array<CriterionScoreEditor*, 3> m_criteria{};
    ProblemLabel* m_criteriaProblem;
    LaunchTierBox* m_tierBox;
    LaunchChecklistBox* m_checklistBox;
};

}  // namespace pmm::ui
