#include "interchange/export_table_csv.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QSaveFile>
#include <QTableView>

#include "interchange/csv_writer.h"

namespace pmm::ui {

QTableView* visibleTable(QWidget* area) {
    if (area == nullptr) {
        return nullptr;
    }
    QTableView* first = nullptr;
    for (QTableView* view : area->findChildren<QTableView*>()) {
        if (!view->isVisibleTo(area) || view->model() == nullptr) {
            continue;
        }
        if (view->hasFocus()) {
            return view;
        }
        if (first == nullptr) {
            first = view;
        }
    }
    return first;
}

std::vector<std::vector<std::string>> visibleRows(const QTableView& view) {
    const QAbstractItemModel* model = view.model();
    std::vector<std::vector<std::string>> rows;
    if (model == nullptr) {
        return rows;
    }
    const QHeaderView* header = view.horizontalHeader();
    std::vector<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!view.isColumnHidden(logical)) {
            columns.push_back(logical);
        }
    }
    std::vector<std::string> titles;
    for (int column : columns) {
        titles.push_back(model->headerData(column, Qt::Horizontal).toString().toStdString());
    }
    rows.push_back(std::move(titles));
    for (int row = 0; row < model->rowCount(); ++row) {
        if (view.isRowHidden(row)) {
            continue;
        }
        std::vector<std::string> cells;
        for (int column : columns) {
            cells.push_back(model->index(row, column).data().toString().toStdString());
        }
        rows.push_back(std::move(cells));
    }
    return rows;
}

QString exportTableAsCsv(const QTableView& view, const QString& path, bool forSpreadsheets) {
    interchange::CsvWriter writer(
        interchange::CsvWriter::Options{forSpreadsheets, forSpreadsheets});
    for (const auto& row : visibleRows(view)) {
        writer.addRow(row);
    }
    QSaveFile file(path);
    const std::string& text = writer.text();
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(text.data(), static_cast<qint64>(text.size())) !=
            static_cast<qint64>(text.size()) ||
        !file.commit()) {
        return QObject::tr("Cannot write %1: %2. Nothing was written.")
            .arg(path, file.errorString());
    }
    return {};
}

}  // namespace pmm::ui
