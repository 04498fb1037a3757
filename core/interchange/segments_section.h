#pragma once

#include "interchange/entity_section.h"

namespace pmm::interchange {

// "segments": [{uid, name, description, owner}]: market segments; owner is the uid of then// person
// who owns the segment's battlecards. Names are unique.
class SegmentsSection final : public EntitySection {
public:
    std::string_view key() const override { return "segments"; }
    std::size_t count(const WorkspaceData& data) const override { return data.segments.size(); }
    void writeJson(JsonWriter& out, const WorkspaceData& data) const override;
    void readRecord(const nlohmann::json& value, std::size_t index, WorkspaceData& file,
                    ProblemList& problems) const override;
    void validate(const ImportScope& scope, ProblemList& problems) const override;
    ChangeCounts plan(const ImportScope& scope) const override;
    void write(const ImportScope& scope, sqlite3* db) const override;
};

}  // namespace pmm::interchange
