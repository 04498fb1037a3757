// Rows written several per statement arrive complete, in order, and a row that breaks a
// constraint fails its statement as a whole.
#include "storage/multi_row_insert.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <string>
#include <vector>

#include "storage/database.h"
#include "storage/workspace_error.h"

namespace pmm::storage {
namespace {

class MultiRowInsertTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_EQ(sqlite3_open(":memory:", &m_db), SQLITE_OK);
        execScript(m_db,
                   "CREATE TABLE lines (id INTEGER PRIMARY KEY, position INTEGER NOT NULL "
                   "CHECK (position >= 1), text TEXT NOT NULL)");
    }
    void TearDown() override { sqlite3_close(m_db); }

    // Inserts lines "line 1", "line 2"... at positions 1, 2...; position 0 where `broken`.
    void insertLines(MultiRowInsert& insert, std::size_t count, std::size_t broken = SIZE_MAX) {
        insert.insert(count, [&](Statement& statement, int first, std::size_t row) {
            statement.bind(first, row == broken ? 0 : static_cast<int>(row + 1));
            statement.bind(first + 1, "line " + std::to_string(row + 1));
        });
    }

    std::vector<std::string> storedLines() {
        std::vector<std::string> lines;
        Statement query(m_db, "SELECT position, text FROM lines ORDER BY id");
        while (query.step()) {
            lines.push_back(std::to_string(query.int64(0)) + ": " + query.text(1));
        }
        return lines;
    }

    static std::vector<std::string> expectedLines(std::size_t count) {
        std::vector<std::string> lines;
        for (std::size_t i = 1; i <= count; ++i) {
            lines.push_back(std::to_string(i) + ": line " + std::to_string(i));
        }
        return lines;
    }

    sqlite3* m_db = nullptr;
};

TEST_F(MultiRowInsertTest, WritesEveryRowInOrderWhateverTheCount) {
    constexpr auto batch = static_cast<std::size_t>(MultiRowInsert::kRowsPerStatement);
    for (const std::size_t count :
         {std::size_t{0}, std::size_t{1}, batch - 1, batch, batch + 1, 3 * batch + 5}) {
        SCOPED_TRACE(count);
        execScript(m_db, "DELETE FROM lines");
        MultiRowInsert insert(m_db, "INSERT INTO lines (position, text)", 2);
        insertLines(insert, count);
        EXPECT_EQ(storedLines(), expectedLines(count));
    }
}

TEST_F(MultiRowInsertTest, IsReusedFromCallToCall) {
    MultiRowInsert insert(m_db, "INSERT INTO lines (position, text)", 2);
    insertLines(insert, 3);
    insertLines(insert, 20);
    const auto lines = storedLines();
    ASSERT_EQ(lines.size(), 23u);
    EXPECT_EQ(lines[2], "3: line 3");
    EXPECT_EQ(lines[3], "1: line 1");
    EXPECT_EQ(lines[22], "20: line 20");
}

TEST_F(MultiRowInsertTest, ARowBreakingAConstraintFailsItsWholeStatement) {
    MultiRowInsert insert(m_db, "INSERT INTO lines (position, text)", 2);
    const auto batch = static_cast<std::size_t>(MultiRowInsert::kRowsPerStatement);
    // The first statement goes in; the second holds the broken row and none of its rows stay.
    EXPECT_THROW(insertLines(insert, 2 * batch, batch + 3), WorkspaceError);
    EXPECT_EQ(storedLines(), expectedLines(batch));
}

}  // namespace
}  // namespace pmm::storage
