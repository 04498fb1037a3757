#include "storage/interchange_keys.h"

#include "storage/database.h"
#include "storage/workspace_error.h"

namespace pmm::storage {

KeysByUid keysByUid(sqlite3* db, const char* sql) {
    KeysByUid keys;
    Statement query(db, sql);
    while (query.step()) {
        keys.emplace(query.text(0), query.int64(1));
    }
    return keys;
}

std::int64_t keyOf(const KeysByUid& keys, const std::string& uid, const char* what) {
    const auto found = keys.find(uid);
    if (found == keys.end()) {
        throw WorkspaceError(WorkspaceErrorKind::Invalid,
                             std::string("Import: no ") + what + " with uid " + uid + ".");
    }
    return found->second;
}

std::optional<std::int64_t> optionalKeyOf(const KeysByUid& keys,
                                          const std::optional<std::string>& uid, const char* what) {
    return uid ? std::optional<std::int64_t>(keyOf(keys, *uid, what)) : std::nullopt;
}

}  // namespace pmm::storage
