#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "battlecards/battlecard.h"

namespace pmm::battlecards {

// Create: made from the template. Save: the text was edited. Refresh: the owner confirmed
// the card is up to date (the text may or may not have changed).
enum class RevisionKind { Create, Save, Refresh };

std::string_view revisionKindKey(RevisionKind kind);  // "create", "save", "refresh"
std::optional<RevisionKind> revisionKindFromKey(std::string_view key);
std::string_view revisionKindLabel(RevisionKind kind);  // "Created", "Saved", "Refreshed"

// A revision as the history lists it, without its snapshot.
struct RevisionInfo {
    std::int64_t id = 0;
    std::string uid;
    std::int64_t cardId = 0;
    int number = 0;  // 1, 2, 3... per card
    RevisionKind kind = RevisionKind::Save;
    std::string changedBy;  // the name, kept even when the person is removed
    std::optional<std::int64_t> changedById;
    std::string changedAt;  // ISO-8601 UTC
    std::string note;       // optional words from the editor ("after Globex's price cut")
    std::string summary;    // what changed against the previous revision
};

// A revision with the card's text as it was saved.
struct Revision {
    RevisionInfo info;
    BattlecardContent content;
};

}  // namespace pmm::battlecards
