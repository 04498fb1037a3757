#include "reports/battlecard_report_layout.h"

#include "battlecards/battlecard_section.h"
#include "reports/report_table.h"
#include "reports/report_text.h"

namespace pmm::ui {

namespace {

using battlecards::CardSection;
using battlecards::RefreshStatus;
using battlecards::SalesCard;
namespace colors = report_colors;

QString titleOf(CardSection section) {
    return fromCore(std::string(battlecards::sectionTitle(section)));
}

QString date(const Date& day) {
    return fromCore(toIsoText(day));
}

QRgb statusColor(RefreshStatus status) {
    switch (status) {
        case RefreshStatus::Current:
            return colors::kDone;
        case RefreshStatus::DueSoon:
            return colors::kOverride;
        case RefreshStatus::Stale:
        case RefreshStatus::RefreshRequired:
            return colors::kWarning;
    }
    return colors::kInk;
}

// "Current · next refresh due 2027-01-05"
QString statusLine(const SalesCard& card) {
    const QString status = fromCore(std::string(battlecards::statusLabel(card.status)));
    if (card.status == RefreshStatus::RefreshRequired) {
        return reportTr("%1 \u00b7 a competitor launch changed the picture").arg(status);
    }
    if (card.status == RefreshStatus::Stale) {
        return reportTr("%1 \u00b7 refresh was due %2").arg(status, date(card.nextDue));
    }
    return reportTr("%1 \u00b7 next refresh due %2").arg(status, date(card.nextDue));
}

// A warning for the rep above a card that is out of date: check before quoting it.
QString caution(const SalesCard& card) {
    const QString who =
        card.owner.empty() ? reportTr("the product marketing team") : fromCore(card.owner);
    if (card.status == RefreshStatus::RefreshRequired) {
        return reportTr(
                   "Refresh required: %1 launched something since this card was last "
                   "refreshed (%2). Check with %3 before relying on it.")
            .arg(fromCore(card.competitor), date(card.lastRefreshed), who);
    }
    return reportTr(
               "Stale: last refreshed %1, its refresh was due %2. Check figures and "
               "pricing with %3 before quoting them.")
        .arg(date(card.lastRefreshed), date(card.nextDue), who);
}

// Lines that end a sentence run on as one paragraph; any other line (a heading, a fragment)
// keeps its line break, so the text reads as the PMM wrote it.
QString paragraphOf(const std::vector<battlecards::CardPoint>& lines) {
    QString text;
    for (const battlecards::CardPoint& line : lines) {
        const QString each = fromCore(line.text).trimmed();
        if (!text.isEmpty()) {
            const QChar last = text.back();
            const bool sentence =
                last == QLatin1Char('.') || last == QLatin1Char('!') || last == QLatin1Char('?');
            text += sentence ? QLatin1Char(' ') : QLatin1Char('\n');
        }
        text += each;
    }
    return text;
}

bool hasContent(const battlecards::BattlecardContent& content) {
    return !content.overview.empty() || !content.whyWeWin.empty() || !content.whyWeLose.empty() ||
           !content.objections.empty() || !content.landmines.empty() ||
           !content.proofPoints.empty() || !content.pricingNotes.empty() ||
           !content.decisionTree.empty();
}

}  // namespace

BattlecardReportLayout::BattlecardReportLayout(const battlecards::SalesBattlecards& report,
                                               const ReportStyle& style, QSizeF area)
    : m_report(report),
      m_style(style),
      m_flow(style, QSizeF(area.width(), area.height() - footerHeight(style))) {}

qreal BattlecardReportLayout::footerHeight(const ReportStyle& style) {
    return 2 * style.lineHeight(ReportFont::Small) + style.points(20);
}

ReportDocument BattlecardReportLayout::layout() {
    for (std::size_t i = 0; i < m_report.cards.size(); ++i) {
        if (i > 0) {
            m_flow.newPage();
        }
        card(m_report.cards[i]);
    }
    return m_flow.takeDocument(reportTr("%1 \u00b7 for Sales: internal notes left out \u00b7 "
                                        "generated %2")
                                   .arg(fromCore(m_report.title), fromCore(m_report.generatedOn)));
}

void BattlecardReportLayout::card(const SalesCard& card) {
    const int firstPage = m_flow.pageIndex();
    header(card);
    const battlecards::BattlecardContent& content = card.content;
    // A table sets its own continuation while it lasts: the card's is set again after each.
    continueCard(card);
    decisionTree(content.decisionTree);
    continueCard(card);
    objections(content.objections);
    continueCard(card);
    proofPoints(content.proofPoints);
    continueCard(card);
    points(titleOf(CardSection::Landmines), content.landmines, colors::kAccent);
    points(titleOf(CardSection::WhyWeWin), content.whyWeWin, colors::kDone);
    points(titleOf(CardSection::WhyWeLose), content.whyWeLose, colors::kWarning);
    text(titleOf(CardSection::Overview), content.overview);
    points(titleOf(CardSection::PricingNotes), content.pricingNotes, colors::kMuted);
    if (!hasContent(content)) {
        m_flow.paragraph(0, m_flow.width(), ReportFont::SmallItalic,
                         reportTr("Nothing on this card is ready for Sales yet."), colors::kMuted);
    }
    cardFooter(card, firstPage);
    m_flow.setContinuation({});
}

void BattlecardReportLayout::continueCard(const SalesCard& card) {
    m_flow.setContinuation([this, &card] {
        m_flow.text(0, 0, ReportFont::SmallBold,
                    reportTr("vs. %1 \u00b7 %2 segment (continued)")
                        .arg(fromCore(card.competitor), fromCore(card.segment)),
                    colors::kMuted);
        m_flow.advance(m_style.lineHeight(ReportFont::SmallBold) + m_style.points(6));
    });
}

void BattlecardReportLayout::header(const SalesCard& card) {
    m_flow.box(QRectF(0, 0, m_flow.width(), m_style.points(5)), colors::kAccent);
    m_flow.advance(m_style.points(12));
    m_flow.paragraph(0, m_flow.width(), ReportFont::Label,
                     reportTr("Battlecard \u00b7 %1 segment").arg(fromCore(card.segment)).toUpper(),
                     colors::kAccent);
    m_flow.advance(m_style.points(3));
    m_flow.paragraph(0, m_flow.width(), ReportFont::Title,
                     reportTr("vs. %1").arg(fromCore(card.competitor)));
    m_flow.advance(m_style.points(2));
    QString facts = reportTr("Owner: %1")
                        .arg(card.owner.empty() ? reportTr("unassigned") : fromCore(card.owner));
    facts += QStringLiteral("  \u00b7  ") + reportTr("Refreshed %1").arg(date(card.lastRefreshed));
    m_flow.paragraph(0, m_flow.width(), ReportFont::Small, facts, colors::kMuted);
    if (card.status == RefreshStatus::Stale || card.status == RefreshStatus::RefreshRequired) {
        const qreal pad = m_style.points(5);
        const QStringList lines =
            m_flow.wrap(ReportFont::SmallBold, caution(card), m_flow.width() - 2 * pad, 4);
        const qreal line = m_style.lineHeight(ReportFont::SmallBold);
        const qreal height = lines.size() * line + 2 * pad;
        m_flow.advance(m_style.points(6));
        m_flow.box(QRectF(0, 0, m_flow.width(), height), colors::kWarningFill);
        for (qsizetype i = 0; i < lines.size(); ++i) {
            m_flow.text(pad, pad + i * line, ReportFont::SmallBold, lines[i], colors::kWarning);
        }
        m_flow.advance(height);
    }
    m_flow.advance(m_style.points(8));
}

void BattlecardReportLayout::sectionTitle(const QString& title, QRgb color) {
    // A title never ends a page: it keeps its first lines with it.
    m_flow.ensure(m_style.lineHeight(ReportFont::Subheading) +
                  3 * m_style.lineHeight(ReportFont::Body) + m_style.points(10));
    if (!m_flow.atPageTop()) {
        m_flow.advance(m_style.points(10));
    }
    m_flow.box(QRectF(0, m_style.points(1), m_style.points(3),
                      m_style.lineHeight(ReportFont::Subheading) - m_style.points(2)),
               color);
    m_flow.text(m_style.points(8), 0, ReportFont::Subheading, title);
    m_flow.advance(m_style.lineHeight(ReportFont::Subheading) + m_style.points(4));
}

void BattlecardReportLayout::decisionTree(const std::vector<battlecards::AngleRow>& rows) {
    if (rows.empty()) {
        return;
    }
    sectionTitle(titleOf(CardSection::DecisionTree), colors::kAccent);
    ReportTable table(m_flow,
                      {{reportTr("When the deal looks like"), 1.0},
                       {reportTr("Lead with"), 1.0},
                       {reportTr("Because"), 1.2}},
                      reportTr("Angle decision tree (continued)"));
    table.header();
    for (const battlecards::AngleRow& row : rows) {
        table.row({ReportCell(fromCore(row.dealLooksLike), ReportFont::Body),
                   ReportCell(fromCore(row.leadWith), ReportFont::BodyBold, colors::kAccent),
                   ReportCell(fromCore(row.because), ReportFont::Body)});
    }
}

void BattlecardReportLayout::objections(const std::vector<battlecards::Objection>& rows) {
    if (rows.empty()) {
        return;
    }
    sectionTitle(titleOf(CardSection::Objections), colors::kAccent);
    ReportTable table(
        m_flow,
        {{reportTr("When they say"), 1.0}, {reportTr("You answer"), 1.4}, {reportTr("Proof"), 0.9}},
        reportTr("Objection handling (continued)"));
    table.header();
    for (const battlecards::Objection& row : rows) {
        table.row({ReportCell(fromCore(row.objection), ReportFont::BodyBold),
                   ReportCell(fromCore(row.response), ReportFont::Body),
                   ReportCell(fromCore(row.proof), ReportFont::Small, colors::kMuted)});
    }
}

void BattlecardReportLayout::proofPoints(const std::vector<battlecards::ProofPoint>& rows) {
    if (rows.empty()) {
        return;
    }
    sectionTitle(titleOf(CardSection::ProofPoints), colors::kDone);
    ReportTable table(m_flow, {{reportTr("Result"), 0.45}, {reportTr("Customer story"), 1.55}},
                      reportTr("Proof points (continued)"));
    table.header();
    for (const battlecards::ProofPoint& row : rows) {
        table.row({ReportCell(fromCore(row.number), ReportFont::BodyBold, colors::kDone),
                   ReportCell(fromCore(row.story), ReportFont::Body)});
    }
}

void BattlecardReportLayout::points(const QString& title,
                                    const std::vector<battlecards::CardPoint>& points,
                                    QRgb bullet) {
    if (points.empty()) {
        return;
    }
    sectionTitle(title, bullet);
    const qreal indent = m_style.points(12);
    const qreal line = m_style.lineHeight(ReportFont::Body);
    for (const battlecards::CardPoint& point : points) {
        const QStringList lines =
            m_flow.wrap(ReportFont::Body, fromCore(point.text), m_flow.width() - indent);
        m_flow.ensure(std::min<qreal>(lines.size(), 3) * line);
        m_flow.text(m_style.points(3), 0, ReportFont::BodyBold, QStringLiteral("\u2022"), bullet);
        for (const QString& each : lines) {
            m_flow.ensure(line);
            m_flow.text(indent, 0, ReportFont::Body, each);
            m_flow.advance(line);
        }
        m_flow.advance(m_style.points(2.5));
    }
}

void BattlecardReportLayout::text(const QString& title,
                                  const std::vector<battlecards::CardPoint>& lines) {
    if (lines.empty()) {
        return;
    }
    sectionTitle(title, colors::kMuted);
    m_flow.paragraph(0, m_flow.width(), ReportFont::Body, paragraphOf(lines));
}

void BattlecardReportLayout::cardFooter(const SalesCard& card, int firstPage) {
    const ReportFont font = ReportFont::Small;
    const qreal baseline = m_flow.pageHeight() + m_style.points(8) + m_style.ascent(font);
    const QString status = statusLine(card);
    const qreal statusWidth = m_style.advance(font, status);
    const QString facts =
        reportTr("%1 in %2 \u00b7 owner %3 \u00b7 refreshed %4")
            .arg(fromCore(card.competitor), fromCore(card.segment),
                 card.owner.empty() ? reportTr("unassigned") : fromCore(card.owner),
                 date(card.lastRefreshed));
    const qreal room = m_flow.width() - statusWidth - m_style.points(12);
    const int lastPage = m_flow.pageIndex();
    for (int page = firstPage; page <= lastPage; ++page) {
        const QString prefix = page > firstPage ? reportTr("(continued) ") : QString();
        const QString left = m_style.metrics(font).elidedText(prefix + facts, Qt::ElideRight, room);
        m_flow.textAt(page, QPointF(0, baseline), font, left, colors::kInk);
        m_flow.textAt(page, QPointF(m_flow.width() - statusWidth, baseline), font, status,
                      statusColor(card.status));
    }
}

}  // namespace pmm::ui
