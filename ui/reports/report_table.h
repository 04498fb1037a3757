#pragma once

#include <QString>
#include <QStringList>

#include <vector>

#include "reports/report_flow.h"

namespace pmm::ui {

struct ReportColumn {
    QString title;
    qreal share = 1;  // of the width left by fitted columns, relative to the other columns
    bool alignRight = false;
    // When set, the column is exactly as wide as this text (or its title) needs, so dates
    // and figures never wrap; the other columns share what is left.
    QString fitText = {};
};

// One cell's text and look; a cell may add a second, smaller line (a marker under a name).
struct ReportCell {
    // Implicit: a plain QString is a cell in the default look.
    ReportCell(QString cellText = {}, ReportFont cellFont = ReportFont::Small,
               QRgb cellColor = report_colors::kInk)
        : text(std::move(cellText)), font(cellFont), color(cellColor) {}

    QString text;
    ReportFont font = ReportFont::Small;
    QRgb color = report_colors::kInk;
    QString note;  // optional, drawn below the text in SmallBold
    QRgb noteColor = report_colors::kOverride;
};

// A table laid out on a ReportFlow: cells wrap within their column, and when a row does not
// fit, the table continues on the next page under its title ("… (continued)") and header.
class ReportTable {
public:
    ReportTable(ReportFlow& flow, std::vector<ReportColumn> columns, QString continuedTitle = {});
    ~ReportTable();
    ReportTable(const ReportTable&) = delete;
    ReportTable& operator=(const ReportTable&) = delete;

    // The header row. Call once; it repeats itself on every page the table continues on.
    void header();
    void row(const std::vector<ReportCell>& cells, bool emphasised = false);
    // The height the header and one row of single lines take.
    qreal minimumHeight() const;

private:
    void drawHeader();
    qreal columnLeft(std::size_t column) const { return m_lefts[column]; }

    ReportFlow& m_flow;
    std::vector<ReportColumn> m_columns;
    std::vector<qreal> m_widths;
    std::vector<qreal> m_lefts;
    QString m_continuedTitle;
    qreal m_padding = 0;
    int m_rows = 0;
};

}  // namespace pmm::ui
