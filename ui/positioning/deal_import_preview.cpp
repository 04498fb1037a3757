#include "positioning/deal_import_preview.h"

#include <QLocale>
#include <QTableWidget>

#include "launches/launch_texts.h"
#include "storage/catalog.h"

namespace pmm::ui {

namespace {

using positioning::DealImportPlan;
using positioning::PlannedDeal;

template <class T>
void collectNames(const std::vector<T>& items, QHash<qint64, QString>& names) {
    for (const T& item : items) {
        names.insert(item.id, toQString(item.name));
    }
}

QString nameOf(const std::optional<std::int64_t>& id, const QHash<qint64, QString>& names) {
    return id ? names.value(*id) : QString();
}

QString competitorText(const PlannedDeal& planned, const DealNames& names) {
    if (!planned.newCompetitor.empty()) {
        return DealProblemModel::tr("%1 (new)").arg(toQString(planned.newCompetitor));
    }
    return nameOf(planned.deal.competitorId, names.competitors);
}

QStringList previewRow(const PlannedDeal& planned, const DealNames& names) {
    const positioning::Deal& deal = planned.deal;
    return {QString::number(planned.line),
            toQString(toIsoText(deal.closedOn)),
            toQString(deal.dealRef),
            toQString(deal.name),
            nameOf(deal.segmentId, names.segments),
            competitorText(planned, names),
            nameOf(deal.productId, names.products),
            toQString(positioning::outcomeLabel(deal.outcome)),
            arrText(deal.arrCents),
            toQString(deal.reason),
            toQString(deal.angle),
            toQString(deal.notes).simplified()};
}

}  // namespace

DealNames dealNames(const catalog::Catalog& catalog) {
    DealNames names;
    collectNames(catalog.competitors.list(), names.competitors);
    collectNames(catalog.segments.list(), names.segments);
    collectNames(catalog.products.list(), names.products);
    return names;
}

void showDealPreview(QTableWidget& table, const DealImportPlan& plan, const DealNames& names,
                     int limit) {
    const QStringList headers{DealProblemModel::tr("Line"),    DealProblemModel::tr("Close date"),
                              DealProblemModel::tr("Deal id"), DealProblemModel::tr("Deal name"),
                              DealProblemModel::tr("Segment"), DealProblemModel::tr("Competitor"),
                              DealProblemModel::tr("Product"), DealProblemModel::tr("Outcome"),
                              DealProblemModel::tr("ARR"),     DealProblemModel::tr("Reason"),
                              DealProblemModel::tr("Angle"),   DealProblemModel::tr("Notes")};
    const int rows = std::min(limit, static_cast<int>(plan.deals.size()));
    table.clear();
    table.setColumnCount(static_cast<int>(headers.size()));
    table.setHorizontalHeaderLabels(headers);
    table.setRowCount(rows);
    for (int row = 0; row < rows; ++row) {
        const QStringList cells = previewRow(plan.deals[static_cast<std::size_t>(row)], names);
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            if (column == 0 || column == 8) {
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            }
            table.setItem(row, column, item);
        }
    }
    table.resizeColumnsToContents();
}

QString arrText(const std::optional<std::int64_t>& cents) {
    if (!cents) {
        return {};
    }
    const int decimals = *cents % 100 == 0 ? 0 : 2;
    return QLocale().toString(static_cast<double>(*cents) / 100.0, 'f', decimals);
}

DealProblemModel::DealProblemModel(QObject* parent) : QAbstractTableModel(parent) {}

void DealProblemModel::setPlan(std::shared_ptr<const DealImportPlan> plan) {
    beginResetModel();
    m_plan = std::move(plan);
    endResetModel();
}

int DealProblemModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid() || !m_plan) {
        return 0;
    }
    return static_cast<int>(m_plan->fileProblems.size() + m_plan->rowProblems.size());
}

int DealProblemModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DealProblemModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !m_plan) {
        return {};
    }
    const auto row = static_cast<std::size_t>(index.row());
    const std::size_t fileProblems = m_plan->fileProblems.size();
    if (role == Qt::TextAlignmentRole && index.column() == LineColumn) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    if (row < fileProblems) {
        return index.column() == LineColumn ? tr("file") : toQString(m_plan->fileProblems[row]);
    }
    const positioning::DealRowProblem& problem = m_plan->rowProblems.at(row - fileProblems);
    return index.column() == LineColumn ? QVariant(problem.line)
                                        : QVariant(toQString(problem.message));
}

QVariant DealProblemModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    return section == LineColumn ? tr("Line") : tr("Problem");
}

}  // namespace pmm::ui
