#include "reports/tier_report_layout.h"

#include "reports/report_table.h"
#include "reports/report_text.h"
#include "reports/tier_one_section_layout.h"

namespace pmm::ui {

namespace {

using launches::LaunchRow;
using launches::LaunchStatus;
using launches::TierSummaryRow;
namespace colors = report_colors;

int notCancelled(const TierSummaryRow& row) {
    return row.total - row.count(LaunchStatus::Cancelled);
}

// "38 %" over "6,081 of 15,760": large quarters' counts fit a narrow column.
QString readinessCell(const launches::Readiness& readiness) {
    return reportTr("%1 %\n%2 of %3")
        .arg(readiness.percent())
        .arg(groupedNumber(readiness.done), groupedNumber(readiness.required));
}

QString tierTitle(const std::optional<int>& tier) {
    return tier ? fromCore(launches::tierName(*tier)) : reportTr("Not tiered");
}

}  // namespace

TierReportLayout::TierReportLayout(const launches::TierReport& report, const ReportStyle& style,
                                   QSizeF area, QString workspaceName)
    : m_report(report),
      m_style(style),
      m_flow(style, QSizeF(area.width(), area.height() - footerHeight(style))),
      m_workspaceName(std::move(workspaceName)) {}

qreal TierReportLayout::footerHeight(const ReportStyle& style) {
    return style.lineHeight(ReportFont::Small) + style.points(14);
}

ReportDocument TierReportLayout::layout() {
    cover();
    m_flow.newPage();
    summary();
    m_flow.newPage();
    for (const launches::TierTable& table : m_report.tables) {
        tierTable(table);
    }
    tierOneSections();
    contents();
    QString footer = fromCore(m_report.cover.title);
    const QString team = fromCore(m_report.cover.teamName);
    if (!team.trimmed().isEmpty()) {
        footer += QStringLiteral(" \u00b7 ") + team;
    }
    return m_flow.takeDocument(footer);
}

void TierReportLayout::heading(const QString& text) {
    m_flow.paragraph(0, m_flow.width(), ReportFont::Heading, text, colors::kInk);
    m_flow.advance(m_style.points(6));
}

void TierReportLayout::label(const QString& text, QRgb color) {
    m_flow.paragraph(0, m_flow.width(), ReportFont::Label, text.toUpper(), color);
    m_flow.advance(m_style.points(2));
}

void TierReportLayout::cover() {
    const launches::TierReportCover& cover = m_report.cover;
    m_flow.box(QRectF(0, 0, m_flow.width(), m_style.points(6)), colors::kAccent);
    m_flow.advance(m_style.points(48));
    label(reportTr("Launch tier report"), colors::kAccent);
    m_flow.advance(m_style.points(4));
    m_flow.paragraph(0, m_flow.width(), ReportFont::Title, fromCore(cover.title));
    m_flow.advance(m_style.points(6));
    const QString team = fromCore(cover.teamName).trimmed();
    m_flow.paragraph(0, m_flow.width(), ReportFont::Subheading,
                     team.isEmpty() ? m_workspaceName : team, colors::kMuted);
    m_flow.advance(m_style.points(10));
    m_flow.paragraph(
        0, m_flow.width(), ReportFont::Body,
        reportTr("Quarter %1: %2").arg(fromCore(cover.quarter), fromCore(cover.period)));
    m_flow.paragraph(0, m_flow.width(), ReportFont::Body,
                     reportTr("Generated %1").arg(fromCore(cover.generatedOn)));
    m_flow.advance(m_style.points(28));
    figures();

    m_flow.advance(m_style.points(20));
    label(reportTr("How launches are tiered"), colors::kMuted);
    m_flow.paragraph(0, m_flow.width(), ReportFont::Small,
                     reportTr("Current rule (version %1): %2.")
                         .arg(cover.currentRuleVersion)
                         .arg(fromCore(cover.currentRule)));
    QStringList versions;
    for (int version : cover.ruleVersions) {
        versions << QString::number(version);
    }
    if (!versions.isEmpty()) {
        m_flow.paragraph(0, m_flow.width(), ReportFont::Small,
                         (versions.size() == 1 ? reportTr("This quarter's launches were tiered "
                                                          "with rule version %1.")
                                               : reportTr("This quarter's launches were tiered "
                                                          "with rule versions %1."))
                             .arg(versions.join(QStringLiteral(", "))));
    }
    m_flow.advance(m_style.points(20));
    label(reportTr("Contents"), colors::kMuted);
    m_contentsTop = m_flow.y();
}

void TierReportLayout::figures() {
    const launches::TierSummary& summary = m_report.summary;
    struct Figure {
        QString value;
        QString caption;
        QRgb color;
    };
    std::vector<Figure> figures{
        {groupedNumber(m_report.cover.launches), reportTr("launches"), colors::kInk}};
    for (const TierSummaryRow& row : summary.rows) {
        if (row.tier) {
            figures.push_back({groupedNumber(notCancelled(row)), tierTitle(row.tier),
                               *row.tier == 1 ? colors::kAccent : colors::kInk});
        }
    }
    figures.push_back({groupedNumber(m_report.cover.overrides), reportTr("overrides"),
                       m_report.cover.overrides > 0 ? colors::kOverride : colors::kInk});
    figures.push_back({QStringLiteral("%1 %").arg(summary.totals.readiness.percent()),
                       reportTr("readiness"), colors::kInk});

    const qreal width = m_flow.width() / static_cast<qreal>(figures.size());
    const qreal figureLine = m_style.lineHeight(ReportFont::Figure);
    const qreal height = figureLine + m_style.lineHeight(ReportFont::Small) + m_style.points(16);
    m_flow.box(QRectF(0, 0, m_flow.width(), m_style.points(0.8)), colors::kRule);
    m_flow.box(QRectF(0, height, m_flow.width(), m_style.points(0.8)), colors::kRule);
    for (std::size_t i = 0; i < figures.size(); ++i) {
        const qreal x = width * static_cast<qreal>(i);
        m_flow.text(x, m_style.points(8), ReportFont::Figure, figures[i].value, figures[i].color);
        m_flow.text(x, m_style.points(8) + figureLine, ReportFont::Small, figures[i].caption,
                    colors::kMuted);
    }
    m_flow.advance(height + m_style.points(8));
    const int cancelled = summary.totals.count(LaunchStatus::Cancelled);
    m_flow.paragraph(0, m_flow.width(), ReportFont::Small,
                     reportTr("Tier counts leave out cancelled launches (%1 this quarter). "
                              "Readiness is deliverables done over deliverables required.")
                         .arg(groupedNumber(cancelled)),
                     colors::kMuted);
    const launches::TierCapacityUse& capacity = m_report.capacity;
    m_flow.advance(m_style.points(8));
    if (capacity.exceeded()) {
        const QStringList lines = m_flow.wrap(ReportFont::BodyBold, fromCore(capacity.warning),
                                              m_flow.width() - m_style.points(20));
        const qreal line = m_style.lineHeight(ReportFont::BodyBold);
        const qreal boxHeight = static_cast<qreal>(lines.size()) * line + m_style.points(12);
        m_flow.box(QRectF(0, 0, m_flow.width(), boxHeight), colors::kWarningFill);
        m_flow.box(QRectF(0, 0, m_style.points(3), boxHeight), colors::kWarning);
        qreal dy = m_style.points(6);
        for (const QString& each : lines) {
            m_flow.text(m_style.points(12), dy, ReportFont::BodyBold, each, colors::kWarning);
            dy += line;
        }
        m_flow.advance(boxHeight);
    } else {
        m_flow.paragraph(0, m_flow.width(), ReportFont::Body,
                         reportTr("Tier 1 capacity: %1 of %2 used.")
                             .arg(capacity.tierOne)
                             .arg(capacity.capacity));
    }
}

void TierReportLayout::summary() {
    m_contents.push_back({reportTr("Summary by tier and status"), m_flow.pageIndex()});
    heading(reportTr("Summary by tier and status"));
    const launches::TierSummary& summary = m_report.summary;
    // Statuses down, tiers across: seven statuses fit a page's height, not its width.
    std::vector<ReportColumn> columns{{reportTr("Status"), 1.0}};
    for (const TierSummaryRow& row : summary.rows) {
        columns.push_back({tierTitle(row.tier), 1.0, true});
    }
    columns.push_back({reportTr("All launches"), 1.0, true});
    ReportTable table(m_flow, std::move(columns));
    table.header();
    auto countCell = [](int count) {
        return ReportCell(groupedNumber(count), ReportFont::Small,
                          count == 0 ? colors::kRule : colors::kInk);
    };
    for (LaunchStatus status : launches::kLaunchStatuses) {
        std::vector<ReportCell> cells{fromCore(std::string(launches::statusLabel(status)))};
        for (const TierSummaryRow& row : summary.rows) {
            cells.push_back(countCell(row.count(status)));
        }
        cells.push_back(countCell(summary.totals.count(status)));
        table.row(cells);
    }
    std::vector<ReportCell> totals{reportTr("Total")};
    std::vector<ReportCell> readiness{reportTr("Readiness")};
    for (const TierSummaryRow& row : summary.rows) {
        totals.push_back(groupedNumber(row.total));
        readiness.push_back(row.tier ? readinessCell(row.readiness) : QStringLiteral("\u2014"));
    }
    totals.push_back(groupedNumber(summary.totals.total));
    readiness.push_back(readinessCell(summary.totals.readiness));
    table.row(totals, true);
    table.row(readiness, true);
    m_flow.advance(m_style.points(10));
    m_flow.paragraph(0, m_flow.width(), ReportFont::Small,
                     reportTr("Readiness is the deliverables done over the deliverables required "
                              "by each launch's tier checklist, over launches that are not "
                              "cancelled."),
                     colors::kMuted);
    m_flow.advance(m_style.points(6));
    const launches::TierCapacityUse& capacity = m_report.capacity;
    if (capacity.exceeded()) {
        m_flow.paragraph(0, m_flow.width(), ReportFont::BodyBold, fromCore(capacity.warning),
                         colors::kWarning);
    } else {
        m_flow.paragraph(0, m_flow.width(), ReportFont::Body,
                         reportTr("Tier 1 capacity: %1 of %2 used.")
                             .arg(capacity.tierOne)
                             .arg(capacity.capacity));
    }
}

void TierReportLayout::tierTable(const launches::TierTable& tierTable) {
    const QString title = fromCore(tierTable.title);
    const QString count =
        tierTable.rows.size() == 1
            ? reportTr("1 launch")
            : reportTr("%1 launches")
                  .arg(groupedNumber(static_cast<long long>(tierTable.rows.size())));
    const qreal headingHeight = m_style.lineHeight(ReportFont::Heading) + m_style.points(6);
    const qreal rowHeight = m_style.lineHeight(ReportFont::Small) + m_style.points(7);
    m_flow.ensure(headingHeight + 4 * rowHeight);
    if (!m_flow.atPageTop()) {
        m_flow.advance(m_style.points(18));
    }
    const QString headingText = reportTr("%1 \u00b7 %2").arg(title, count);
    m_contents.push_back({headingText, m_flow.pageIndex()});
    heading(headingText);
    if (tierTable.rows.empty()) {
        m_flow.paragraph(0, m_flow.width(), ReportFont::Body,
                         reportTr("No %1 launches this quarter.").arg(title), colors::kMuted);
        return;
    }
    ReportTable table(m_flow,
                      {{reportTr("Launch"), 2.3},
                       {reportTr("Product"), 1.0},
                       {reportTr("Owner"), 1.0},
                       {reportTr("Target date"), 0, false, QStringLiteral("0000-00-00")},
                       {reportTr("Score"), 0, true, QStringLiteral("0.00")},
                       {reportTr("Readiness"), 0, true, QStringLiteral("00/00 (100 %)")},
                       {reportTr("Status"), 0, false, QStringLiteral("In progress")}},
                      reportTr("%1 (continued)").arg(title));
    table.header();
    const QString overridden = reportTr("OVERRIDE");
    const QString dash = QStringLiteral("\u2014");
    for (const LaunchRow& row : tierTable.rows) {
        const bool cancelled = row.status == LaunchStatus::Cancelled;
        ReportCell name{fromCore(row.name)};
        if (row.overridden) {
            name.note = overridden;
        }
        table.row({name,
                   {fromCore(row.product)},
                   {fromCore(row.owner)},
                   {orDash(row.targetDate)},
                   {row.score ? fromCore(launches::formatHundredths(*row.score)) : dash},
                   {row.tier ? fromCore(row.readiness.text()) : dash},
                   {fromCore(std::string(launches::statusLabel(row.status))), ReportFont::Small,
                    cancelled ? colors::kMuted : colors::kInk}});
    }
}

void TierReportLayout::tierOneSections() {
    if (m_report.tierOne.empty()) {
        return;
    }
    m_flow.newPage();
    m_contents.push_back({reportTr("Tier 1 launches in detail"), m_flow.pageIndex()});
    heading(reportTr("Tier 1 launches in detail"));
    m_flow.paragraph(0, m_flow.width(), ReportFont::Small,
                     reportTr("Each Tier 1 launch with its customer outcome, success metric, "
                              "the evidence behind its scores, its deliverables and any override "
                              "of the rule's result."),
                     colors::kMuted);
    m_flow.advance(m_style.points(12));
    ReportFlow measure = ReportFlow::measuring(m_style, m_flow.width());
    for (const launches::TierOneSection& section : m_report.tierOne) {
        // Keep a section on one page when it fits on one.
        const qreal start = measure.y();
        TierOneSectionLayout(measure).layout(section);
        const qreal height = measure.y() - start;
        if (height <= m_flow.pageHeight()) {
            m_flow.ensure(height);
        } else {
            m_flow.ensure(m_flow.pageHeight() / 3);
        }
        TierOneSectionLayout(m_flow).layout(section);
    }
}

void TierReportLayout::contents() {
    const ReportFont font = ReportFont::Body;
    const qreal line = m_style.lineHeight(font);
    qreal y = m_contentsTop;
    for (const ContentsEntry& entry : m_contents) {
        // Fits the cover's remaining space; a very long list stops at the footer.
        if (y + line > m_flow.pageHeight()) {
            break;
        }
        const QString page = QString::number(entry.page + 1);
        const qreal baseline = y + m_style.ascent(font);
        m_flow.textAt(0, QPointF(0, baseline), font, entry.title);
        m_flow.textAt(0, QPointF(m_flow.width() - m_style.advance(font, page), baseline), font,
                      page);
        y += line;
    }
}

}  // namespace pmm::ui
