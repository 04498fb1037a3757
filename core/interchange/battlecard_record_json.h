#pragma once

#include <nlohmann/json.hpp>

#include <cstddef>

#include "interchange/json_writer.h"
#include "interchange/problem_list.h"
#include "interchange/workspace_data.h"

namespace pmm::interchange {

// One battlecard as JSON and back: the battlecards section's format (see format.h), kept
// apart from the section's rules because a card has the most text of any entity. A card's
// text is written as the template's sections in order, with the keys a revision snapshot
// uses (battlecards/battlecard_json.h).
void writeBattlecard(JsonWriter& out, const BattlecardRecord& record);
BattlecardRecord battlecardFromJson(const nlohmann::json& value, std::size_t index,
                                    ProblemList& problems);

}  // namespace pmm::interchange
