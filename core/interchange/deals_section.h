#pragma once

#include "interchange/entity_section.h"

namespace pmm::interchange {

// One win/loss record as an element of the section's array.
void writeDeal(JsonWriter& out, const DealRecord& deal);

// "deals": the win/loss records [{uid, deal_id, name, closed_on, outcome, segment, product,
// competitor, arr, reason, angle, notes, dedupe_key}]. A deal merges by uid; a deal whose uid
// is new but whose dedupe key a workspace deal has (the same CRM deal, imported into both
// workspaces) is that deal, and takes the file's uid. A file may leave the dedupe key out:
// it is then made as a CRM import makes it.
class DealsSection final : public EntitySection {
public:
    std::string_view key() const override { return "deals"; }
    std::size_t count(const WorkspaceData& data) const override { return data.deals.size(); }
    void writeJson(JsonWriter& out, const WorkspaceData& data) const override;
    void readRecord(const nlohmann::json& value, std::size_t index, WorkspaceData& file,
                    ProblemList& problems) const override;
    void complete(WorkspaceData& file, const ImportScope& scope) const override;
    void validate(const ImportScope& scope, ProblemList& problems) const override;
    ChangeCounts plan(const ImportScope& scope) const override;
    void write(const ImportScope& scope, sqlite3* db) const override;
};

}  // namespace pmm::interchange
