#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "positioning/positioning_statement.h"

namespace pmm::storage {

class Workspace;

// Positioning statements per product × segment. Saving adds a version; versions are never
// changed. Rule violations throw WorkspaceError(Invalid) naming the part.
class PositioningStatementStore {
public:
    explicit PositioningStatementStore(Workspace& workspace) : m_workspace(workspace) {}

    // Stores `statement` as the next version of its product and segment; returns it stored.
    positioning::PositioningStatement addVersion(positioning::PositioningStatement statement);

    std::optional<positioning::PositioningStatement> current(std::int64_t productId,
                                                             std::int64_t segmentId) const;
    // Every version, newest first.
    std::vector<positioning::PositioningStatement> history(std::int64_t productId,
                                                           std::int64_t segmentId) const;

private:
    Workspace& m_workspace;
};

}  // namespace pmm::storage
