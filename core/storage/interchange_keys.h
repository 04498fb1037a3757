#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>

struct sqlite3;

namespace pmm::storage {

// Integer keys by uid, read once before an import writes thousands of records that refer to
// them.
using KeysByUid = std::unordered_map<std::string, std::int64_t>;

// Runs `sql` (uid first, key second) and collects the pairs.
KeysByUid keysByUid(sqlite3* db, const char* sql);
// The key of `uid`; throws WorkspaceError(Invalid) naming `what` when there is none (the
// import's validation makes that impossible; the transaction then rolls back).
std::int64_t keyOf(const KeysByUid& keys, const std::string& uid, const char* what);
std::optional<std::int64_t> optionalKeyOf(const KeysByUid& keys,
                                          const std::optional<std::string>& uid, const char* what);

}  // namespace pmm::storage
