#pragma once

#include <QWidget>

#include <cstdint>
#include <optional>

#include "storage/change.h"
#include "team/level_ladder.h"
#include "team/promotion_readiness.h"
#include "team/rating_history.h"

class QLabel;
class QStackedWidget;
class QTabWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace pmm::ui {

class SkillsRadarChart;
class WorkspaceSession;

// One person's growth path: where they are and what the next level asks, competency by
// competency (met or gap, from core's promotion readiness: no rule is decided here), whether
// they are ready for promotion or which gaps stand in the way, a radar chart of their
// competencies against the next level, and the timeline of their assessments with evidence.
class GrowthPathPane : public QWidget {
    Q_OBJECT

public:
    // The columns of the next-level table and the timeline.
    enum ExpectationColumn { CompetencyColumn, DemonstratedColumn, VerdictColumn, RequiredColumn };
    enum TimelineColumn {
        DateColumn,
        TimelineCompetency,
        LevelColumn,
        AssessorColumn,
        EvidenceColumn
    };

    explicit GrowthPathPane(WorkspaceSession& session, QWidget* parent = nullptr);

    void setPerson(const std::optional<std::int64_t>& personId);
    const std::optional<std::int64_t>& person() const { return m_person; }
    const std::optional<team::PromotionReadiness>& readiness() const { return m_readiness; }

    QLabel* headline() const { return m_headline; }
    QLabel* verdictLabel() const { return m_verdict; }
    QLabel* summaryLabel() const { return m_summary; }
    QLabel* gapsLabel() const { return m_gaps; }
    QTreeWidget* expectationTable() const { return m_expectations; }
    QLabel* expectationText() const { return m_expectationText; }
    QTreeWidget* timeline() const { return m_timeline; }
    SkillsRadarChart* radarChart() const { return m_radar; }
    QTabWidget* tabs() const { return m_tabs; }

Q_SIGNALS:
    // Double-click or Enter on a competency: assess the person in it.
    void assessRequested(std::int64_t personId, std::int64_t competencyId);

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* createNextLevelTab();
    QWidget* createTimelineTab();
    void refresh();
    void showReadiness();
    void showVerdict();
    void fillExpectations();
    void fillTimeline(const std::vector<team::CompetencyHistory>& history);
    void fillRadar(const std::vector<team::CompetencyHistory>& history);
    void showExpectationOf(QTreeWidgetItem* item);
    void onChanged(const storage::Change& change);

    WorkspaceSession& m_session;
    std::optional<std::int64_t> m_person;
    std::optional<team::PromotionReadiness> m_readiness;
    team::LevelLadder m_levels;

    QStackedWidget* m_stack;
    QLabel* m_placeholder;
    QLabel* m_headline;
    QLabel* m_levelLine;
    QLabel* m_verdict;
    QLabel* m_summary;
    QLabel* m_gaps;
    QTabWidget* m_tabs;
    QTreeWidget* m_expectations;
    QLabel* m_expectationText;
    SkillsRadarChart* m_radar;
    QTreeWidget* m_timeline;
};

}  // namespace pmm::ui
