#include "storage/launch_row.h"

#include <algorithm>
#include <map>
#include <tuple>
#include <unordered_map>
#include <utility>

#include "storage/database.h"
#include "storage/workspace.h"

namespace pmm::launches {

using storage::Statement;

namespace {

// Readiness counts the items of the tier in force under the launch's rule version; both
// counts are index lookups (tier_checklist_items by version and tier, launch_checklist by
// launch), so a quarter of 25,000 launches stays one pass.
#define PMM_LAUNCH_ROW_SELECT                                                                   \
    "SELECT l.id, l.name, l.product_id, p.name, l.owner_id, o.name, l.quarter, "                \
    "l.target_date, l.status, l.tier, l.tier_score, l.rule_version, "                           \
    "l.override_tier IS NOT NULL, "                                                             \
    "(SELECT count(*) FROM tier_checklist_items i "                                             \
    " WHERE i.rule_version = l.rule_version AND i.tier = l.tier), "                             \
    "(SELECT count(*) FROM launch_checklist c JOIN tier_checklist_items i ON i.id = c.item_id " \
    " WHERE c.launch_id = l.id AND c.done = 1 AND i.rule_version = l.rule_version "             \
    " AND i.tier = l.tier), "                                                                   \
    "length(trim(l.outcome)) > 0, "                                                             \
    "length(trim(l.metric_name)) > 0 AND length(trim(l.metric_baseline)) > 0 "                  \
    "AND length(trim(l.metric_target)) > 0 AND l.metric_review_date IS NOT NULL "               \
    "FROM launches l JOIN products p ON p.id = l.product_id JOIN people o ON o.id = l.owner_id "

std::optional<int> optionalInt(const Statement& row, int column) {
    if (row.isNull(column)) {
        return std::nullopt;
    }
    return row.integer(column);
}

std::vector<LaunchRow> readRows(Statement& query) {
    std::vector<LaunchRow> rows;
    while (query.step()) {
        LaunchRow row;
        row.id = query.int64(0);
        row.name = query.text(1);
        row.productId = query.int64(2);
        row.product = query.text(3);
        row.ownerId = query.int64(4);
        row.owner = query.text(5);
        row.quarter = query.text(6);
        row.targetDate = query.optionalText(7);
        row.status = statusFromKey(query.text(8)).value_or(LaunchStatus::Idea);
        row.tier = optionalInt(query, 9);
        row.score = optionalInt(query, 10);
        row.ruleVersion = optionalInt(query, 11);
        row.overridden = query.integer(12) != 0;
        row.readiness = Readiness{query.integer(14), query.integer(13)};
        row.hasOutcome = query.integer(15) != 0;
        row.hasMetric = query.integer(16) != 0;
        rows.push_back(std::move(row));
    }
    return rows;
}

// Every launch's own columns in id order: no join and no subquery per row. Blank means
// nothing but spaces, as trim() sees it in the per-quarter query.
#define PMM_LAUNCH_SCAN_SELECT                                                                \
    "SELECT id, name, product_id, owner_id, quarter, target_date, status, tier, tier_score, " \
    "rule_version, override_tier IS NOT NULL, outcome GLOB '*[^ ]*', "                        \
    "metric_review_date IS NOT NULL AND metric_name GLOB '*[^ ]*' "                           \
    "AND metric_baseline GLOB '*[^ ]*' AND metric_target GLOB '*[^ ]*' FROM launches ORDER BY id"

using VersionTier = std::pair<int, int>;

// The deliverables of every rule version and tier: a few dozen rows.
struct ChecklistItems {
    std::unordered_map<std::int64_t, VersionTier> checklistOf;  // item id -> version, tier
    std::map<VersionTier, int> required;
};

ChecklistItems readChecklistItems(sqlite3* db) {
    ChecklistItems items;
    Statement query(db, "SELECT id, rule_version, tier FROM tier_checklist_items");
    while (query.step()) {
        const VersionTier checklist{query.integer(1), query.integer(2)};
        items.checklistOf.emplace(query.int64(0), checklist);
        ++items.required[checklist];
    }
    return items;
}

std::unordered_map<std::int64_t, std::string> readNames(sqlite3* db, const char* sql) {
    std::unordered_map<std::int64_t, std::string> names;
    Statement query(db, sql);
    while (query.step()) {
        names.emplace(query.int64(0), query.text(1));
    }
    return names;
}

const std::string& nameOf(const std::unordered_map<std::int64_t, std::string>& names,
                          std::int64_t id) {
    static const std::string none;
    const auto found = names.find(id);
    return found == names.end() ? none : found->second;
}

std::vector<LaunchRow> scanLaunches(sqlite3* db, const ChecklistItems& items) {
    const auto products = readNames(db, "SELECT id, name FROM products");
    const auto people = readNames(db, "SELECT id, name FROM people");
    std::vector<LaunchRow> rows;
    Statement count(db, "SELECT count(*) FROM launches");
    count.step();
    rows.reserve(static_cast<std::size_t>(count.int64(0)));
    Statement query(db, PMM_LAUNCH_SCAN_SELECT);
    while (query.step()) {
        LaunchRow& row = rows.emplace_back();
        row.id = query.int64(0);
        row.name = query.text(1);
        row.productId = query.int64(2);
        row.product = nameOf(products, row.productId);
        row.ownerId = query.int64(3);
        row.owner = nameOf(people, row.ownerId);
        row.quarter = query.text(4);
        row.targetDate = query.optionalText(5);
        row.status = statusFromKey(query.text(6)).value_or(LaunchStatus::Idea);
        row.tier = optionalInt(query, 7);
        row.score = optionalInt(query, 8);
        row.ruleVersion = optionalInt(query, 9);
        row.overridden = query.integer(10) != 0;
        row.hasOutcome = query.integer(11) != 0;
        row.hasMetric = query.integer(12) != 0;
        if (row.tier && row.ruleVersion) {
            const auto required = items.required.find({*row.ruleVersion, *row.tier});
            row.readiness.required = required == items.required.end() ? 0 : required->second;
        }
    }
    return rows;
}

#undef PMM_LAUNCH_SCAN_SELECT

// One pass over the ticks in launch order beside `rows` (in id order): a tick counts when
// its item is on the checklist of the launch's tier in force under its rule version.
void countDone(sqlite3* db, const ChecklistItems& items, std::vector<LaunchRow>& rows) {
    Statement query(db,
                    "SELECT launch_id, item_id FROM launch_checklist WHERE done = 1 "
                    "ORDER BY launch_id");
    auto row = rows.begin();
    while (query.step() && row != rows.end()) {
        const std::int64_t launchId = query.int64(0);
        while (row != rows.end() && row->id < launchId) {
            ++row;  // a merge: both in id order
        }
        if (row == rows.end() || row->id != launchId || !row->tier || !row->ruleVersion) {
            continue;
        }
        const auto item = items.checklistOf.find(query.int64(1));
        if (item != items.checklistOf.end() &&
            item->second == VersionTier{*row->ruleVersion, *row->tier}) {
            ++row->readiness.done;
        }
    }
}

// Each distinct text's rank in `compare`'s order (texts that compare equal share one): a
// workspace has few quarters and far fewer distinct names than launches, so ranking them
// once makes the sort of 100,000 rows a sort of integers.
template <class Compare>
std::unordered_map<std::string_view, std::uint32_t> ranks(const std::vector<LaunchRow>& rows,
                                                          std::string LaunchRow::*field,
                                                          Compare compare) {
    std::unordered_map<std::string_view, std::uint32_t> rankOf;
    for (const LaunchRow& row : rows) {
        rankOf.emplace(row.*field, 0);
    }
    std::vector<std::string_view> texts;
    texts.reserve(rankOf.size());
    for (const auto& [text, rank] : rankOf) {
        texts.push_back(text);
    }
    std::sort(texts.begin(), texts.end(), [&compare](std::string_view a, std::string_view b) {
        const int compared = compare(a, b);
        return compared != 0 ? compared < 0 : a < b;
    });
    std::uint32_t rank = 0;
    for (std::size_t i = 0; i < texts.size(); ++i) {
        if (i > 0 && compare(texts[i - 1], texts[i]) != 0) {
            ++rank;
        }
        rankOf[texts[i]] = rank;
    }
    return rankOf;
}

struct SortKey {
    std::uint32_t quarter;
    std::uint32_t name;
    std::int64_t id;
    std::size_t row;

    bool operator<(const SortKey& other) const {
        return std::tie(quarter, name, id) < std::tie(other.quarter, other.name, other.id);
    }
};

// listedBefore's order, computed on integer keys.
std::vector<LaunchRow> inListOrder(std::vector<LaunchRow> rows) {
    const auto quarterRank =
        ranks(rows, &LaunchRow::quarter,
              [](std::string_view a, std::string_view b) { return a.compare(b); });
    const auto nameRank = ranks(rows, &LaunchRow::name, compareIgnoringAsciiCase);
    std::vector<SortKey> keys;
    keys.reserve(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        keys.push_back(
            SortKey{quarterRank.at(rows[i].quarter), nameRank.at(rows[i].name), rows[i].id, i});
    }
    std::sort(keys.begin(), keys.end());
    std::vector<LaunchRow> ordered;
    ordered.reserve(rows.size());
    for (const SortKey& key : keys) {
        ordered.push_back(std::move(rows[key.row]));
    }
    return ordered;
}

}  // namespace

int compareIgnoringAsciiCase(std::string_view left, std::string_view right) {
    const std::size_t common = std::min(left.size(), right.size());
    for (std::size_t i = 0; i < common; ++i) {
        const auto a = static_cast<unsigned char>(left[i]);
        const auto b = static_cast<unsigned char>(right[i]);
        const int lowerA = a >= 'A' && a <= 'Z' ? a + ('a' - 'A') : a;
        const int lowerB = b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b;
        if (lowerA != lowerB) {
            return lowerA < lowerB ? -1 : 1;
        }
    }
    if (left.size() == right.size()) {
        return 0;
    }
    return left.size() < right.size() ? -1 : 1;
}

bool listedBefore(const LaunchRow& left, const LaunchRow& right) {
    if (left.quarter != right.quarter) {
        return left.quarter < right.quarter;
    }
    const int byName = compareIgnoringAsciiCase(left.name, right.name);
    if (byName != 0) {
        return byName < 0;
    }
    return left.id < right.id;
}

std::vector<LaunchRow> readLaunchRows(const storage::Workspace& workspace, const Quarter& quarter) {
    Statement query(workspace.handle(), PMM_LAUNCH_ROW_SELECT
                    "WHERE l.quarter = ?1 ORDER BY l.name COLLATE NOCASE, l.id");
    query.bind(1, toText(quarter));
    return readRows(query);
}

std::optional<LaunchRow> readLaunchRow(const storage::Workspace& workspace, std::int64_t id) {
    Statement query(workspace.handle(), PMM_LAUNCH_ROW_SELECT "WHERE l.id = ?1");
    query.bind(1, id);
    std::vector<LaunchRow> rows = readRows(query);
    if (rows.empty()) {
        return std::nullopt;
    }
    return std::move(rows.front());
}

std::vector<LaunchRow> readAllLaunchRows(const storage::Workspace& workspace) {
    sqlite3* db = workspace.handle();
    const ChecklistItems items = readChecklistItems(db);
    std::vector<LaunchRow> rows = scanLaunches(db, items);
    countDone(db, items, rows);
    return inListOrder(std::move(rows));
}

#undef PMM_LAUNCH_ROW_SELECT

}  // namespace pmm::launches
