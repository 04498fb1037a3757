#pragma once

#include "battlecards/battlecard.h"

namespace pmm::battlecards {

// The card as Sales may see it, section by section: internal-only lines removed, and lines
// with nothing to read (a line whose fields are all blank) left out, order kept.
BattlecardContent salesView(const BattlecardContent& content);

}  // namespace pmm::battlecards
