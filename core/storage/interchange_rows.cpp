#include "storage/interchange_rows.h"

namespace pmm::storage {

ChildRows::ChildRows(sqlite3* db, std::string_view sql) : m_rows(db, sql), m_more(m_rows.step()) {}

void assignText(std::string& field, const Statement& row, int column) {
    field.assign(row.textView(column));
}

void assignText(std::optional<std::string>& field, const Statement& row, int column) {
    if (row.isNull(column)) {
        field.reset();
    } else if (field) {
        field->assign(row.textView(column));
    } else {
        field.emplace(row.textView(column));
    }
}

}  // namespace pmm::storage
