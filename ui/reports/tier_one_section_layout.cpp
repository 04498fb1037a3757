#include "reports/tier_one_section_layout.h"

#include "reports/report_flow.h"
#include "reports/report_table.h"
#include "reports/report_text.h"

namespace pmm::ui {

namespace {

namespace colors = report_colors;
using launches::TierOneSection;

}  // namespace

TierOneSectionLayout::TierOneSectionLayout(ReportFlow& flow)
    : m_flow(flow), m_style(flow.style()) {}

void TierOneSectionLayout::label(const QString& text) {
    m_flow.advance(m_style.points(5));
    m_flow.ensure(m_style.lineHeight(ReportFont::Label) + 2 * m_style.lineHeight(ReportFont::Body));
    m_flow.paragraph(0, m_flow.width(), ReportFont::Label, text.toUpper(), colors::kMuted);
    m_flow.advance(m_style.points(1.5));
}

void TierOneSectionLayout::layout(const TierOneSection& section) {
    m_flow.box(QRectF(0, 0, m_flow.width(), m_style.points(1.2)), colors::kAccent);
    m_flow.advance(m_style.points(6));
    m_flow.paragraph(0, m_flow.width(), ReportFont::Subheading, fromCore(section.launch.name));
    m_flow.advance(m_style.points(2));
    facts(section);
    if (section.override) {
        overrideBox(*section.override);
    }

    label(reportTr("Customer outcome"));
    if (section.outcome.empty()) {
        m_flow.paragraph(0, m_flow.width(), ReportFont::SmallItalic, reportTr("Not written yet."),
                         colors::kMuted);
    } else {
        m_flow.paragraph(0, m_flow.width(), ReportFont::Body, fromCore(section.outcome));
    }
    label(reportTr("Success metric"));
    metric(section.metric);
    label(reportTr("Tier criteria"));
    criteria(section);
    label(reportTr("Checklist"));
    checklist(section.checklist);
    m_flow.advance(m_style.points(14));
}

void TierOneSectionLayout::facts(const TierOneSection& section) {
    const launches::LaunchRow& row = section.launch;
    QStringList facts{
        reportTr("Product: %1").arg(fromCore(row.product)),
        reportTr("Owner: %1").arg(fromCore(row.owner)),
        reportTr("Target date: %1").arg(orDash(row.targetDate)),
        reportTr("Status: %1").arg(fromCore(std::string(launches::statusLabel(row.status))))};
    if (row.score) {
        facts << reportTr("Score: %1").arg(fromCore(launches::formatHundredths(*row.score)));
    }
    facts << reportTr("Readiness: %1").arg(fromCore(row.readiness.text()));
    // Lines break between facts, never inside one (unless a fact alone is too wide).
    const QString separator = QStringLiteral("  \u00b7  ");
    QString line;
    for (const QString& fact : facts) {
        const QString candidate = line.isEmpty() ? fact : line + separator + fact;
        if (!line.isEmpty() && m_style.advance(ReportFont::Small, candidate) > m_flow.width()) {
            m_flow.paragraph(0, m_flow.width(), ReportFont::Small, line, colors::kMuted);
            line = fact;
        } else {
            line = candidate;
        }
    }
    m_flow.paragraph(0, m_flow.width(), ReportFont::Small, line, colors::kMuted);
    if (section.isPivot) {
        m_flow.paragraph(0, m_flow.width(), ReportFont::SmallBold,
                         reportTr("Pivot: this launch changes the product's direction."),
                         colors::kAccent);
    }
}

void TierOneSectionLayout::overrideBox(const launches::TierReportOverride& override) {
    const qreal inset = m_style.points(12);
    const qreal textWidth = m_flow.width() - inset - m_style.points(8);
    const QString ruleGives = override.ruleTier
                                  ? reportTr("Override: %1 is in force; the rule gives %2.")
                                        .arg(fromCore(launches::tierName(override.tier)),
                                             fromCore(launches::tierName(*override.ruleTier)))
                                  : reportTr("Override: %1 is in force.")
                                        .arg(fromCore(launches::tierName(override.tier)));
    const QStringList head = m_flow.wrap(ReportFont::BodyBold, ruleGives, textWidth);
    const QStringList reason = m_flow.wrap(
        ReportFont::Body, reportTr("Reason: %1").arg(fromCore(override.reason)), textWidth);
    QString byline;
    if (!override.by.empty() || !override.at.empty()) {
        const QString when = fromCore(override.at.substr(0, 10));
        byline = override.by.empty() ? reportTr("Set on %1").arg(when)
                 : override.at.empty()
                     ? reportTr("Set by %1").arg(fromCore(override.by))
                     : reportTr("Set by %1 on %2").arg(fromCore(override.by), when);
    }
    const QStringList by = m_flow.wrap(ReportFont::Small, byline, textWidth);
    const qreal bold = m_style.lineHeight(ReportFont::BodyBold);
    const qreal body = m_style.lineHeight(ReportFont::Body);
    const qreal small = m_style.lineHeight(ReportFont::Small);
    const qreal height =
        static_cast<qreal>(head.size()) * bold + static_cast<qreal>(reason.size()) * body +
        (byline.isEmpty() ? 0 : static_cast<qreal>(by.size()) * small) + m_style.points(12);
    m_flow.advance(m_style.points(4));
    m_flow.ensure(std::min(height, m_flow.pageHeight()));
    m_flow.box(QRectF(0, 0, m_flow.width(), height), colors::kOverrideFill);
    m_flow.box(QRectF(0, 0, m_style.points(3), height), colors::kOverride);
    qreal dy = m_style.points(6);
    for (const QString& line : head) {
        m_flow.text(inset, dy, ReportFont::BodyBold, line, colors::kOverride);
        dy += bold;
    }
    for (const QString& line : reason) {
        m_flow.text(inset, dy, ReportFont::Body, line);
        dy += body;
    }
    if (!byline.isEmpty()) {
        for (const QString& line : by) {
            m_flow.text(inset, dy, ReportFont::Small, line, colors::kMuted);
            dy += small;
        }
    }
    m_flow.advance(height);
}

void TierOneSectionLayout::metric(const launches::SuccessMetric& metric) {
    if (metric.name.empty() && metric.baseline.empty() && metric.target.empty()) {
        m_flow.paragraph(0, m_flow.width(), ReportFont::SmallItalic,
                         reportTr("No success metric yet."), colors::kMuted);
        return;
    }
    ReportTable table(m_flow, {{reportTr("Metric"), 3.0},
                               {reportTr("Baseline"), 1.2},
                               {reportTr("Target"), 1.2},
                               {reportTr("Review date"), 0, false, QStringLiteral("0000-00-00")},
                               {reportTr("Actual"), 1.4}});
    table.header();
    const bool measured = metric.actual && !metric.actual->empty();
    table.row({{fromCore(metric.name)},
               {fromCore(metric.baseline)},
               {fromCore(metric.target)},
               {orDash(metric.reviewDate)},
               {measured ? fromCore(*metric.actual) : reportTr("Not measured yet"),
                ReportFont::Small, measured ? colors::kInk : colors::kMuted}});
}

void TierOneSectionLayout::criteria(const TierOneSection& section) {
    if (section.criteria.empty()) {
        m_flow.paragraph(0, m_flow.width(), ReportFont::SmallItalic,
                         reportTr("Not scored with a saved rule version."), colors::kMuted);
        return;
    }
    {
        ReportTable table(m_flow,
                          {{reportTr("Criterion"), 0, false, QStringLiteral("Competitive urgency")},
                           {reportTr("Score"), 0, true, QStringLiteral("5")},
                           {reportTr("Weight"), 0, true, QStringLiteral("0.40")},
                           {reportTr("Evidence"), 1.0}});
        table.header();
        for (const launches::TierReportCriterion& criterion : section.criteria) {
            const bool noted = !criterion.evidence.empty();
            table.row({fromCore(criterion.label),
                       QString::number(criterion.score),
                       fromCore(launches::formatHundredths(criterion.weight)),
                       {noted ? fromCore(criterion.evidence) : reportTr("No evidence noted"),
                        ReportFont::Small, noted ? colors::kInk : colors::kMuted}});
        }
    }
    if (!section.explanation.empty()) {
        m_flow.advance(m_style.points(4));
        m_flow.paragraph(0, m_flow.width(), ReportFont::SmallItalic,
                         reportTr("Rule result: %1").arg(fromCore(section.explanation)));
    }
}

void TierOneSectionLayout::checklist(const std::vector<launches::TierReportChecklistItem>& items) {
    if (items.empty()) {
        m_flow.paragraph(0, m_flow.width(), ReportFont::SmallItalic,
                         reportTr("No checklist for this tier under its rule version."),
                         colors::kMuted);
        return;
    }
    // Two columns, filled down then across.
    const qreal gap = m_style.points(18);
    const qreal column = (m_flow.width() - gap) / 2;
    const qreal square = m_style.points(7);
    const qreal line = m_style.lineHeight(ReportFont::Small);
    const QString done = reportTr("done");
    const QString notDone = reportTr("not done");
    const qreal statusWidth = m_style.advance(ReportFont::Small, notDone) + m_style.points(6);
    const qreal titleWidth = column - square - m_style.points(6) - statusWidth;
    const std::size_t rows = (items.size() + 1) / 2;
    for (std::size_t r = 0; r < rows; ++r) {
        std::vector<QStringList> titles;
        int most = 1;
        for (std::size_t i = r; i < items.size(); i += rows) {
            titles.push_back(
                m_flow.wrap(ReportFont::Small, fromCore(items[i].title), titleWidth, 4));
            most = std::max(most, static_cast<int>(titles.back().size()));
        }
        const qreal height = most * line + m_style.points(3);
        m_flow.ensure(height);
        for (std::size_t c = 0; c < titles.size(); ++c) {
            const launches::TierReportChecklistItem& item = items[r + c * rows];
            const qreal x = static_cast<qreal>(c) * (column + gap);
            const qreal top = (line - square) / 2;
            m_flow.box(QRectF(x, top, square, square), item.done ? colors::kDone : 0,
                       item.done ? colors::kDone : colors::kMuted, m_style.points(0.7));
            if (item.done) {
                m_flow.text(x + m_style.points(1), 0, ReportFont::SmallBold,
                            QStringLiteral("\u2713"), 0xffffffff);
            }
            qreal dy = 0;
            for (const QString& each : titles[c]) {
                m_flow.text(x + square + m_style.points(6), dy, ReportFont::Small, each);
                dy += line;
            }
            m_flow.textRight(x + column, 0, ReportFont::Small, item.done ? done : notDone,
                             item.done ? colors::kDone : colors::kMuted);
        }
        m_flow.advance(height);
    }
}

}  // namespace pmm::ui
