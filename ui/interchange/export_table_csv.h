#pragma once

#include <QString>

#include <string>
#include <vector>

class QTableView;
class QWidget;

namespace pmm::ui {

// The table the user is looking at inside `area` (a section): the visible table view that
// has the focus, else the first visible one; nullptr when there is none.
QTableView* visibleTable(QWidget* area);

// The rows of `view` as its user sees them: a header row, then every row of the view's model
// (its proxy: sorted and filtered as shown) with the display text of the visible columns in
// their on-screen order.
std::vector<std::vector<std::string>> visibleRows(const QTableView& view);

// Writes visibleRows(view) as CSV to `path`, atomically (QSaveFile). `forSpreadsheets` adds a
// UTF-8 byte order mark and keeps text that looks like a formula from running. Returns an
// error sentence, or an empty string on success.
QString exportTableAsCsv(const QTableView& view, const QString& path, bool forSpreadsheets);

}  // namespace pmm::ui
