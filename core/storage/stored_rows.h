#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;

namespace pmm::storage {

// One row exactly as stored: every column's value in table order, NULL as nullopt. Values are
// kept as SQLite's text of them; written back, the column's affinity turns the text of an
// INTEGER column into the same integer again, so the row is restored byte for byte (the
// tables copied this way hold no REAL or BLOB columns).
using StoredRow = std::vector<std::optional<std::string>>;

// How to take one table's rows out and put them back, for an undoable removal: `select`
// reads every column in table order (SELECT *) of the rows under the key bound as ?1;
// `insert` writes one row from ?1 to ?columns (INSERT INTO table VALUES ...).
struct StoredRowsSql {
    std::string_view table;  // for the schema check in the tests
    std::string_view select;
    std::string_view insert;
    int columns = 0;
};

// The rows under `key`, in the order `sql.select` gives them.
std::vector<StoredRow> readStoredRows(sqlite3* db, const StoredRowsSql& sql, std::int64_t key);
// The rows under each of `keys` in turn, with one prepared statement.
std::vector<StoredRow> readStoredRows(sqlite3* db, const StoredRowsSql& sql,
                                      const std::vector<std::int64_t>& keys);
// Inserts `rows` again, inside the caller's transaction.
void insertStoredRows(sqlite3* db, const StoredRowsSql& sql, const std::vector<StoredRow>& rows);
// insertStoredRows() for the undo of a removal: a row that clashes with one stored since
// (the same uid or unique key) throws WorkspaceError(Invalid) with `clash`, a sentence for
// the user; the caller's transaction then rolls everything back.
void restoreStoredRows(sqlite3* db, const StoredRowsSql& sql, const std::vector<StoredRow>& rows,
                       const std::string& clash);

}  // namespace pmm::storage
