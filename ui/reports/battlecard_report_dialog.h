#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "reports/report_dialog.h"
#include "storage/battlecard_report.h"

class QComboBox;
class QMenu;

namespace pmm::ui {

class UserFeedback;
class WorkspaceSession;

// Reports ▸ Battlecards…: the sales PDF of one card, of a competitor's cards or of a
// segment's, previewed or exported through the same renderer as `report battlecards`.
// Internal-only lines never reach it. A choice without cards says so instead of printing.
class BattlecardReportDialog : public ReportDialog {
    Q_OBJECT

public:
    enum class Scope { Card, Competitor, Segment };

    BattlecardReportDialog(WorkspaceSession& session, UserFeedback& feedback,
                           QWidget* parent = nullptr);
    ~BattlecardReportDialog() override;

    Scope scope() const;
    void setScope(Scope scope);
    // Chooses a card, competitor or segment (switching the scope); false when it is unknown.
    bool selectCard(std::int64_t cardId);
    bool selectCompetitor(const QString& name);
    bool selectSegment(const QString& name);

    QComboBox* scopeBox() const { return m_scopes; }
    QComboBox* choiceBox() const { return m_choices; }
    // The chosen cards; nothing when the choice has none (any more).
    bool exportTo(const QString& path) override;
    QPrintPreviewDialog* createPreview() override;

private:
    void fillChoices();
    QString suggestedFileName() override;
    void updateState();
    bool selectChoice(Scope scope, const QVariant& value);
    std::optional<battlecards::SalesBattlecards> computeReport();

    QComboBox* m_scopes;
    QComboBox* m_choices;
    std::vector<battlecards::BattlecardRow> m_rows;
    std::optional<battlecards::SalesBattlecards> m_previewReport;
};

// Adds Battlecards… to the Reports menu, enabled while a workspace is open.
void addBattlecardReportActions(QMenu* menu, WorkspaceSession& session, UserFeedback& feedback,
                                QWidget* window);

// The battlecard editor's Export PDF…: the same dialog with one card chosen.
void openBattlecardReportForCard(WorkspaceSession& session, UserFeedback& feedback,
                                 std::int64_t cardId, QWidget* parent);

}  // namespace pmm::ui
