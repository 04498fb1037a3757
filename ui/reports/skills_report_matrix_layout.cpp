#include "reports/skills_report_matrix_layout.h"

#include <algorithm>
#include <cmath>

#include "reports/report_table.h"
#include "reports/report_text.h"
#include "reports/skills_report_common.h"
#include "reports/text_wrap.h"

namespace pmm::ui {

namespace {

namespace colors = report_colors;
using team::SkillCellClass;
using team::TeamReadinessRow;

constexpr int kMaxHeaderLines = 4;
constexpr int kMaxNameLines = 3;
constexpr int kMaxCellLines = 3;
// The header and the cells use the same small font: competency names are long words
// ("Communication") and nine of them should fit a landscape page side by side.
constexpr ReportFont kHeaderFont = ReportFont::Small;
constexpr ReportFont kCellFont = ReportFont::Small;
constexpr qreal kPersonColumn = 38;  // millimetres
constexpr qreal kCellPadding = 2.5;  // points

// Words, each ending where a line may break: at a space or after a hyphen.
QStringList breakableParts(const QString& text) {
    QStringList parts;
    for (const QString& word : printableLine(text).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        qsizetype start = 0;
        for (qsizetype i = 0; i < word.size(); ++i) {
            if (word.at(i) == QLatin1Char('-') && i > 0 && i + 1 < word.size()) {
                parts << word.mid(start, i + 1 - start);
                start = i + 1;
            }
        }
        parts << word.mid(start) + QLatin1Char(' ');
    }
    return parts;
}

QString levelLine(const TeamReadinessRow& row) {
    return row.atTop ? reportTr("%1 (top level)").arg(fromCore(row.level))
                     : reportTr("%1 \u2192 %2").arg(fromCore(row.level), fromCore(row.nextLevel));
}

int gapCount(const TeamReadinessRow& row) {
    return static_cast<int>(row.gaps.size() + row.notAssessed.size());
}

// "Ready", "3 gaps", "Top level", "Not assessed".
QString readinessWord(const TeamReadinessRow& row) {
    if (row.atTop) {
        return reportTr("Top level");
    }
    if (row.assessed == 0) {
        return reportTr("Not assessed");
    }
    if (row.ready) {
        return reportTr("Ready");
    }
    if (row.requiredCount == 0) {
        return reportTr("No required competencies");
    }
    return gapCount(row) == 1 ? reportTr("1 gap") : reportTr("%1 gaps").arg(gapCount(row));
}

QRgb readinessInk(const TeamReadinessRow& row) {
    if (row.assessed == 0 || row.atTop || row.requiredCount == 0) {
        return colors::kMuted;
    }
    return row.ready ? skills_colors::kNextInk : skills_colors::kBelowInk;
}

QString joined(const std::vector<std::string>& names) {
    QStringList out;
    for (const std::string& name : names) {
        out << fromCore(name);
    }
    return out.join(QStringLiteral(", "));
}

// "Gap: Launch execution, Coaching. Not assessed: Sales enablement."
QString gapsText(const TeamReadinessRow& row) {
    if (row.atTop) {
        return reportTr("None: the top of the ladder");
    }
    if (row.ready) {
        return reportTr("None");
    }
    if (row.assessed == 0) {
        return reportTr("No assessments yet: every required competency counts as a gap.");
    }
    if (row.assessed > 0 && row.requiredMet == 0 && row.notAssessed.empty()) {
        return reportTr("Gap in all %1 required competencies.").arg(row.requiredCount);
    }
    QStringList parts;
    if (!row.gaps.empty()) {
        parts << reportTr("Gap: %1.").arg(joined(row.gaps));
    }
    if (!row.notAssessed.empty()) {
        parts << reportTr("Not assessed: %1.").arg(joined(row.notAssessed));
    }
    return parts.join(QLatin1Char(' '));
}

}  // namespace

QStringList wrapAtHyphens(const ReportFlow& flow, ReportFont font, const QString& text, qreal width,
                          int maxLines) {
    const ReportStyle& style = flow.style();
    QStringList lines;
    QString line;
    for (const QString& part : breakableParts(text)) {
        const QString candidate = line + part;
        if (line.isEmpty() || style.advance(font, candidate.trimmed()) <= width) {
            line = candidate;
            continue;
        }
        lines << line.trimmed();
        line = part;
    }
    if (!line.trimmed().isEmpty() || lines.isEmpty()) {
        lines << line.trimmed();
    }
    // A part wider than the column still has to fit: the general wrap breaks inside it.
    QStringList fitted;
    for (const QString& each : lines) {
        fitted << flow.wrap(font, each, width, maxLines);
    }
    if (fitted.size() > maxLines) {
        fitted = flow.wrap(font, fitted.join(QLatin1Char(' ')), width, maxLines);
    }
    return fitted;
}

SkillsMatrixLayout::SkillsMatrixLayout(const team::SkillsMatrixReport& report,
                                       const ReportStyle& style, QSizeF area, QString workspaceName)
    : m_report(report),
      m_style(style),
      m_flow(style, QSizeF(area.width(), area.height() - skillsFooterHeight(style))),
      m_workspaceName(std::move(workspaceName)),
      m_ladder(report.levels) {}

ReportDocument SkillsMatrixLayout::layout() {
    masthead();
    legend();
    grids();
    readinessSummary();
    return m_flow.takeDocument(
        skillsFooter(fromCore(m_report.title), m_workspaceName, m_report.generatedOn));
}

void SkillsMatrixLayout::masthead() {
    const QString team = fromCore(m_report.teamName).trimmed();
    const int people = static_cast<int>(m_report.grid.rows.size());
    const int competencies = static_cast<int>(m_report.grid.competencies.size());
    QStringList lines{
        reportTr("Generated %1 \u00b7 %2 people \u00b7 %3 competencies \u00b7 each cell is the "
                 "level demonstrated in the newest assessment")
            .arg(fromCore(m_report.generatedOn))
            .arg(people)
            .arg(competencies),
        reportTr("%1 ready for promotion \u00b7 %2 with gaps to close \u00b7 %3 of %4 people "
                 "assessed")
            .arg(m_report.ready)
            .arg(m_report.withGaps)
            .arg(m_report.assessedPeople)
            .arg(people)};
    skillsMasthead(m_flow, fromCore(m_report.title), team.isEmpty() ? m_workspaceName : team,
                   ReportFont::Heading, QString(), lines);
}

void SkillsMatrixLayout::legend() {
    const std::vector<SkillCellClass> cells{SkillCellClass::AtNextLevelOrAbove,
                                            SkillCellClass::AtLevel, SkillCellClass::BelowLevel,
                                            SkillCellClass::NotAssessed};
    const ReportFont font = ReportFont::Small;
    const qreal swatch = m_style.points(14);
    const qreal gap = m_style.points(6);
    const qreal line = m_style.lineHeight(font);
    const qreal height = std::max(swatch, line);
    m_flow.ensure(height);
    qreal x = 0;
    for (SkillCellClass cell : cells) {
        const QString label = fromCore(std::string(team::skillCellLabel(cell)));
        const qreal width = swatch + gap + m_style.advance(font, label) + m_style.points(18);
        if (x > 0 && x + width > m_flow.width()) {
            m_flow.advance(height + m_style.points(4));
            x = 0;
        }
        m_flow.box(QRectF(x, 0, swatch, swatch), skillCellFill(cell), colors::kRule,
                   m_style.points(0.5));
        const QString mark = skillCellMark(cell);
        m_flow.text(x + (swatch - m_style.advance(font, mark)) / 2, (swatch - line) / 2 + 1, font,
                    mark, skillCellInk(cell));
        m_flow.text(x + swatch + gap, (swatch - line) / 2 + 1, font, label);
        x += width;
    }
    m_flow.advance(height + m_style.points(4));
    m_flow.paragraph(0, m_flow.width(), ReportFont::Small,
                     reportTr("Under each name: their level \u2192 the next level, and whether "
                              "every required competency meets the next level (ready) or how "
                              "many are gaps."),
                     colors::kMuted);
    m_flow.advance(m_style.points(8));
}

int SkillsMatrixLayout::columnsPerGrid(const team::SkillsMatrixReport& report,
                                       const ReportStyle& style, qreal width) {
    const qreal padding = style.points(kCellPadding);
    qreal widest = style.millimetres(17);
    for (const catalog::Level& level : report.levels) {
        for (const QString& word : fromCore(level.name).split(QLatin1Char(' '))) {
            widest = std::max(widest, style.advance(kCellFont, word));
        }
    }
    for (const team::Competency& competency : report.grid.competencies) {
        for (const QString& part : breakableParts(fromCore(competency.name))) {
            widest = std::max(widest, style.advance(kHeaderFont, part.trimmed()));
        }
    }
    const qreal person = style.millimetres(kPersonColumn);
    const qreal cell = widest + 2 * padding + style.points(0.5);
    return std::max(1, static_cast<int>(std::floor((width - person) / cell)));
}

SkillsMatrixLayout::Columns SkillsMatrixLayout::columnsFor(std::size_t first,
                                                           std::size_t count) const {
    Columns columns;
    columns.first = first;
    columns.count = count;
    columns.person = m_style.millimetres(kPersonColumn);
    columns.cell =
        (m_flow.width() - columns.person) / static_cast<qreal>(std::max<std::size_t>(count, 1));
    return columns;
}

void SkillsMatrixLayout::grids() {
    const std::size_t total = m_report.grid.competencies.size();
    const auto perGrid =
        static_cast<std::size_t>(columnsPerGrid(m_report, m_style, m_flow.width()));
    const std::size_t grids = (total + perGrid - 1) / perGrid;
    // Spread the competencies evenly: 5 + 4 rather than 8 + 1.
    const std::size_t each = (total + grids - 1) / std::max<std::size_t>(grids, 1);
    for (std::size_t first = 0; first < total; first += each) {
        grid(columnsFor(first, std::min(each, total - first)), static_cast<int>(grids));
    }
}

void SkillsMatrixLayout::grid(const Columns& columns, int total) {
    const qreal row = 3 * m_style.lineHeight(kCellFont) + m_style.points(8);
    m_flow.ensure(m_style.lineHeight(ReportFont::Subheading) + 4 * row);
    if (total > 1) {
        m_flow.paragraph(0, m_flow.width(), ReportFont::Subheading,
                         reportTr("Competencies %1\u2013%2 of %3")
                             .arg(columns.first + 1)
                             .arg(columns.first + columns.count)
                             .arg(m_report.grid.competencies.size()));
        m_flow.advance(m_style.points(4));
    }
    gridHeader(columns);
    m_flow.setContinuation([this, columns, total] {
        const QString title = total > 1 ? reportTr(
                                              "Skills matrix, competencies %1\u2013%2 "
                                              "(continued)")
                                              .arg(columns.first + 1)
                                              .arg(columns.first + columns.count)
                                        : reportTr("Skills matrix (continued)");
        m_flow.text(0, 0, ReportFont::Subheading, title, colors::kMuted);
        m_flow.advance(m_style.lineHeight(ReportFont::Subheading) + m_style.points(4));
        gridHeader(columns);
    });
    for (std::size_t r = 0; r < m_report.grid.rows.size(); ++r) {
        gridRow(columns, r);
    }
    m_flow.setContinuation({});
    m_flow.advance(m_style.points(16));
}

void SkillsMatrixLayout::gridHeader(const Columns& columns) {
    const qreal padding = m_style.points(kCellPadding);
    const qreal line = m_style.lineHeight(kHeaderFont);
    std::vector<QStringList> titles;
    int most = 1;
    for (std::size_t c = 0; c < columns.count; ++c) {
        const auto& competency = m_report.grid.competencies[columns.first + c];
        titles.push_back(wrapAtHyphens(m_flow, kHeaderFont, fromCore(competency.name),
                                       columns.cell - 2 * padding, kMaxHeaderLines));
        most = std::max(most, static_cast<int>(titles.back().size()));
    }
    const qreal height = most * line + 2 * padding;
    m_flow.box(QRectF(0, 0, m_flow.width(), height), colors::kHeaderFill);
    m_flow.text(padding, height - padding - m_style.lineHeight(ReportFont::SmallBold),
                ReportFont::SmallBold, reportTr("Person"));
    for (std::size_t c = 0; c < columns.count; ++c) {
        const qreal left = columns.person + columns.cell * static_cast<qreal>(c);
        // Bottom-aligned, so every name sits on the cells it heads.
        qreal dy = height - padding - line * static_cast<qreal>(titles[c].size());
        for (const QString& title : titles[c]) {
            m_flow.text(left + (columns.cell - m_style.advance(kHeaderFont, title)) / 2, dy,
                        kHeaderFont, title);
            dy += line;
        }
    }
    m_flow.advance(height);
}

void SkillsMatrixLayout::gridRow(const Columns& columns, std::size_t index) {
    const team::SkillGridRow& row = m_report.grid.rows[index];
    const TeamReadinessRow& readiness = m_report.readiness[index];
    const qreal padding = m_style.points(kCellPadding);
    const qreal personText = columns.person - 2 * padding;
    const QStringList name =
        m_flow.wrap(ReportFont::SmallBold, fromCore(row.person), personText, kMaxNameLines);
    const QStringList level = m_flow.wrap(ReportFont::Small, levelLine(readiness), personText, 2);
    const qreal bold = m_style.lineHeight(ReportFont::SmallBold);
    const qreal small = m_style.lineHeight(kCellFont);
    std::vector<QStringList> cells;
    int tallest = 1;
    for (std::size_t c = 0; c < columns.count; ++c) {
        cells.push_back(m_flow.wrap(kCellFont, cellText(row.cells[columns.first + c]),
                                    columns.cell - 2 * padding, kMaxCellLines));
        tallest = std::max(tallest, static_cast<int>(cells.back().size()));
    }
    const qreal personHeight =
        static_cast<qreal>(name.size()) * bold + static_cast<qreal>(level.size()) * small + bold;
    const qreal height = std::max(personHeight, static_cast<qreal>(tallest) * small) + 2 * padding;
    m_flow.ensure(height);
    qreal dy = padding;
    for (const QString& each : name) {
        m_flow.text(padding, dy, ReportFont::SmallBold, each);
        dy += bold;
    }
    for (const QString& each : level) {
        m_flow.text(padding, dy, ReportFont::Small, each, colors::kMuted);
        dy += small;
    }
    m_flow.text(padding, dy, ReportFont::SmallBold, readinessWord(readiness),
                readinessInk(readiness));
    const qreal inset = m_style.points(1);
    for (std::size_t c = 0; c < columns.count; ++c) {
        const SkillCellClass cell = row.cells[columns.first + c].cell;
        const qreal left = columns.person + columns.cell * static_cast<qreal>(c);
        m_flow.box(QRectF(left + inset, inset, columns.cell - 2 * inset, height - 2 * inset),
                   skillCellFill(cell));
        // Centred in the cell, both ways.
        qreal top = (height - static_cast<qreal>(cells[c].size()) * small) / 2;
        for (const QString& each : cells[c]) {
            m_flow.text(left + (columns.cell - m_style.advance(kCellFont, each)) / 2, top,
                        kCellFont, each, skillCellInk(cell));
            top += small;
        }
    }
    m_flow.box(QRectF(0, height - m_style.points(0.4), columns.person, m_style.points(0.4)),
               colors::kRule);
    m_flow.advance(height);
}

QString SkillsMatrixLayout::cellText(const team::SkillGridCell& cell) const {
    if (!cell.rating) {
        return skillCellMark(cell.cell);
    }
    return skillCellMark(cell.cell) + QLatin1Char(' ') +
           fromCore(m_ladder.name(cell.rating->demonstratedLevel));
}

void SkillsMatrixLayout::readinessSummary() {
    skillsSectionLabel(m_flow, reportTr("Readiness for promotion"));
    m_flow.paragraph(0, m_flow.width(), ReportFont::Small,
                     reportTr("A person is ready when every required competency meets the next "
                              "level's expectation in their newest assessment; a competency never "
                              "assessed counts as a gap. Ready people first, then by the gaps "
                              "left to close."),
                     colors::kMuted);
    m_flow.advance(m_style.points(6));
    ReportTable table(
        m_flow,
        {{reportTr("Person"), 1.4},
         {reportTr("Level"), 1.0},
         {reportTr("Next level"), 1.0},
         // Measured in the regular face, printed in bold: room to spare.
         {reportTr("Readiness"), 0, false, reportTr("Not assessed") + QStringLiteral("   ")},
         {reportTr("Required met"), 0, true, QStringLiteral("99 of 99")},
         {reportTr("Gaps to close"), 2.6}},
        reportTr("Readiness for promotion (continued)"));
    table.header();
    for (const std::size_t index : summaryOrder()) {
        const TeamReadinessRow& row = m_report.readiness[index];
        const QString dash = QStringLiteral("\u2014");
        table.row(
            {fromCore(row.person),
             fromCore(row.level),
             row.atTop ? dash : fromCore(row.nextLevel),
             {readinessWord(row), ReportFont::SmallBold, readinessInk(row)},
             row.atTop ? dash : reportTr("%1 of %2").arg(row.requiredMet).arg(row.requiredCount),
             gapsText(row)});
    }
}

std::vector<std::size_t> SkillsMatrixLayout::summaryOrder() const {
    auto rank = [](const TeamReadinessRow& row) {
        if (row.assessed == 0) {
            return 1000000;
        }
        if (row.atTop || row.requiredCount == 0) {
            return 100000;
        }
        return row.ready ? 0 : 1 + gapCount(row);
    };
    std::vector<std::size_t> order(m_report.readiness.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        order[i] = i;
    }
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return rank(m_report.readiness[a]) < rank(m_report.readiness[b]);
    });
    return order;
}

}  // namespace pmm::ui
