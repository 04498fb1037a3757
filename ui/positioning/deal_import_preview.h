#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QString>

#include <cstdint>
#include <memory>
#include <optional>

#include "positioning/deal_import_plan.h"

class QTableWidget;

namespace pmm::catalog {
class Catalog;
}

namespace pmm::ui {

// The workspace's names behind the ids a plan refers to, to show deals as they are stored.
struct DealNames {
    QHash<qint64, QString> competitors;
    QHash<qint64, QString> segments;
    QHash<qint64, QString> products;
};
DealNames dealNames(const catalog::Catalog& catalog);

// "12,500.50" or "12,500" in the user's locale; "" without an amount (an ARR in hundredths).
QString arrText(const std::optional<std::int64_t>& cents);

// Fills `table` with the first `limit` deals of `plan` as they would be stored: parsed dates,
// outcomes and amounts, and names (new competitors marked "new").
void showDealPreview(QTableWidget& table, const positioning::DealImportPlan& plan,
                     const DealNames& names, int limit);

// Every problem of a plan, one per row: the file's own (no line) first, then each row's by
// line number.
class DealProblemModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { LineColumn, ProblemColumn, ColumnCount };

    explicit DealProblemModel(QObject* parent = nullptr);

    void setPlan(std::shared_ptr<const positioning::DealImportPlan> plan);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::shared_ptr<const positioning::DealImportPlan> m_plan;
};

}  // namespace pmm::ui
