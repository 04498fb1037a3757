#pragma once

#include <QDialog>

#include <memory>

#include "positioning/deal_import_plan.h"
#include "positioning/deal_import_preview.h"

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTableWidget;

namespace pmm::ui {

class DealImportMappingForm;
class DealImportPlanner;
class WorkspaceSession;

// File ▸ Import win/loss CSV…: the command line's import-deals with a face. Shows the
// separator found, a column-mapping form preset from the guess, the first rows as they would
// be stored, every problem by line, and the competitors the workspace does not know (with an
// offer to create them). Remapping re-plans in the background. Import is enabled only when
// every row is valid; it runs in one transaction as an undoable command.
class DealImportDialog : public QDialog {
    Q_OBJECT

public:
    static constexpr int kPreviewRows = 20;

    explicit DealImportDialog(WorkspaceSession& session, QWidget* parent = nullptr);
    ~DealImportDialog() override;

    // Reads `path` and starts planning it; false (with the reason reported) when it cannot
    // be read.
    bool loadFile(const QString& path);
    // Runs the event loop until the newest plan is shown (tests, screenshots).
    bool waitForPlan(int timeoutMs = 60000);
    // What the Import button does; returns whether the deals were imported.
    bool importDeals();

    const positioning::DealImportPlan* plan() const { return m_plan.get(); }
    bool isImported() const { return m_imported; }
    DealImportMappingForm* mappingForm() const { return m_mapping; }
    QComboBox* mappingBox(positioning::DealField field) const;
    QLabel* fileLabel() const { return m_fileLabel; }
    QTableWidget* previewTable() const { return m_preview; }
    QTableView* problemView() const { return m_problemView; }
    DealProblemModel* problemModel() const { return m_problems; }
    QLabel* problemCountLabel() const { return m_problemCount; }
    QCheckBox* createCompetitorsBox() const { return m_createCompetitors; }
    QLabel* statusLabel() const { return m_status; }
    QPushButton* importButton() const;

private:
    QWidget* createColumns();
    QWidget* createPreview();
    QWidget* createProblems();
    QWidget* createCompetitors();
    QWidget* createStatus();
    void replan();
    void setBusy(bool busy);
    void showPlan(std::shared_ptr<const positioning::DealImportPlan> plan);
    void showFileFacts();
    void showProblems();
    void showCompetitors();
    void showStatus();
    void showImported(const QString& summary);
    void updateButtons();
    positioning::DealImportOptions options() const;

    WorkspaceSession& m_session;
    DealImportPlanner* m_planner;
    DealNames m_names;
    QString m_fileName;
    std::shared_ptr<const positioning::DealImportPlan> m_plan;
    bool m_busy = false;
    bool m_imported = false;

    QLabel* m_fileLabel = nullptr;
    DealImportMappingForm* m_mapping = nullptr;
    QTableWidget* m_preview = nullptr;
    QGroupBox* m_previewBox = nullptr;
    QGroupBox* m_problemBox = nullptr;
    DealProblemModel* m_problems = nullptr;
    QTableView* m_problemView = nullptr;
    QLabel* m_problemCount = nullptr;
    QWidget* m_competitorRow = nullptr;
    QCheckBox* m_createCompetitors = nullptr;
    QLabel* m_competitorNames = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QDialogButtonBox* m_buttons;
};

}  // namespace pmm::ui
