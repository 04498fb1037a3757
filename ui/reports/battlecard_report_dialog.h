#pragma once

#include <QDialog>
#include <QPageSize>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>

#include "storage/battlecard_report.h"

class QComboBox;
class QLabel;
class QMenu;
class QPrinter;
class QPrintPreviewDialog;
class QPushButton;
class QWidget;

namespace pmm::ui {

class UserFeedback;
class WorkspaceSession;

// Reports ▸ Battlecards…: the sales PDF of one card, of a competitor's cards or of a
// segment's, previewed or exported through the same renderer as `report battlecards`.
// Internal-only lines never reach it. A choice without cards says so instead of printing.
class BattlecardReportDialog : public QDialog {
    Q_OBJECT

public:
    enum class Scope { Card, Competitor, Segment };
    // Asks where to save; an empty string cancels. Tests replace the file dialog.
    using SaveFileChooser = std::function<QString(QWidget* parent, const QString& suggested)>;

    BattlecardReportDialog(WorkspaceSession& session, UserFeedback& feedback,
                           QWidget* parent = nullptr);
    ~BattlecardReportDialog() override;

    Scope scope() const;
    void setScope(Scope scope);
    // Chooses a card, competitor or segment (switching the scope); false when it is unknown.
    bool selectCard(std::int64_t cardId);
    bool selectCompetitor(const QString& name);
    bool selectSegment(const QString& name);
    QPageSize::PageSizeId selectedPageSize() const;
    void selectPageSize(QPageSize::PageSizeId size);

    QComboBox* scopeBox() const { return m_scopes; }
    QComboBox* choiceBox() const { return m_choices; }
    QPushButton* previewButton() const { return m_preview; }
    QPushButton* exportButton() const { return m_export; }
    // Says why there is nothing to print, or where the last export went.
    QLabel* messageLabel() const { return m_message; }

    void setSaveFileChooser(SaveFileChooser chooser) { m_chooseFile = std::move(chooser); }
    // Export PDF…: asks for a file, then exportTo().
    void exportPdf();
    // Writes the chosen cards to `path` atomically; problems are reported through the
    // feedback. Returns whether the file was written.
    bool exportTo(const QString& path);
    // Print preview… through the same renderer: a QPrintPreviewDialog, not yet shown, that
    // deletes itself on close. Nothing (and a message) when there is nothing to print.
    QPrintPreviewDialog* createPreview();

private:
    void fillChoices();
    void updateState();
    void showPreview();
    bool selectChoice(Scope scope, const QVariant& value);
    std::optional<battlecards::SalesBattlecards> computeReport();

    WorkspaceSession& m_session;
    UserFeedback& m_feedback;
    QComboBox* m_scopes;
    QComboBox* m_choices;
    QComboBox* m_pageSizes;
    QLabel* m_message = nullptr;
    QPushButton* m_preview = nullptr;
    QPushButton* m_export = nullptr;
    SaveFileChooser m_chooseFile;
    std::vector<battlecards::BattlecardRow> m_rows;
    std::unique_ptr<QPrinter> m_printer;
    std::optional<battlecards::SalesBattlecards> m_previewReport;
};

// Adds Battlecards… to the Reports menu, enabled while a workspace is open.
void addBattlecardReportActions(QMenu* menu, WorkspaceSession& session, UserFeedback& feedback,
                                QWidget* window);

// The battlecard editor's Export PDF…: the same dialog with one card chosen.
void openBattlecardReportForCard(WorkspaceSession& session, UserFeedback& feedback,
                                 std::int64_t cardId, QWidget* parent);

}  // namespace pmm::ui
