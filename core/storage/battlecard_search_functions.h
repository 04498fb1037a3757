#pragma once

struct sqlite3;

namespace pmm::storage {

// Registers on `db`, once, the FTS5 auxiliary functions the battlecard search uses:
//   pmm_rank(battlecard_search)            relevance, lower is better (FTS5's convention):
//       per query word its mentions, names weighted above text, saturated like bm25's term
//       frequency. Unlike bm25 it reads neither document lengths (cards are of similar
//       size) nor each word's document count (see rank() for why): over 50,000 cards a
//       query of common words then stays within an as-you-type budget. Used as
//       "rank MATCH 'pmm_rank()'", so FTS5 sorts by it and computes snippets for the kept
//       rows only.
//   pmm_best_column(battlecard_search)     the column with most matches, -1 without.
//   pmm_matched_columns(battlecard_search) a bit per column holding a match.
// Throws WorkspaceError when this SQLite has no FTS5.
void registerSearchFunctions(sqlite3* db);

// Columns of battlecard_search: competitor, segment, then the sections in template order.
inline constexpr int kSearchNameColumns = 2;
inline constexpr int kSearchColumns = kSearchNameColumns + 8;

}  // namespace pmm::storage
