#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace pmm::storage {

// A prepared statement with bound parameters. Every SQL statement in the product goes
// through this class: nothing is ever formatted into SQL text.
class Statement {
public:
    Statement(sqlite3* db, std::string_view sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    Statement(Statement&& other) noexcept;

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view value);
    Statement& bind(int index, const std::string& value) {
        return bind(index, std::string_view(value));
    }
    Statement& bind(int index, const char* value) { return bind(index, std::string_view(value)); }
    Statement& bind(int index, std::nullopt_t);
    Statement& bind(int index, const std::optional<std::int64_t>& value);
    Statement& bind(int index, const std::optional<std::string>& value);
    Statement& bind(int index, const std::optional<double>& value);

    // Returns true while a row is available; throws WorkspaceError on failure.
    bool step();
    // Runs a statement that returns no rows.
    void run();
    void reset();

    bool isNull(int column) const;
    std::int64_t int64(int column) const;
    int integer(int column) const { return static_cast<int>(int64(column)); }
    double real(int column) const;
    std::string text(int column) const;
    // The column's text without a copy: valid until the next step() or reset().
    std::string_view textView(int column) const;
    std::optional<std::int64_t> optionalInt64(int column) const;
    std::optional<std::string> optionalText(int column) const;
    std::optional<double> optionalReal(int column) const;

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
};

// Throws a WorkspaceError describing the SQLite result code `rc` for `db`.
[[noreturn]] void throwSqliteError(sqlite3* db, int rc, std::string_view context);

// Runs SQL text with no parameters (schema scripts, pragmas). Never for user values.
void execScript(sqlite3* db, const std::string& sql);

// Rolls back unless commit() was called. The outermost one uses BEGIN IMMEDIATE so a
// writer fails fast instead of deadlocking on upgrade from a read lock; one opened inside
// another becomes a SAVEPOINT, so a store's write can be part of a larger bulk change.
class Transaction {
public:
    explicit Transaction(sqlite3* db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    sqlite3* m_db;
    bool m_nested = false;
    bool m_done = false;
};

}  // namespace pmm::storage
