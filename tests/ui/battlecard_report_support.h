#pragma once

// Battlecards written through core for the sales PDF tests, and the PDF read back as text.
#include <QString>

#include <cstdint>

#include "battlecard_test_support.h"
#include "pdf_support.h"

namespace pmm::uitest {

// The markup a PMM might paste into a card: it must print as these very characters.
inline constexpr const char* kMarkup = "<b>bold</b> &amp; \"quotes\"";

struct SalesCardWorld {
    BattlecardWorld world;       // Globex and Initech; Mid-market (Maya) and Enterprise (Jonas)
    std::int64_t globexMid = 0;  // every section filled, internal-only lines in each list
    std::int64_t globexEnterprise = 0;
    std::int64_t initechMid = 0;
};

// Three cards (no Initech card for Enterprise), refreshed on `refreshed`.
SalesCardWorld addSalesCards(storage::Workspace& workspace, const Date& refreshed);

}  // namespace pmm::uitest
