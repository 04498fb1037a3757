#include "storage/multi_row_insert.h"

#include <utility>

namespace pmm::storage {

namespace {

// "(?1, ?2), (?3, ?4)" for 2 rows of 2 columns: numbered parameters only, no values.
std::string valuesClause(int rows, int columns) {
    std::string values;
    int parameter = 0;
    for (int row = 0; row < rows; ++row) {
        values += row == 0 ? "(" : ", (";
        for (int column = 0; column < columns; ++column) {
            values += (column == 0 ? "?" : ", ?") + std::to_string(++parameter);
        }
        values += ')';
    }
    return values;
}

}  // namespace

MultiRowInsert::MultiRowInsert(sqlite3* db, std::string head, int columns)
    : m_db(db), m_head(std::move(head)), m_columns(columns) {}

Statement& MultiRowInsert::statementFor(int rows) {
    std::optional<Statement>& slot = m_statements[static_cast<std::size_t>(rows - 1)];
    if (!slot) {
        slot.emplace(m_db, m_head + " VALUES " + valuesClause(rows, m_columns));
    }
    return *slot;
}

}  // namespace pmm::storage
