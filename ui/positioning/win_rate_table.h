#pragma once

#include <QTableView>

#include <cstdint>
#include <vector>

#include "positioning/positioning_facts.h"
#include "positioning/win_rate.h"
#include "positioning/win_rate_chart.h"

class QStandardItemModel;

namespace pmm::ui {

// A small read-only table of win rates under the chart: the same numbers as the chart, for
// reading, a screen reader and copying (Ctrl+C copies the selected rows as tab-separated
// text with the header, ready to paste into a spreadsheet).
class WinRateTable : public QTableView {
    Q_OBJECT

public:
    enum class Kind { ByQuarter, ByAngle };

    WinRateTable(Kind kind, QWidget* parent = nullptr);

    // One row per quarter of each line that has deals, in the chart's order.
    void showQuarters(const positioning::WinRateChart& chart);
    // One row per angle used against each competitor of `chosen`, in that order.
    void showAngles(const std::vector<positioning::AngleWinRate>& rates,
                    const positioning::PositioningFacts& facts,
                    const std::vector<std::int64_t>& chosen);

    QStandardItemModel* itemModel() const { return m_model; }
    // The selected rows (every row when none is selected) as tab-separated text.
    QString selectedText() const;
    void copySelection() const;

private:
    void addRow(const QString& competitor, const QString& key, const positioning::WinRate& rate);
    void clearRows();

    QStandardItemModel* m_model;
};

}  // namespace pmm::ui
