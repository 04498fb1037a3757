#pragma once

#include "interchange/entity_section.h"

namespace pmm::interchange {

// "positioning_reviews": the reviews held [{uid, reviewed_on, trigger, product, segment,
// competitor, evidence, decision, statement, follow_ups, participants, refresh_requests}]:
// why (a trigger word), what they covered (null: every product or segment), the decision
// word and the statement version a refine or reposition produced, who took part (person
// uids, sorted) and the cards they asked to refresh ({card, requested_on, note,
// card_revision}, by card uid). Importing a request does not flag the card again: each card
// in the file states its own refresh state.
class PositioningReviewsSection final : public EntitySection {
public:
    std::string_view key() const override { return "positioning_reviews"; }
    std::size_t count(const WorkspaceData& data) const override { return data.reviews.size(); }
    void writeJson(JsonWriter& out, const WorkspaceData& data) const override;
    void readRecord(const nlohmann::json& value, std::size_t index, WorkspaceData& file,
                    ProblemList& problems) const override;
    void validate(const ImportScope& scope, ProblemList& problems) const override;
    ChangeCounts plan(const ImportScope& scope) const override;
    void write(const ImportScope& scope, sqlite3* db) const override;
};

}  // namespace pmm::interchange
