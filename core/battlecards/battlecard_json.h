#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "battlecards/battlecard.h"

namespace pmm::battlecards {

// A card's text as JSON: what each revision keeps, so any two revisions can be compared
// long after the lines they came from were edited. Self-describing for the sqlite3 tool:
//   {"format": "pmm-battlecard-text", "version": 2,
//    "overview": [{"text": "...", "internal": false}],
//    "why_we_win": [{"text": "...", "internal": false}], "why_we_lose": [...],
//    "objections": [{"objection": "", "response": "", "proof": "", "internal": false}],
//    "landmines": [...], "proof_points": [{"story": "", "number": "", "internal": false}],
//    "pricing_notes": [{"text": "...", "internal": false}],
//    "decision_tree": [{"deal_looks_like": "", "lead_with": "", "because": "", "internal": false}]}
// Version 1 (workspaces before schema 7) held "overview" and "pricing_notes" as text; it is
// still read, each line that is not blank becoming one line (battlecards::pointsFromText).
inline constexpr const char* kSnapshotFormat = "pmm-battlecard-text";
inline constexpr int kSnapshotVersion = 2;

nlohmann::json contentToJson(const BattlecardContent& content);
std::string snapshotText(const BattlecardContent& content);
// Empty when `json` is not a snapshot of a version this build reads (1 or 2); never throws.
std::optional<BattlecardContent> contentFromJson(const nlohmann::json& json);
std::optional<BattlecardContent> contentFromSnapshot(std::string_view text);

}  // namespace pmm::battlecards
