#pragma once

#include <optional>
#include <string>

struct sqlite3;

namespace pmm::storage {

// The first problem SQLite's quick_check finds (the page structure of every table and
// index, without cross-checking index contents: a fraction of a full integrity_check on a
// large file), or nothing. An import checks this before it writes, so it never builds on a
// damaged file.
std::optional<std::string> firstQuickCheckProblem(sqlite3* db);

}  // namespace pmm::storage
