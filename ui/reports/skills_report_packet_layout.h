#pragma once

#include <QSizeF>
#include <QString>

#include "reports/report_document.h"
#include "reports/report_flow.h"
#include "storage/skills_report.h"
#include "team/level_ladder.h"

namespace pmm::ui {

class ReportStyle;

// Lays out one person's promotion packet for a review conversation (PRODUCT §6): who they
// are, their level and the next, ready or not; the gaps to close; every competency's
// next-level expectation with met / gap and the level demonstrated; then the evidence over
// time, per competency, with the work it links to.
class SkillsPacketLayout {
public:
    // `area`: the paint rect of one page in device units, footer included.
    SkillsPacketLayout(const team::PromotionPacket& packet, const ReportStyle& style, QSizeF area,
                       QString workspaceName);

    ReportDocument layout();

private:
    void masthead();
    void verdict();
    void gapsToClose();
    void expectations();
    // One competency's verdict and expectation on `flow` (the page, or a measuring flow).
    void expectationBlock(ReportFlow& flow, const team::CompetencyReadiness& item) const;
    QString standingLine(const team::CompetencyReadiness& item) const;
    void evidence();
    void evidenceTable(const team::PacketCompetencyEvidence& competency);

    const team::PromotionPacket& m_packet;
    const ReportStyle& m_style;
    ReportFlow m_flow;
    QString m_workspaceName;
    team::LevelLadder m_ladder;
};

}  // namespace pmm::ui
