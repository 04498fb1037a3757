#pragma once

#include "interchange/entity_section.h"

namespace pmm::interchange {

// "battlecards": each card for one competitor in one segment with its owner, refresh state,
// the template's sections (lines in order, each with its internal-only flag) and its
// revision history. History only grows: a revision whose uid is new is added after the
// card's stored ones; one the workspace holds must be recorded the same.
class BattlecardsSection final : public EntitySection {
public:
    std::string_view key() const override { return "battlecards"; }
    std::size_t count(const WorkspaceData& data) const override { return data.battlecards.size(); }
    void writeJson(JsonWriter& out, const WorkspaceData& data) const override;
    void readRecord(const nlohmann::json& value, std::size_t index, WorkspaceData& file,
                    ProblemList& problems) const override;
    void complete(WorkspaceData& file, const ImportScope& scope) const override;
    void validate(const ImportScope& scope, ProblemList& problems) const override;
    ChangeCounts plan(const ImportScope& scope) const override;
    void write(const ImportScope& scope, sqlite3* db) const override;

private:
    void validateReferences(const ImportScope& scope, const BattlecardRecord& card,
                            ProblemList& problems) const;
    void validateRevisions(const ImportScope& scope, ProblemList& problems) const;
};

}  // namespace pmm::interchange
