#pragma once

#include <QDialog>
#include <QVariant>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include "catalog/catalog_types.h"
#include "storage/change.h"
#include "team/competency.h"

class QLabel;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace pmm::ui {

class EditSkillsFrameworkCommand;
class WorkspaceSession;

// Settings ▸ Skills framework…: the level names in rank order, the competencies with their
// description and whether promotion waits on them, and the expectation text of the selected
// competency at every level. Every edit of a cell is one undoable command (Undo and Redo
// are in the dialog too); a refused edit is explained and the cell shows the stored value
// again.
class SkillsFrameworkDialog : public QDialog {
    Q_OBJECT

public:
    enum CompetencyColumn { NameColumn, RequiredColumn, DescriptionColumn };
    enum ExpectationColumn { LevelColumn, TextColumn };

    explicit SkillsFrameworkDialog(WorkspaceSession& session, QWidget* parent = nullptr);

    QTableWidget* levelTable() const { return m_levels; }
    QTableWidget* competencyTable() const { return m_competencies; }
    QTableWidget* expectationTable() const { return m_expectations; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* removeButton() const { return m_remove; }
    // Selects competency row `row`, showing its expectations.
    void selectCompetency(int row);
    std::optional<std::int64_t> selectedCompetency() const;

    // Adds a competency named `name` at the end (one undoable command); returns whether it was.
    bool addCompetency(const QString& name);
    // Removes the selected competency (undoable); core refuses while it is assessed.
    void removeSelectedCompetency();

private:
    QWidget* createLevels();
    QWidget* createCompetencies();
    QWidget* createExpectations();
    QWidget* createUndoButtons();
    void reload();
    void scheduleReload();
    void fillLevels();
    void fillCompetencies();
    void fillExpectations();
    void onLevelEdited(QTableWidgetItem* item);
    void onCompetencyEdited(QTableWidgetItem* item);
    void onExpectationEdited(QTableWidgetItem* item);
    void run(std::unique_ptr<EditSkillsFrameworkCommand> command);
    void onChanged(const storage::Change& change);
    void updateRemoveButton();

    WorkspaceSession& m_session;
    std::vector<catalog::Level> m_levelList;
    std::vector<team::Competency> m_competencyList;
    bool m_reloadPending = false;

    QTableWidget* m_levels = nullptr;
    QTableWidget* m_competencies = nullptr;
    QTableWidget* m_expectations = nullptr;
    QLabel* m_expectationTitle = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
};

}  // namespace pmm::ui
