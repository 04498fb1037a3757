#pragma once

#include "battlecards/battlecard.h"

namespace pmm::battlecards {

// The card as Sales may see it: internal-only lines removed, and lines with nothing to read
// (a list item whose fields are all blank) left out, order kept. Text sections are kept as
// they are.
BattlecardContent salesView(const BattlecardContent& content);

}  // namespace pmm::battlecards
