#pragma once

#include <cstdint>

namespace pmm::storage {

// What a change touched, so every open view can refresh itself without knowing who edited.
enum class EntityKind {
    Level,
    Person,
    Product,
    Segment,
    Competitor,
    Setting,
    Launch,            // a launch, its tier, override or checklist state
    TierRule,          // a new tier rule version (id = the version)
    Battlecard,        // a card, its text, refresh state or revisions (id 0: several cards)
    CompetitorLaunch,  // an entry of the competitor launches log
    Competency,        // a competency of the skills matrix or its expectations (id 0: the order)
    SkillAssessment,   // an assessment with its evidence links
    Deal,              // a win/loss record (id 0: several, e.g. a CSV import)
    PositioningStatement,  // a new version of a product × segment's statement
    PositioningReview,     // a review held (with its participants and follow-ups)
    Everything,            // a bulk change (import, demo data): reload all
};

enum class ChangeType { Added, Updated, Removed };

struct Change {
    EntityKind kind;
    ChangeType type;
    std::int64_t id = 0;  // 0 when the change is not about one row
};

}  // namespace pmm::storage
