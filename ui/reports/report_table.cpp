#include "reports/report_table.h"

#include <algorithm>
#include <numeric>

namespace pmm::ui {

namespace {

// A launch name may be a paragraph; a cell shows at most this many lines of it.
constexpr int kMaxCellLines = 8;

const ReportCell& emptyCell() {
    static const ReportCell empty;
    return empty;
}

}  // namespace

ReportTable::ReportTable(ReportFlow& flow, std::vector<ReportColumn> columns,
                         QString continuedTitle)
    : m_flow(flow),
      m_columns(std::move(columns)),
      m_continuedTitle(std::move(continuedTitle)),
      m_padding(flow.style().points(3)) {
    const ReportStyle& style = flow.style();
    auto fittedWidth = [&](const ReportColumn& column) {
        return std::max(style.advance(ReportFont::SmallBold, column.title),
                        style.advance(ReportFont::Small, column.fitText)) +
               2 * m_padding + style.points(1);
    };
    qreal fitted = 0;
    qreal shares = 0;
    for (const ReportColumn& column : m_columns) {
        if (column.fitText.isEmpty()) {
            shares += column.share;
        } else {
            fitted += fittedWidth(column);
        }
    }
    const qreal free = std::max(0.0, flow.width() - fitted);
    qreal left = 0;
    for (const ReportColumn& column : m_columns) {
        const qreal width = column.fitText.isEmpty()
                                ? (shares > 0 ? free * column.share / shares : 0)
                                : fittedWidth(column);
        m_lefts.push_back(left);
        m_widths.push_back(width);
        left += width;
    }
}

ReportTable::~ReportTable() {
    m_flow.setContinuation({});
}

qreal ReportTable::minimumHeight() const {
    const ReportStyle& style = m_flow.style();
    return 2 * (style.lineHeight(ReportFont::SmallBold) + 2 * m_padding);
}

void ReportTable::header() {
    m_flow.ensure(minimumHeight());
    drawHeader();
    m_flow.setContinuation([this] {
        if (!m_continuedTitle.isEmpty()) {
            const ReportStyle& style = m_flow.style();
            m_flow.text(0, 0, ReportFont::Subheading, m_continuedTitle, report_colors::kMuted);
            m_flow.advance(style.lineHeight(ReportFont::Subheading) + style.points(4));
        }
        drawHeader();
    });
}

void ReportTable::drawHeader() {
    const ReportStyle& style = m_flow.style();
    const ReportFont font = ReportFont::SmallBold;
    std::vector<QStringList> lines;
    int most = 1;
    for (std::size_t c = 0; c < m_columns.size(); ++c) {
        lines.push_back(m_flow.wrap(font, m_columns[c].title, m_widths[c] - 2 * m_padding, 3));
        most = std::max(most, static_cast<int>(lines.back().size()));
    }
    const qreal height = most * style.lineHeight(font) + 2 * m_padding;
    m_flow.box(QRectF(0, 0, m_flow.width(), height), report_colors::kHeaderFill);
    for (std::size_t c = 0; c < m_columns.size(); ++c) {
        qreal dy = m_padding;
        for (const QString& line : lines[c]) {
            if (m_columns[c].alignRight) {
                m_flow.textRight(columnLeft(c) + m_widths[c] - m_padding, dy, font, line);
            } else {
                m_flow.text(columnLeft(c) + m_padding, dy, font, line);
            }
            dy += style.lineHeight(font);
        }
    }
    m_flow.advance(height);
    m_rows = 0;
}

void ReportTable::row(const std::vector<ReportCell>& cells, bool emphasised) {
    const ReportStyle& style = m_flow.style();
    std::vector<QStringList> lines;
    qreal height = 0;
    for (std::size_t c = 0; c < m_columns.size(); ++c) {
        const ReportCell& cell = c < cells.size() ? cells[c] : emptyCell();
        const ReportFont font = emphasised ? ReportFont::SmallBold : cell.font;
        lines.push_back(m_flow.wrap(font, cell.text, m_widths[c] - 2 * m_padding, kMaxCellLines));
        qreal cellHeight = static_cast<qreal>(lines.back().size()) * style.lineHeight(font);
        if (!cell.note.isEmpty()) {
            cellHeight += style.lineHeight(ReportFont::SmallBold);
        }
        height = std::max(height, cellHeight);
    }
    height += 2 * m_padding;
    m_flow.ensure(height);
    if (emphasised) {
        m_flow.box(QRectF(0, 0, m_flow.width(), style.points(0.8)), report_colors::kInk);
    } else if (m_rows % 2 == 1) {
        m_flow.box(QRectF(0, 0, m_flow.width(), height), report_colors::kZebra);
    }
    for (std::size_t c = 0; c < m_columns.size(); ++c) {
        const ReportCell& cell = c < cells.size() ? cells[c] : emptyCell();
        const ReportFont font = emphasised ? ReportFont::SmallBold : cell.font;
        qreal dy = m_padding;
        for (const QString& line : lines[c]) {
            if (m_columns[c].alignRight) {
                m_flow.textRight(columnLeft(c) + m_widths[c] - m_padding, dy, font, line,
                                 cell.color);
            } else {
                m_flow.text(columnLeft(c) + m_padding, dy, font, line, cell.color);
            }
            dy += style.lineHeight(font);
        }
        if (!cell.note.isEmpty()) {
            m_flow.text(columnLeft(c) + m_padding, dy, ReportFont::SmallBold, cell.note,
                        cell.noteColor);
        }
    }
    m_flow.advance(height);
    ++m_rows;
}

}  // namespace pmm::ui
