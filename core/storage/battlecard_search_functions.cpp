#include "storage/battlecard_search_functions.h"

#include <sqlite3.h>

#include <algorithm>
#include <array>

#include "storage/workspace_error.h"

namespace pmm::storage {

namespace {

constexpr std::array<double, kSearchColumns> kColumnWeights = {4.0, 2.0, 1.0, 1.0, 1.0,
                                                               1.0, 1.0, 1.0, 1.0, 1.0};
constexpr double kSaturation = 1.2;  // bm25's k1: the tenth mention adds little

// Matches per column of the current row, from FTS5's list of phrase instances.
std::array<int, kSearchColumns> hitsPerColumn(const Fts5ExtensionApi* api, Fts5Context* fts,
                                              int& rc) {
    std::array<int, kSearchColumns> hits{};
    int count = 0;
    rc = api->xInstCount(fts, &count);
    for (int i = 0; rc == SQLITE_OK && i < count; ++i) {
        int phrase = 0;
        int column = 0;
        int offset = 0;
        rc = api->xInst(fts, i, &phrase, &column, &offset);
        if (rc == SQLITE_OK && column >= 0 && column < kSearchColumns) {
            ++hits[static_cast<std::size_t>(column)];
        }
    }
    return hits;
}

void bestColumn(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* result, int,
                sqlite3_value**) {
    int rc = SQLITE_OK;
    const auto hits = hitsPerColumn(api, fts, rc);
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(result, rc);
        return;
    }
    // The first of equals: ties go to the card's names, then to template order.
    const auto best = std::max_element(hits.begin(), hits.end());
    sqlite3_result_int(result, *best > 0 ? static_cast<int>(best - hits.begin()) : -1);
}

void matchedColumns(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* result, int,
                    sqlite3_value**) {
    int rc = SQLITE_OK;
    const auto hits = hitsPerColumn(api, fts, rc);
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(result, rc);
        return;
    }
    int mask = 0;
    for (int column = 0; column < kSearchColumns; ++column) {
        mask |= hits[static_cast<std::size_t>(column)] > 0 ? 1 << column : 0;
    }
    sqlite3_result_int(result, mask);
}

// Every result holds every query word (the words are AND-ed), so how rare a word is overall
// would only reweigh words all rows share; leaving that out saves a pass over each word's
// rows per query. Per word: its mentions weighted by column, saturated, summed over words.
void rank(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* result, int,
          sqlite3_value**) {
    // xInst (not a walk of each word's positions): FTS5 keeps the row's instance list, which
    // pmm_best_column and pmm_matched_columns then reuse for the rows that are kept.
    constexpr int kMaxPhrases = 64;
    std::array<double, kMaxPhrases> frequency{};
    int count = 0;
    int rc = api->xInstCount(fts, &count);
    for (int i = 0; rc == SQLITE_OK && i < count; ++i) {
        int phrase = 0;
        int column = 0;
        int offset = 0;
        rc = api->xInst(fts, i, &phrase, &column, &offset);
        if (rc == SQLITE_OK && phrase >= 0 && phrase < kMaxPhrases && column >= 0 &&
            column < kSearchColumns) {
            frequency[static_cast<std::size_t>(phrase)] +=
                kColumnWeights[static_cast<std::size_t>(column)];
        }
    }
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(result, rc);
        return;
    }
    double score = 0;
    for (const double f : frequency) {
        score += f * (kSaturation + 1) / (f + kSaturation);
    }
    sqlite3_result_double(result, -score);
}

fts5_api* fts5Of(sqlite3* db) {
    // The documented way to reach the FTS5 API: "SELECT fts5(?1)" with a pointer bound.
    // Statement has no pointer binding (and this is no product SQL), so the C API is used.
    fts5_api* api = nullptr;
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(statement, 1, static_cast<void*>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(statement);
    }
    sqlite3_finalize(statement);
    return api;
}

}  // namespace

void registerSearchFunctions(sqlite3* db) {
    // Registering again would add another copy to the connection's list, so register only
    // while a statement using the functions does not compile.
    sqlite3_stmt* probe = nullptr;
    const int rc =
        sqlite3_prepare_v2(db, "SELECT pmm_rank(battlecard_search) FROM battlecard_search LIMIT 0",
                           -1, &probe, nullptr);
    sqlite3_finalize(probe);
    if (rc == SQLITE_OK) {
        return;
    }
    fts5_api* api = fts5Of(db);
    if (!api || api->iVersion < 2 ||
        api->xCreateFunction(api, "pmm_rank", nullptr, rank, nullptr) != SQLITE_OK ||
        api->xCreateFunction(api, "pmm_best_column", nullptr, bestColumn, nullptr) != SQLITE_OK ||
        api->xCreateFunction(api, "pmm_matched_columns", nullptr, matchedColumns, nullptr) !=
            SQLITE_OK) {
        throw WorkspaceError(WorkspaceErrorKind::Io,
                             "Full-text search is not available: this SQLite has no FTS5.");
    }
}

}  // namespace pmm::storage
