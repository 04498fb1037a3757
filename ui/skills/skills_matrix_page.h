#pragma once

#include <QWidget>

#include <cstdint>
#include <optional>

class QComboBox;
class QLineEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace pmm::ui {

class AssessmentDialog;
class EmptyState;
class GrowthPathPane;
class SkillGridFilterProxy;
class SkillGridModel;
class WorkspaceSession;

// The Team section's skills matrix: the people x competencies grid with its legend and
// filters, and below it the growth path of the person selected. Enter or a double-click on a
// cell assesses that person in that competency.
class SkillsMatrixPage : public QWidget {
    Q_OBJECT

public:
    explicit SkillsMatrixPage(WorkspaceSession& session, QWidget* parent = nullptr);

    // Opens the assessment dialog (not modal; returned for tests). Nothing when either is gone.
    AssessmentDialog* assess(std::int64_t personId, std::int64_t competencyId);
    // Selects the person's row (and the first competency cell); false when not shown.
    bool showPerson(std::int64_t personId);
    void focusFilter();

    SkillGridModel* model() const { return m_model; }
    SkillGridFilterProxy* proxy() const { return m_proxy; }
    QTableView* grid() const { return m_grid; }
    GrowthPathPane* growthPath() const { return m_growth; }
    EmptyState* emptyState() const { return m_empty; }
    QLineEdit* nameFilter() const { return m_nameFilter; }
    QComboBox* levelFilter() const { return m_levelFilter; }
    QPushButton* assessButton() const { return m_assessButton; }
    bool showsGrid() const;

Q_SIGNALS:
    // The empty state's action when the framework has no competencies.
    void frameworkEditorRequested();
    // The empty state's action when there are no people.
    void peopleRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* createToolbar();
    void onReloaded();
    void fillLevelFilter();
    void onCurrentChanged();
    void assessCurrent();
    void updateAssessButton();
    std::optional<std::int64_t> currentPerson() const;

    WorkspaceSession& m_session;
    SkillGridModel* m_model;
    SkillGridFilterProxy* m_proxy;
    QLineEdit* m_nameFilter = nullptr;
    QComboBox* m_levelFilter = nullptr;
    QPushButton* m_assessButton = nullptr;
    QStackedWidget* m_stack;
    EmptyState* m_empty;
    QSplitter* m_splitter;
    QTableView* m_grid;
    GrowthPathPane* m_growth;
    std::optional<std::int64_t> m_keptPerson;
    int m_keptColumn = 0;
};

}  // namespace pmm::ui
