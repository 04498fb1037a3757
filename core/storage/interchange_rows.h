#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "storage/database.h"

namespace pmm::storage {

// Rows of a child table read alongside their parents, both in the order of the parent's key
// (column 0 here): a merge, with no lookup and no map of records per row.
class ChildRows {
public:
    // `sql` returns the parent's key first and is ordered by it.
    ChildRows(sqlite3* db, std::string_view sql);

    // `take(const Statement&)` for each row of `parent`, in the query's order. Parents are
    // asked for in ascending order; rows of a parent never asked for are skipped.
    template <class Take>
    void takeFor(std::int64_t parent, const Take& take) {
        while (m_more && m_rows.int64(0) < parent) {
            m_more = m_rows.step();
        }
        while (m_more && m_rows.int64(0) == parent) {
            take(static_cast<const Statement&>(m_rows));
            m_more = m_rows.step();
        }
    }

private:
    Statement m_rows;
    bool m_more;
};

// The next item of a list refilled in place: the item that held an earlier row's values
// (overwrite every field), or a new one. `used` counts the items refilled so far; cut the
// list to it once all are (list.resize(used)), so strings keep their memory from row to row.
template <class Item>
Item& reuseNext(std::vector<Item>& list, std::size_t& used) {
    if (used == list.size()) {
        list.emplace_back();
    }
    return list[used++];
}

// A column's value into a field that held an earlier row's, keeping the field's memory.
void assignText(std::string& field, const Statement& row, int column);
void assignText(std::optional<std::string>& field, const Statement& row, int column);

}  // namespace pmm::storage
