#include "storage/interchange_health_check.h"

#include "storage/database.h"

namespace pmm::storage {

std::optional<std::string> firstQuickCheckProblem(sqlite3* db) {
    Statement check(db, "PRAGMA quick_check(1)");
    if (check.step()) {
        std::string line = check.text(0);
        if (line != "ok") {
            return line;
        }
    }
    return std::nullopt;
}

}  // namespace pmm::storage
