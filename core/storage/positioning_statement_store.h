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
    // Removes version `id` again (the undo of addVersion). Refused (WorkspaceError Invalid)
    // unless it is the newest version of its product and segment and no review produced it.
    void takeBack(std::int64_t id);

    std::optional<positioning::PositioningStatement> current(std::int64_t productId,
                                                             std::int64_t segmentId) const;
    // Version `id`, if it is in the workspace.
    std::optional<positioning::PositioningStatement> find(std::int64_t id) const;
    // The current (newest) version of every product × segment that has a statement, in one
    // query: the Statements tab lists them without asking each of 100 × 50 pairs.
    std::vector<positioning::PositioningStatement> currentOfEach() const;
    // Every version, newest first.
    std::vector<positioning::PositioningStatement> history(std::int64_t productId,
                                                           std::int64_t segmentId) const;

private:
    Workspace& m_workspace;
};

}  // namespace pmm::storage
