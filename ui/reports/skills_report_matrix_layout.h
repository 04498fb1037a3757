#pragma once

#include <QSizeF>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <vector>

#include "reports/report_document.h"
#include "reports/report_flow.h"
#include "storage/skills_report.h"
#include "team/level_ladder.h"

namespace pmm::ui {

class ReportStyle;

// Lays out the team's skills matrix (PRODUCT §6): a masthead, the legend, the grid of people
// x competencies (each cell the demonstrated level, coloured and marked against the person's
// level and the next; the header repeats on every page) and who is ready for promotion.
// Competencies that do not fit the page's width side by side go into further grids of the
// same people, so the matrix reads in portrait as in landscape.
class SkillsMatrixLayout {
public:
    // `area`: the paint rect of one page in device units, footer included.
    SkillsMatrixLayout(const team::SkillsMatrixReport& report, const ReportStyle& style,
                       QSizeF area, QString workspaceName);

    ReportDocument layout();

    // How many competency columns fit side by side in `width` (at least 1).
    static int columnsPerGrid(const team::SkillsMatrixReport& report, const ReportStyle& style,
                              qreal width);

private:
    struct Columns {
        std::size_t first = 0;  // the first competency of this grid
        std::size_t count = 0;
        qreal person = 0;  // widths
        qreal cell = 0;
    };

    void masthead();
    void legend();
    void grids();
    void grid(const Columns& columns, int total);
    void gridHeader(const Columns& columns);
    void gridRow(const Columns& columns, std::size_t row);
    void readinessSummary();
    Columns columnsFor(std::size_t first, std::size_t count) const;
    QString cellText(const team::SkillGridCell& cell) const;
    // Ready people first, then by gaps to close; the top of the ladder and the unassessed last.
    std::vector<std::size_t> summaryOrder() const;

    const team::SkillsMatrixReport& m_report;
    const ReportStyle& m_style;
    ReportFlow m_flow;
    QString m_workspaceName;
    team::LevelLadder m_ladder;
};

// `text` in lines no wider than `width`, broken at spaces and after hyphens
// ("Cross-" / "functional"), at most `maxLines`.
QStringList wrapAtHyphens(const ReportFlow& flow, ReportFont font, const QString& text, qreal width,
                          int maxLines);

}  // namespace pmm::ui
