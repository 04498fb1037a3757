#include "positioning/win_rate_table.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLocale>
#include <QStandardItemModel>

#include <algorithm>
#include <set>

#include "launches/launch_texts.h"
#include "positioning/positioning_widgets.h"
#include "positioning/win_loss_texts.h"

namespace pmm::ui {

namespace {

QStandardItem* cell(const QString& text, bool number = false) {
    auto* item = new QStandardItem(text);
    item->setEditable(false);
    if (number) {
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    return item;
}

QString intervalText(const positioning::WinRate& rate) {
    return QStringLiteral("%1\u2013%2 %")
        .arg(qRound(rate.interval.low * 100.0))
        .arg(qRound(rate.interval.high * 100.0));
}

QString competitorName(const positioning::PositioningFacts& facts, std::int64_t id) {
    const auto found = std::ranges::find(facts.competitors, id, &positioning::CompetitorFact::id);
    return found == facts.competitors.end() ? QString() : toQString(found->name);
}

}  // namespace

WinRateTable::WinRateTable(Kind kind, QWidget* parent)
    : QTableView(parent), m_model(new QStandardItemModel(this)) {
    setModel(m_model);
    m_model->setHorizontalHeaderLabels(
        {tr("Competitor"), kind == Kind::ByQuarter ? tr("Quarter") : tr("Angle used"),
         tr("Win rate"), tr("95 % interval"), tr("Won"), tr("Lost"), tr("No decision")});
    setUpPositioningTable(this, {24, kind == Kind::ByQuarter ? 10 : 40, 27, 15, 8, 8, 12});
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    auto* copy = new QAction(tr("&Copy"), this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &WinRateTable::copySelection);
    addAction(copy);
    setContextMenuPolicy(Qt::ActionsContextMenu);
}

void WinRateTable::showQuarters(const positioning::WinRateChart& chart) {
    clearRows();
    for (const positioning::WinRateLine& line : chart.lines) {
        for (std::size_t i = 0; i < line.cells.size(); ++i) {
            if (line.cells[i]) {
                addRow(toQString(line.competitor),
                       toQString(positioning::quarterText(chart.quarters[i])), *line.cells[i]);
            }
        }
    }
}

void WinRateTable::showAngles(const std::vector<positioning::AngleWinRate>& rates,
                              const positioning::PositioningFacts& facts,
                              const std::vector<std::int64_t>& chosen) {
    clearRows();
    for (const std::int64_t competitor : chosen) {
        const QString name = competitorName(facts, competitor);
        for (const positioning::AngleWinRate& rate : rates) {
            if (rate.competitorId == competitor) {
                addRow(name, toQString(facts.angles.at(static_cast<std::size_t>(rate.angle))),
                       rate.winRate);
            }
        }
    }
}

void WinRateTable::addRow(const QString& competitor, const QString& key,
                          const positioning::WinRate& rate) {
    const QLocale locale;
    m_model->appendRow({cell(competitor), cell(key), cell(winRatePercentText(rate)),
                        cell(intervalText(rate), true), cell(locale.toString(rate.won), true),
                        cell(locale.toString(rate.lost), true),
                        cell(locale.toString(rate.noDecision), true)});
}

void WinRateTable::clearRows() {
    m_model->removeRows(0, m_model->rowCount());
}

QString WinRateTable::selectedText() const {
    std::set<int> rows;
    for (const QModelIndex& index : selectionModel()->selectedIndexes()) {
        rows.insert(index.row());
    }
    if (rows.empty()) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            rows.insert(row);
        }
    }
    QStringList lines;
    QStringList header;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        header << m_model->headerData(column, Qt::Horizontal).toString();
    }
    lines << header.join(QLatin1Char('\t'));
    for (const int row : rows) {
        QStringList cells;
        for (int column = 0; column < m_model->columnCount(); ++column) {
            cells << m_model->item(row, column)->text();
        }
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void WinRateTable::copySelection() const {
    QApplication::clipboard()->setText(selectedText());
}

}  // namespace pmm::ui
