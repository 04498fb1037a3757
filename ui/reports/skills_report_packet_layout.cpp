#include "reports/skills_report_packet_layout.h"

#include <algorithm>

#include "reports/report_table.h"
#include "reports/report_text.h"
#include "reports/skills_report_common.h"

namespace pmm::ui {

namespace {

namespace colors = report_colors;
using team::CompetencyReadiness;
using team::ReadinessVerdict;

// A small coloured label ending at `right`, its top `dy` below the flow's position.
void tag(ReportFlow& flow, qreal right, qreal dy, const QString& text, QRgb ink, QRgb fill) {
    const ReportStyle& style = flow.style();
    const ReportFont font = ReportFont::SmallBold;
    const qreal padding = style.points(4);
    const qreal width = style.advance(font, text) + 2 * padding;
    const qreal height = style.lineHeight(font) + style.points(2);
    flow.box(QRectF(right - width, dy, width, height), fill);
    flow.text(right - width + padding, dy + style.points(1), font, text, ink);
}

}  // namespace

SkillsPacketLayout::SkillsPacketLayout(const team::PromotionPacket& packet,
                                       const ReportStyle& style, QSizeF area, QString workspaceName)
    : m_packet(packet),
      m_style(style),
      m_flow(style, QSizeF(area.width(), area.height() - skillsFooterHeight(style))),
      m_workspaceName(std::move(workspaceName)),
      m_ladder(packet.levels) {}

ReportDocument SkillsPacketLayout::layout() {
    masthead();
    verdict();
    if (m_packet.readiness.nextLevel) {
        gapsToClose();
        expectations();
    }
    evidence();
    return m_flow.takeDocument(
        skillsFooter(fromCore(m_packet.title), m_workspaceName, m_packet.generatedOn));
}

void SkillsPacketLayout::masthead() {
    const team::PromotionReadiness& readiness = m_packet.readiness;
    const QString level = fromCore(readiness.level.name);
    const QString path =
        readiness.nextLevel
            ? reportTr("%1 \u2192 %2").arg(level, fromCore(readiness.nextLevel->name))
            : reportTr("%1, the top level").arg(level);
    QStringList lines;
    const QString assessments = m_packet.assessments == 1
                                    ? reportTr("1 assessment")
                                    : reportTr("%1 assessments").arg(m_packet.assessments);
    QString meta =
        reportTr("Generated %1 \u00b7 %2").arg(fromCore(m_packet.generatedOn), assessments);
    const QString team = fromCore(m_packet.teamName).trimmed();
    meta += QStringLiteral(" \u00b7 ") + (team.isEmpty() ? m_workspaceName : team);
    lines << meta;
    skillsMasthead(m_flow, reportTr("Promotion packet"), fromCore(readiness.person),
                   ReportFont::Title, path, lines);
}

void SkillsPacketLayout::verdict() {
    const team::PromotionReadiness& readiness = m_packet.readiness;
    const QString summary = fromCore(readiness.summary);
    if (!readiness.nextLevel) {
        skillsCallout(m_flow, reportTr("Top of the ladder"), summary, colors::kMuted,
                      skills_colors::kNeutralFill);
        return;
    }
    const QString next = fromCore(readiness.nextLevel->name);
    if (readiness.ready) {
        skillsCallout(m_flow, reportTr("Ready for %1").arg(next), summary, skills_colors::kNextInk,
                      skills_colors::kReadyFill);
        return;
    }
    const QString headline =
        readiness.requiredCount == 0
            ? reportTr("Readiness for %1 cannot be judged").arg(next)
            : reportTr("Not ready for %1 yet: %2 of %3 required competencies meet it")
                  .arg(next)
                  .arg(readiness.requiredMet)
                  .arg(readiness.requiredCount);
    skillsCallout(m_flow, headline, summary, skills_colors::kBelowInk, skills_colors::kBelowFill);
}

void SkillsPacketLayout::gapsToClose() {
    skillsSectionLabel(m_flow, reportTr("Gaps to close"));
    const auto gaps = m_packet.readiness.requiredGaps();
    if (gaps.empty()) {
        m_flow.paragraph(0, m_flow.width(), ReportFont::Body,
                         reportTr("None: every required competency meets %1.")
                             .arg(fromCore(m_packet.readiness.nextLevel->name)));
        return;
    }
    const qreal indent = m_style.points(12);
    for (const CompetencyReadiness* gap : gaps) {
        const QStringList lines =
            m_flow.wrap(ReportFont::Body, fromCore(gap->sentence), m_flow.width() - indent);
        m_flow.ensure(m_style.lineHeight(ReportFont::Body) * static_cast<qreal>(lines.size()));
        m_flow.text(m_style.points(2), 0, ReportFont::Body, QStringLiteral("\u2022"),
                    skills_colors::kBelowInk);
        m_flow.paragraph(indent, m_flow.width() - indent, ReportFont::Body,
                         fromCore(gap->sentence));
        m_flow.advance(m_style.points(2));
    }
}

void SkillsPacketLayout::expectations() {
    skillsSectionLabel(m_flow, reportTr("Expectations of %1, competency by competency")
                                   .arg(fromCore(m_packet.readiness.nextLevel->name)));
    ReportFlow measure = ReportFlow::measuring(m_style, m_flow.width());
    for (const CompetencyReadiness& item : m_packet.readiness.competencies) {
        // Keep a competency on one page.
        const qreal start = measure.y();
        expectationBlock(measure, item);
        m_flow.ensure(std::min(measure.y() - start, m_flow.pageHeight()));
        expectationBlock(m_flow, item);
    }
}

void SkillsPacketLayout::expectationBlock(ReportFlow& flow, const CompetencyReadiness& item) const {
    const ReportStyle& style = flow.style();
    const QString verdictWord = verdictText(item.verdict);
    const qreal tagWidth =
        style.advance(ReportFont::SmallBold, verdictWord) + style.points(8) + style.points(10);
    flow.box(QRectF(0, 0, flow.width(), style.points(0.5)), colors::kRule);
    flow.advance(style.points(6));
    tag(flow, flow.width(), 0, verdictWord, verdictInk(item.verdict), verdictFill(item.verdict));
    flow.paragraph(0, flow.width() - tagWidth, ReportFont::BodyBold, fromCore(item.competency));
    flow.paragraph(0, flow.width() - tagWidth, ReportFont::Small, standingLine(item),
                   colors::kMuted);
    flow.advance(style.points(3));
    if (item.nextLevelExpectation.empty()) {
        flow.paragraph(0, flow.width(), ReportFont::SmallItalic,
                       reportTr("No expectation is written for this level yet."), colors::kMuted);
    } else {
        flow.paragraph(0, flow.width(), ReportFont::Body, fromCore(item.nextLevelExpectation));
    }
    flow.advance(style.points(6));
}

QString SkillsPacketLayout::standingLine(const CompetencyReadiness& item) const {
    QStringList parts;
    if (item.latest) {
        const QString assessor = fromCore(item.latest->assessorName).trimmed();
        const QString level = fromCore(m_ladder.name(item.latest->demonstratedLevel));
        const QString when = fromCore(item.latest->assessedOn);
        parts
            << (assessor.isEmpty()
                    ? reportTr("Demonstrated %1 on %2").arg(level, when)
                    : reportTr("Demonstrated %1 on %2, assessed by %3").arg(level, when, assessor));
    } else {
        parts << reportTr("Not assessed yet: counts as a gap");
    }
    if (!item.required) {
        parts << reportTr("not required for promotion");
    }
    return parts.join(QStringLiteral(" \u00b7 "));
}

void SkillsPacketLayout::evidence() {
    skillsSectionLabel(m_flow, reportTr("Evidence over time"));
    if (m_packet.evidence.empty()) {
        m_flow.paragraph(0, m_flow.width(), ReportFont::Body,
                         reportTr("No assessments yet: there is no evidence to show."),
                         colors::kMuted);
        return;
    }
    for (const team::PacketCompetencyEvidence& competency : m_packet.evidence) {
        evidenceTable(competency);
    }
}

void SkillsPacketLayout::evidenceTable(const team::PacketCompetencyEvidence& competency) {
    const QString name = fromCore(competency.competency);
    QString widestLevel;
    for (const catalog::Level& level : m_ladder.levels()) {
        if (m_style.advance(ReportFont::Small, fromCore(level.name)) >
            m_style.advance(ReportFont::Small, widestLevel)) {
            widestLevel = fromCore(level.name);
        }
    }
    ReportTable table(m_flow,
                      {{reportTr("Date"), 0, false, QStringLiteral("0000-00-00")},
                       {reportTr("Demonstrated"), 0, false, widestLevel},
                       {reportTr("Evidence"), 3.0},
                       {reportTr("Linked work"), 1.7},
                       {reportTr("Assessor"), 1.0}},
                      reportTr("%1 (continued)").arg(name));
    m_flow.advance(m_style.points(4));
    m_flow.ensure(m_style.lineHeight(ReportFont::BodyBold) + m_style.points(3) +
                  table.minimumHeight() + m_style.lineHeight(ReportFont::Small) * 2);
    m_flow.paragraph(0, m_flow.width(), ReportFont::BodyBold, name);
    m_flow.advance(m_style.points(3));
    table.header();
    for (const team::PacketEvidence& entry : competency.entries) {
        QStringList links;
        for (const team::EvidenceLink& link : entry.links) {
            links << reportTr("%1: %2").arg(fromCore(team::evidenceKindLabel(link.kind)),
                                            fromCore(link.label));
        }
        const QString dash = QStringLiteral("\u2014");
        table.row({fromCore(entry.assessedOn), fromCore(entry.demonstrated),
                   entry.evidence.empty() ? dash : fromCore(entry.evidence),
                   links.isEmpty() ? dash : links.join(QLatin1Char('\n')),
                   entry.assessor.empty() ? dash : fromCore(entry.assessor)});
    }
    m_flow.advance(m_style.points(8));
}

}  // namespace pmm::ui
