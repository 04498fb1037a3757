#include "storage/deal_rows.h"

#include <algorithm>

#include "storage/database.h"
#include "storage/workspace.h"

namespace pmm::storage {

using positioning::Deal;
using positioning::Outcome;

namespace {

std::vector<NamedId> readNames(sqlite3* db, const char* sql) {
    Statement query(db, sql);
    std::vector<NamedId> names;
    while (query.step()) {
        names.push_back({query.int64(0), query.text(1)});
    }
    return names;
}

// Dates are split and outcomes numbered in SQLite: no date text is parsed per deal. The
// table is read in its own order and sorted here: walking the date index instead costs a
// random page read per deal, several times slower on 200,000 deals.
std::vector<Deal> readDeals(sqlite3* db) {
    Statement query(db,
                    "SELECT id, deal_ref, name, CAST(substr(closed_on, 1, 4) AS INTEGER), "
                    "CAST(substr(closed_on, 6, 2) AS INTEGER), "
                    "CAST(substr(closed_on, 9, 2) AS INTEGER), segment_id, product_id, "
                    "competitor_id, CASE outcome WHEN 'won' THEN 0 WHEN 'lost' THEN 1 ELSE 2 END, "
                    "arr_cents, reason, angle, notes FROM deals");
    constexpr Outcome kOutcomes[] = {Outcome::Won, Outcome::Lost, Outcome::NoDecision};
    std::vector<Deal> deals;
    while (query.step()) {
        Deal deal;
        deal.id = query.int64(0);
        deal.dealRef = query.text(1);
        deal.name = query.text(2);
        deal.closedOn = {query.integer(3), query.integer(4), query.integer(5)};
        deal.segmentId = query.optionalInt64(6);
        deal.productId = query.optionalInt64(7);
        deal.competitorId = query.optionalInt64(8);
        deal.outcome = kOutcomes[query.integer(9)];
        deal.arrCents = query.optionalInt64(10);
        deal.reason = query.text(11);
        deal.angle = query.text(12);
        deal.notes = query.text(13);
        deals.push_back(std::move(deal));
    }
    std::ranges::sort(deals, [](const Deal& a, const Deal& b) {
        return a.closedOn != b.closedOn ? a.closedOn > b.closedOn : a.id > b.id;
    });
    return deals;
}

}  // namespace

DealTable readDealTable(const Workspace& workspace) {
    sqlite3* db = workspace.handle();
    DealTable table;
    table.deals = readDeals(db);
    table.competitors = readNames(db, "SELECT id, name FROM competitors ORDER BY name, id");
    table.segments = readNames(db, "SELECT id, name FROM segments ORDER BY name, id");
    table.products = readNames(db, "SELECT id, name FROM products ORDER BY name, id");
    return table;
}

}  // namespace pmm::storage
