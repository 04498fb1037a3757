#pragma once

#include <string>

#include "battlecards/battlecard.h"

namespace pmm::interchange {

// The same bytes as battlecards::snapshotText(content) (compact JSON, keys in nlohmann's
// sorted order), written straight to text without building a JSON tree: an export compares
// and an import stores one snapshot per card revision, 50,000 of them in a large workspace.
std::string snapshotText(const battlecards::BattlecardContent& content);

}  // namespace pmm::interchange
