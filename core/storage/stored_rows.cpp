#include "storage/stored_rows.h"

#include "storage/database.h"
#include "storage/workspace_error.h"

namespace pmm::storage {

std::vector<StoredRow> readStoredRows(sqlite3* db, const StoredRowsSql& sql, std::int64_t key) {
    return readStoredRows(db, sql, std::vector<std::int64_t>{key});
}

std::vector<StoredRow> readStoredRows(sqlite3* db, const StoredRowsSql& sql,
                                      const std::vector<std::int64_t>& keys) {
    Statement query(db, sql.select);
    std::vector<StoredRow> rows;
    for (const std::int64_t key : keys) {
        query.reset();
        query.bind(1, key);
        while (query.step()) {
            StoredRow& row = rows.emplace_back();
            row.reserve(static_cast<std::size_t>(sql.columns));
            for (int column = 0; column < sql.columns; ++column) {
                row.push_back(query.optionalText(column));
            }
        }
    }
    query.reset();
    return rows;
}

void insertStoredRows(sqlite3* db, const StoredRowsSql& sql, const std::vector<StoredRow>& rows) {
    if (rows.empty()) {
        return;
    }
    Statement insert(db, sql.insert);
    for (const StoredRow& row : rows) {
        insert.reset();
        for (std::size_t column = 0; column < row.size(); ++column) {
            insert.bind(static_cast<int>(column) + 1, row[column]);
        }
        insert.run();
    }
}

void restoreStoredRows(sqlite3* db, const StoredRowsSql& sql, const std::vector<StoredRow>& rows,
                       const std::string& clash) {
    try {
        insertStoredRows(db, sql, rows);
    } catch (const WorkspaceError& error) {
        if (error.kind() != WorkspaceErrorKind::Invalid) {
            throw;
        }
        throw WorkspaceError(WorkspaceErrorKind::Invalid, clash);
    }
}

}  // namespace pmm::storage
