#pragma once

#include <stdexcept>
#include <string>

namespace pmm::storage {

// What went wrong, so callers can choose a reaction (offer read-only, offer to create...)
// without parsing messages. The message is a complete sentence meant for the user.
enum class WorkspaceErrorKind {
    NotFound,       // the file does not exist and the caller asked to open it
    AlreadyExists,  // the caller asked to create a file that exists
    NotAWorkspace,  // not SQLite, or SQLite but not ours
    Corrupt,        // damaged or truncated database
    NewerVersion,   // written by a newer app; never modified
    InUse,          // another process holds the workspace
    ReadOnly,       // cannot write where a write was needed
    Io,             // disk full, permission, other OS-level failure
    Invalid,        // a rule in the data was broken (e.g. a reference still in use)
    MigrationFailed,
};

class WorkspaceError : public std::runtime_error {
public:
    WorkspaceError(WorkspaceErrorKind kind, const std::string& message)
        : std::runtime_error(message), m_kind(kind) {}
    WorkspaceErrorKind kind() const { return m_kind; }

private:
    WorkspaceErrorKind m_kind;
};

}  // namespace pmm::storage
