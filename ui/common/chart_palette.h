#pragma once

class QChart;
class QChartView;

namespace pmm::ui {

// Paints a chart in its view's palette (light or dark): background in Base, legend, axis
// labels and titles in Text, grid and axis lines blended between the two. `gridShare`: how
// much of the Text colour the grid lines take (0.15 faint, 0.25 plain).
void applyChartPalette(QChartView& view, QChart& chart, double gridShare);

}  // namespace pmm::ui
