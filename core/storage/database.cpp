#include "storage/database.h"

#include <sqlite3.h>

#include "storage/workspace_error.h"

namespace pmm::storage {

namespace {

WorkspaceErrorKind kindFor(int rc) {
    switch (rc & 0xff) {
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            return WorkspaceErrorKind::InUse;
        case SQLITE_CORRUPT:
            return WorkspaceErrorKind::Corrupt;
        case SQLITE_NOTADB:
            return WorkspaceErrorKind::NotAWorkspace;
        case SQLITE_READONLY:
            return WorkspaceErrorKind::ReadOnly;
        case SQLITE_CONSTRAINT:
            return WorkspaceErrorKind::Invalid;
        default:
            return WorkspaceErrorKind::Io;
    }
}

std::string sentenceFor(int rc, const char* detail) {
    switch (rc & 0xff) {
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            return "The workspace is busy: another program is writing to it. Try again when it "
                   "has finished.";
        case SQLITE_CORRUPT:
            return "The workspace file is damaged (" + std::string(detail) +
                   "). Restore it from a backup.";
        case SQLITE_NOTADB:
            return "The file is not a PMM Workbench workspace (not an SQLite database).";
        case SQLITE_READONLY:
            return "The workspace cannot be changed: it is read-only.";
        case SQLITE_FULL:
            return "The disk is full: the change was not saved.";
        case SQLITE_IOERR:
            return "The workspace could not be written or read (" + std::string(detail) +
                   "): the change was not saved.";
        case SQLITE_CANTOPEN:
            return "The workspace file cannot be opened (" + std::string(detail) + ").";
        default:
            return std::string(detail);
    }
}

}  // namespace

void throwSqliteError(sqlite3* db, int rc, std::string_view context) {
    const char* detail = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    std::string message = sentenceFor(rc, detail);
    if ((rc & 0xff) == SQLITE_CONSTRAINT || message == detail) {
        message = std::string(context) + ": " + detail;
    }
    throw WorkspaceError(kindFor(rc), message);
}

Statement::Statement(sqlite3* db, std::string_view sql) : m_db(db) {
    const int rc =
        sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &m_stmt, nullptr);
    if (rc != SQLITE_OK) {
        throwSqliteError(db, rc, "Preparing a statement");
    }
}

Statement::~Statement() {
    sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement&& other) noexcept : m_db(other.m_db), m_stmt(other.m_stmt) {
    other.m_stmt = nullptr;
}

Statement& Statement::bind(int index, std::int64_t value) {
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, double value) {
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, std::string_view value) {
    sqlite3_bind_text64(m_stmt, index, value.data(), value.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
    return *this;
}

Statement& Statement::bind(int index, std::nullopt_t) {
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Statement& Statement::bind(int index, const std::optional<std::int64_t>& value) {
    return value ? bind(index, *value) : bind(index, std::nullopt);
}

Statement& Statement::bind(int index, const std::optional<std::string>& value) {
    return value ? bind(index, std::string_view(*value)) : bind(index, std::nullopt);
}

Statement& Statement::bind(int index, const std::optional<double>& value) {
    return value ? bind(index, *value) : bind(index, std::nullopt);
}

bool Statement::step() {
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc == SQLITE_DONE) {
        return false;
    }
    throwSqliteError(m_db, rc, "Saving to the workspace");
}

void Statement::run() {
    while (step()) {
    }
}

void Statement::reset() {
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool Statement::isNull(int column) const {
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

std::int64_t Statement::int64(int column) const {
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const {
    return sqlite3_column_double(m_stmt, column);
}

std::string Statement::text(int column) const {
    const auto* data = sqlite3_column_text(m_stmt, column);
    const int size = sqlite3_column_bytes(m_stmt, column);
    return data ? std::string(reinterpret_cast<const char*>(data), static_cast<size_t>(size))
                : std::string();
}

std::string_view Statement::textView(int column) const {
    const auto* data = sqlite3_column_text(m_stmt, column);
    const int size = sqlite3_column_bytes(m_stmt, column);
    return data ? std::string_view(reinterpret_cast<const char*>(data), static_cast<size_t>(size))
                : std::string_view();
}

std::optional<std::int64_t> Statement::optionalInt64(int column) const {
    if (isNull(column)) {
        return std::nullopt;
    }
    return int64(column);
}

std::optional<std::string> Statement::optionalText(int column) const {
    if (isNull(column)) {
        return std::nullopt;
    }
    return text(column);
}

std::optional<double> Statement::optionalReal(int column) const {
    if (isNull(column)) {
        return std::nullopt;
    }
    return real(column);
}

void execScript(sqlite3* db, const std::string& sql) {
    char* error = nullptr;
    const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error);
    if (rc != SQLITE_OK) {
        std::string detail = error ? error : sqlite3_errstr(rc);
        sqlite3_free(error);
        if ((rc & 0xff) == SQLITE_ERROR) {
            throw WorkspaceError(WorkspaceErrorKind::Io, detail);
        }
        throwSqliteError(db, rc, detail);
    }
}

Transaction::Transaction(sqlite3* db) : m_db(db), m_nested(sqlite3_get_autocommit(db) == 0) {
    execScript(db, m_nested ? "SAVEPOINT nested" : "BEGIN IMMEDIATE");
}

Transaction::~Transaction() {
    if (m_done) {
        return;
    }
    if (m_nested) {
        sqlite3_exec(m_db, "ROLLBACK TO nested; RELEASE nested", nullptr, nullptr, nullptr);
    } else {
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
    }
}

void Transaction::commit() {
    execScript(m_db, m_nested ? "RELEASE nested" : "COMMIT");
    m_done = true;
}

}  // namespace pmm::storage
