#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <optional>
#include <string>

#include "storage/database.h"

struct sqlite3;

namespace pmm::storage {

// Inserts rows into one table up to kRowsPerStatement at a time ("INSERT ... VALUES (...),
// (...), ..."), for millions of small rows that go in key order (a card's lines): each run
// of a statement has a fixed cost (a CHECK with an IN list of more than two values even
// builds a small temporary table each time), shared here by 16 rows. 2 million lines shaped
// like battlecard_points: 6.0 s of CPU one per statement, 3.2 s sixteen per statement
// (SQLite 3.40); the `large` import's card lines: 4.2 s before, 3.8 s after.
// Not for rows scattered over an index (deals by dedupe key, checklist marks by item): a
// statement of several rows journals every page it changes so it can be undone alone, and
// there that cost more than it saved (200,000 deals: 2.1 s one per statement, 2.6 s sixteen).
// The statements are prepared on first use, one per batch size, and reused.
class MultiRowInsert {
public:
    static constexpr int kRowsPerStatement = 16;

    // `head` is the statement up to VALUES: "INSERT INTO t (a, b)"; `columns` the number of
    // values of a row.
    MultiRowInsert(sqlite3* db, std::string head, int columns);

    // Inserts `count` rows: bindRow(statement, first, row) binds the values of row `row`
    // (0-based) as parameters first, first + 1, ... of `statement`. The values are copied
    // when bound, so they need to live only during the call.
    template <typename BindRow>
    void insert(std::size_t count, const BindRow& bindRow) {
        for (std::size_t done = 0; done < count;) {
            const auto rows = static_cast<int>(
                std::min<std::size_t>(count - done, static_cast<std::size_t>(kRowsPerStatement)));
            Statement& statement = statementFor(rows);
            statement.reset();
            for (int row = 0; row < rows; ++row) {
                bindRow(statement, row * m_columns + 1, done + static_cast<std::size_t>(row));
            }
            statement.run();
            done += static_cast<std::size_t>(rows);
        }
    }

private:
    Statement& statementFor(int rows);

    sqlite3* m_db;
    std::string m_head;
    int m_columns;
    std::array<std::optional<Statement>, kRowsPerStatement> m_statements;
};

}  // namespace pmm::storage
