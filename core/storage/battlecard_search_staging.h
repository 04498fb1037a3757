#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <string>

#include "storage/battlecard_search_functions.h"

struct sqlite3;

namespace pmm::storage {

// Search rows held in memory until they go into battlecard_search in one INSERT ... SELECT
// (see SearchIndexing::Deferred in battlecard_writer.h). One statement matters: FTS5 writes
// its pending terms out as a new segment at every statement savepoint. Held in memory rather
// than in a TEMP table, as they were: for 50,000 cards (~195 MB of text) staging and flushing
// take 5.4 s of CPU instead of 5.7 s and write no temp file, for ~180 MB more memory until
// the flush. The index they give is byte for byte the same.
class BattlecardSearchStaging {
public:
    // The text of a card's sections, in the column order of battlecard_search after the
    // competitor and segment names.
    using Sections = std::array<std::string, kSearchColumns - kSearchNameColumns>;

    // Stages the card's row, replacing one staged before.
    void stage(std::int64_t cardId, Sections sections);
    bool empty() const { return m_rows.empty(); }

    // Replaces the staged cards' rows of battlecard_search with the staged text, in card
    // order, with the names their cards have now (cards removed meanwhile are left out),
    // then forgets them. Run it inside the caller's transaction.
    void flushInto(sqlite3* db);

private:
    std::map<std::int64_t, Sections> m_rows;
};

}  // namespace pmm::storage
