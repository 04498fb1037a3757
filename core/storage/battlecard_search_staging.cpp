#include "storage/battlecard_search_staging.h"

#include <sqlite3.h>

#include <memory>
#include <new>
#include <utility>

#include "storage/database.h"

namespace pmm::storage {

namespace {

using Rows = std::map<std::int64_t, BattlecardSearchStaging::Sections>;

// The staged rows as the table-valued function pmm_staged_search_rows(?1), ?1 being the
// rows bound as a pointer of this type: the card id, then the sections' text. Eponymous
// only (no CREATE VIRTUAL TABLE), read only, and only as long as the rows do not change.
constexpr const char* kRowsPointerType = "pmm_staged_search_rows";
constexpr int kCardIdColumn = 0;
constexpr int kStagedColumn = 1 + static_cast<int>(std::tuple_size_v<Rows::mapped_type>);

struct RowsCursor {
    sqlite3_vtab_cursor base{};  // first: SQLite hands this back as the cursor
    const Rows* rows = nullptr;
    Rows::const_iterator at;
};

const Rows& noRows() {
    static const Rows empty;
    return empty;
}

int connect(sqlite3* db, void*, int, const char* const*, sqlite3_vtab** table, char**) {
    const int rc = sqlite3_declare_vtab(
        db,
        "CREATE TABLE x(card_id INTEGER, overview TEXT, why_we_win TEXT, why_we_lose TEXT, "
        "objections TEXT, landmines TEXT, proof_points TEXT, pricing_notes TEXT, "
        "decision_tree TEXT, staged HIDDEN)");
    if (rc != SQLITE_OK) {
        return rc;
    }
    *table = new (std::nothrow) sqlite3_vtab{};
    return *table ? SQLITE_OK : SQLITE_NOMEM;
}

int disconnect(sqlite3_vtab* table) {
    delete table;
    return SQLITE_OK;
}

// Only a plan that passes the rows can run; rows come in card order, so ORDER BY card_id
// needs no sort (of ~200 MB of text).
int bestIndex(sqlite3_vtab*, sqlite3_index_info* info) {
    int rowsArgument = -1;
    for (int i = 0; i < info->nConstraint; ++i) {
        const auto& constraint = info->aConstraint[i];
        if (constraint.iColumn == kStagedColumn && constraint.op == SQLITE_INDEX_CONSTRAINT_EQ) {
            if (!constraint.usable) {
                return SQLITE_CONSTRAINT;
            }
            rowsArgument = i;
        }
    }
    if (rowsArgument < 0) {
        return SQLITE_CONSTRAINT;
    }
    info->aConstraintUsage[rowsArgument].argvIndex = 1;
    info->aConstraintUsage[rowsArgument].omit = 1;
    info->orderByConsumed =
        info->nOrderBy == 1 &&
        (info->aOrderBy[0].iColumn == kCardIdColumn || info->aOrderBy[0].iColumn == -1) &&
        !info->aOrderBy[0].desc;
    info->estimatedCost = 1;
    return SQLITE_OK;
}

int openCursor(sqlite3_vtab*, sqlite3_vtab_cursor** cursor) {
    auto* rows = new (std::nothrow) RowsCursor{};
    if (!rows) {
        return SQLITE_NOMEM;
    }
    rows->rows = &noRows();
    rows->at = rows->rows->end();
    *cursor = &rows->base;
    return SQLITE_OK;
}

RowsCursor& rowsCursor(sqlite3_vtab_cursor* cursor) {
    return *reinterpret_cast<RowsCursor*>(cursor);
}

int closeCursor(sqlite3_vtab_cursor* cursor) {
    delete &rowsCursor(cursor);
    return SQLITE_OK;
}

int filter(sqlite3_vtab_cursor* cursor, int, const char*, int argc, sqlite3_value** argv) {
    RowsCursor& rows = rowsCursor(cursor);
    const void* bound = argc == 1 ? sqlite3_value_pointer(argv[0], kRowsPointerType) : nullptr;
    rows.rows = bound ? static_cast<const Rows*>(bound) : &noRows();
    rows.at = rows.rows->begin();
    return SQLITE_OK;
}

int next(sqlite3_vtab_cursor* cursor) {
    ++rowsCursor(cursor).at;
    return SQLITE_OK;
}

int eof(sqlite3_vtab_cursor* cursor) {
    const RowsCursor& rows = rowsCursor(cursor);
    return rows.at == rows.rows->end();
}

int column(sqlite3_vtab_cursor* cursor, sqlite3_context* result, int index) {
    const auto& [cardId, sections] = *rowsCursor(cursor).at;
    if (index == kCardIdColumn) {
        sqlite3_result_int64(result, cardId);
    } else if (index > kCardIdColumn && index < kStagedColumn) {
        // Static: the rows outlive the statement and do not change while it runs.
        const std::string& text = sections[static_cast<std::size_t>(index - 1)];
        sqlite3_result_text64(result, text.data(), text.size(), SQLITE_STATIC, SQLITE_UTF8);
    } else {
        sqlite3_result_null(result);
    }
    return SQLITE_OK;
}

int rowid(sqlite3_vtab_cursor* cursor, sqlite_int64* id) {
    *id = rowsCursor(cursor).at->first;
    return SQLITE_OK;
}

// Eponymous only (no xCreate) and read only: the other methods stay null.
const sqlite3_module& rowsModule() {
    static const sqlite3_module module = [] {
        sqlite3_module methods{};
        methods.xConnect = connect;
        methods.xBestIndex = bestIndex;
        methods.xDisconnect = disconnect;
        methods.xOpen = openCursor;
        methods.xClose = closeCursor;
        methods.xFilter = filter;
        methods.xNext = next;
        methods.xEof = eof;
        methods.xColumn = column;
        methods.xRowid = rowid;
        return methods;
    }();
    return module;
}

// Registers the function once per connection: registering a module again would replace
// it under statements that may be using it.
void registerRowsModule(sqlite3* db) {
    sqlite3_stmt* probe = nullptr;
    const int found = sqlite3_prepare_v2(db, "SELECT 1 FROM pmm_staged_search_rows(NULL) LIMIT 0",
                                         -1, &probe, nullptr);
    sqlite3_finalize(probe);
    if (found == SQLITE_OK) {
        return;
    }
    const int rc = sqlite3_create_module(db, "pmm_staged_search_rows", &rowsModule(), nullptr);
    if (rc != SQLITE_OK) {
        throwSqliteError(db, rc, "Preparing the search index");
    }
}

// Runs `sql` once with `rows` bound to ?1. Statement binds no pointers, so the C API is used.
void runWithRows(sqlite3* db, const char* sql, const Rows& rows) {
    sqlite3_stmt* raw = nullptr;
    int rc = sqlite3_prepare_v2(db, sql, -1, &raw, nullptr);
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> statement(raw, sqlite3_finalize);
    if (rc == SQLITE_OK) {
        rc = sqlite3_bind_pointer(raw, 1, const_cast<Rows*>(&rows), kRowsPointerType, nullptr);
    }
    while (rc == SQLITE_OK || rc == SQLITE_ROW) {
        rc = sqlite3_step(raw);
    }
    if (rc != SQLITE_DONE) {
        throwSqliteError(db, rc, "Updating the search index");
    }
}

// FTS5 merges its segments as rows arrive (automerge, crisismerge) and writes its pending
// terms out whenever they pass `hashsize` bytes. For one large insert both are turned down,
// then set back to FTS5's defaults: 50,000 cards indexed in 4.8 s of CPU instead of 9.1 s,
// and searches on the result are as fast (the same query times were measured). Nor is the
// result merged ('optimize', 'merge') afterwards: the large demo's 50,000 cards end in four
// segments, which search within 3 % of one, and 'optimize' would add ~1.9 s of CPU.
void tuneSearchIndexForBulk(sqlite3* db, bool bulk) {
    Statement set(db, "INSERT INTO battlecard_search (battlecard_search, rank) VALUES (?1, ?2)");
    const std::pair<const char*, int> settings[] = {
        {"automerge", bulk ? 0 : 4},
        {"crisismerge", bulk ? 2000 : 16},
        {"hashsize", bulk ? (64 << 20) : (1 << 20)},
    };
    for (const auto& [name, value] : settings) {
        set.reset();
        set.bind(1, name).bind(2, value).run();
    }
}

}  // namespace

void BattlecardSearchStaging::stage(std::int64_t cardId, Sections sections) {
    m_rows.insert_or_assign(cardId, std::move(sections));
}

void BattlecardSearchStaging::flushInto(sqlite3* db) {
    if (m_rows.empty()) {
        return;
    }
    registerRowsModule(db);
    runWithRows(db,
                "DELETE FROM battlecard_search WHERE rowid IN "
                "(SELECT card_id FROM pmm_staged_search_rows(?1))",
                m_rows);
    tuneSearchIndexForBulk(db, true);
    // CROSS JOIN keeps the staged rows the outer loop, so FTS5 receives them in card order.
    runWithRows(db,
                "INSERT INTO battlecard_search (rowid, competitor, segment, overview, "
                "why_we_win, why_we_lose, objections, landmines, proof_points, pricing_notes, "
                "decision_tree) SELECT r.card_id, "
                "replace(replace(c.name, char(2), ''), char(3), ''), "
                "replace(replace(s.name, char(2), ''), char(3), ''), r.overview, r.why_we_win, "
                "r.why_we_lose, r.objections, r.landmines, r.proof_points, r.pricing_notes, "
                "r.decision_tree FROM pmm_staged_search_rows(?1) r "
                "CROSS JOIN battlecards b ON b.id = r.card_id "
                "CROSS JOIN competitors c ON c.id = b.competitor_id "
                "CROSS JOIN segments s ON s.id = b.segment_id ORDER BY r.card_id",
                m_rows);
    tuneSearchIndexForBulk(db, false);
    m_rows.clear();
}

}  // namespace pmm::storage
