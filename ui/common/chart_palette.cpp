#include "common/chart_palette.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QLegend>

#include "common/palette_colors.h"

namespace pmm::ui {

void applyChartPalette(QChartView& view, QChart& chart, double gridShare) {
    const QPalette& colors = view.palette();
    const QColor text = colors.color(QPalette::Text);
    const QColor base = colors.color(QPalette::Base);
    chart.setBackgroundBrush(base);
    view.setBackgroundBrush(base);
    chart.legend()->setLabelColor(text);
    for (QAbstractAxis* axis : chart.axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(blend(base, text, gridShare));
        axis->setLinePenColor(blend(base, text, 0.35));
    }
}

}  // namespace pmm::ui
