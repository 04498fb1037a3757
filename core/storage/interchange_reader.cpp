#include "storage/interchange_reader.h"

#include <sqlite3.h>

#include <algorithm>
#include <unordered_map>

#include "storage/database.h"
#include "storage/interchange_battlecard_reader.h"
#include "storage/interchange_positioning_reader.h"
#include "storage/interchange_rows.h"
#include "storage/interchange_skills_reader.h"
#include "storage/interchange_sort.h"
#include "storage/launch_record.h"

namespace pmm::storage {

using namespace interchange;

namespace {

// A read transaction for the reads below, so they see one state of the file even while
// another process commits.
class ReadSnapshot {
public:
    explicit ReadSnapshot(sqlite3* db) : m_db(db), m_owned(sqlite3_get_autocommit(db) != 0) {
        if (m_owned) {
            execScript(m_db, "BEGIN");
        }
    }
    ~ReadSnapshot() {
        if (m_owned) {
            sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr);
        }
    }
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

private:
    sqlite3* m_db;
    bool m_owned;
};

std::optional<int> optionalInt(const Statement& row, int column) {
    return row.isNull(column) ? std::nullopt : std::optional<int>(row.integer(column));
}

void readCatalog(sqlite3* db, WorkspaceData& data) {
    Statement levels(db, "SELECT rank, name FROM levels ORDER BY rank");
    while (levels.step()) {
        data.levels.push_back(LevelRecord{levels.integer(0), levels.text(1), {}});
    }
    Statement settings(db, "SELECT key, value FROM settings ORDER BY key");
    while (settings.step()) {
        data.settings.push_back(SettingRecord{settings.text(0), settings.text(1), {}});
    }
    Statement people(db,
                     "SELECT p.uid, p.name, p.email, p.level_rank, m.uid FROM people p "
                     "LEFT JOIN people m ON m.id = p.manager_id ORDER BY p.uid");
    while (people.step()) {
        data.people.push_back(PersonRecord{people.text(0),
                                           people.text(1),
                                           people.text(2),
                                           people.integer(3),
                                           people.optionalText(4),
                                           {}});
    }
    Statement products(db, "SELECT uid, name, description FROM products ORDER BY uid");
    while (products.step()) {
        data.products.push_back(
            ProductRecord{products.text(0), products.text(1), products.text(2), {}});
    }
    Statement segments(db,
                       "SELECT s.uid, s.name, s.description, o.uid FROM segments s "
                       "LEFT JOIN people o ON o.id = s.owner_id ORDER BY s.uid");
    while (segments.step()) {
        data.segments.push_back(SegmentRecord{
            segments.text(0), segments.text(1), segments.text(2), segments.optionalText(3), {}});
    }
    Statement competitors(
        db, "SELECT uid, name, website, first_seen, notes FROM competitors ORDER BY uid");
    while (competitors.step()) {
        data.competitors.push_back(CompetitorRecord{competitors.text(0),
                                                    competitors.text(1),
                                                    competitors.text(2),
                                                    competitors.optionalText(3),
                                                    competitors.text(4),
                                                    {}});
    }
}

void readTierRules(sqlite3* db, WorkspaceData& data) {
    Statement rules(db,
                    "SELECT version, uid, weight_revenue, weight_urgency, weight_demand, "
                    "tier1_threshold, tier2_threshold, guardrail, tier1_capacity, created_at, "
                    "created_by FROM tier_rules ORDER BY version");
    std::unordered_map<int, std::size_t> byVersion;
    while (rules.step()) {
        TierRuleRecord record;
        launches::TierRule& rule = record.rule;
        rule.version = rules.integer(0);
        rule.uid = rules.text(1);
        rule.weights = launches::TierWeights{rules.integer(2), rules.integer(3), rules.integer(4)};
        rule.tier1Threshold = rules.integer(5);
        rule.tier2Threshold = rules.integer(6);
        rule.guardrail = rules.integer(7) != 0;
        rule.tier1Capacity = rules.integer(8);
        rule.createdAt = rules.text(9);
        rule.createdBy = rules.text(10);
        byVersion.emplace(rule.version, data.tierRules.size());
        data.tierRules.push_back(std::move(record));
    }
    Statement items(db,
                    "SELECT rule_version, tier, uid, title FROM tier_checklist_items "
                    "ORDER BY rule_version, tier, position");
    while (items.step()) {
        const auto found = byVersion.find(items.integer(0));
        const int tier = items.integer(1);
        if (found == byVersion.end() || tier < 1 || tier > launches::kTierCount) {
            continue;  // the schema's checks make this impossible
        }
        TierRuleRecord& record = data.tierRules[found->second];
        const auto slot = static_cast<std::size_t>(tier - 1);
        record.itemUids[slot].push_back(items.text(2));
        record.rule.checklist[slot].push_back(items.text(3));
    }
}

using UidsByKey = std::unordered_map<std::int64_t, std::string>;

UidsByKey uidsByKey(sqlite3* db, const char* sql) {
    UidsByKey uids;
    Statement query(db, sql);
    while (query.step()) {
        uids.emplace(query.int64(0), query.text(1));
    }
    return uids;
}

const std::string& uidOf(const UidsByKey& uids, std::int64_t key) {
    static const std::string none;
    const auto found = uids.find(key);
    return found == uids.end() ? none : found->second;
}

// Launches in id order with their checklists and overrides merged in (the checklist table's
// key starts with the launch, the overrides have an index by launch), references resolved
// through small maps.
void streamLaunches(sqlite3* db, const LaunchSink& take) {
    const UidsByKey products = uidsByKey(db, "SELECT id, uid FROM products");
    const UidsByKey people = uidsByKey(db, "SELECT id, uid FROM people");
    const UidsByKey rules = uidsByKey(db, "SELECT version, uid FROM tier_rules");
    const UidsByKey items = uidsByKey(db, "SELECT id, uid FROM tier_checklist_items");
    Statement query(db, "SELECT " PMM_LAUNCH_COLUMNS " FROM launches l ORDER BY l.id");
    ChildRows checklist(db,
                        "SELECT launch_id, item_id, done FROM launch_checklist ORDER BY launch_id");
    ChildRows overrides(db,
                        "SELECT launch_id, uid, from_tier, to_tier, reason, changed_by, "
                        "changed_at FROM tier_overrides ORDER BY launch_id, id");
    LaunchRecord record;
    while (query.step()) {
        record.launch = launches::readLaunch(query);
        record.productUid = uidOf(products, record.launch.productId);
        record.ownerUid = uidOf(people, record.launch.ownerId);
        record.ruleUid.reset();
        if (record.launch.ruleVersion) {
            record.ruleUid = uidOf(rules, *record.launch.ruleVersion);
        }
        std::size_t marks = 0;
        checklist.takeFor(record.launch.id, [&](const Statement& row) {
            ChecklistMark& mark = reuseNext(record.checklist, marks);
            mark.itemUid = uidOf(items, row.int64(1));
            mark.done = row.integer(2) != 0;
        });
        record.checklist.resize(marks);
        std::sort(
            record.checklist.begin(), record.checklist.end(),
            [](const ChecklistMark& a, const ChecklistMark& b) { return a.itemUid < b.itemUid; });
        record.overrides.clear();
        overrides.takeFor(record.launch.id, [&](const Statement& row) {
            record.overrides.push_back(OverrideEntry{row.text(1), optionalInt(row, 2),
                                                     optionalInt(row, 3), row.text(4), row.text(5),
                                                     row.text(6)});
        });
        record.launch.id = record.launch.productId = record.launch.ownerId = 0;
        record.launch.ruleVersion.reset();
        take(record);
    }
}

void readLaunches(sqlite3* db, WorkspaceData& data, const RecordSinks& sinks) {
    if (sinks.launches) {
        streamLaunches(db, sinks.launches);
        return;
    }
    streamLaunches(db,
                   [&data](LaunchRecord& record) { data.launches.push_back(std::move(record)); });
    sortByUid(data.launches,
              [](const LaunchRecord& record) -> const std::string& { return record.launch.uid; });
}

// The reads in order, with the sections each completes.
struct ReadStep {
    void (*read)(sqlite3*, WorkspaceData&, const RecordSinks&);
    std::vector<std::string_view> sections;
};

// A read that needs no sink.
template <void (*read)(sqlite3*, WorkspaceData&)>
void withoutSinks(sqlite3* db, WorkspaceData& data, const RecordSinks&) {
    read(db, data);
}

const std::vector<ReadStep>& readSteps() {
    static const std::vector<ReadStep> steps = {
        {withoutSinks<readCatalog>,
         {"levels", "settings", "people", "products", "segments", "competitors"}},
        {withoutSinks<readTierRules>, {"tier_rules"}},
        {readLaunches, {"launches"}},
        {withoutSinks<readSkills>, {"competencies", "skill_assessments"}},
        {withoutSinks<readCompetitorLaunches>, {"competitor_launches"}},
        {[](sqlite3* db, WorkspaceData& data, const RecordSinks& sinks) {
             readBattlecards(db, data, sinks.battlecards);
         },
         {"battlecards"}},
        {[](sqlite3* db, WorkspaceData& data, const RecordSinks& sinks) {
             readPositioning(db, data, sinks.deals);
         },
         {"deals", "positioning_statements", "positioning_reviews"}},
    };
    return steps;
}

}  // namespace

WorkspaceData readWorkspaceData(sqlite3* db) {
    ReadSnapshot snapshot(db);
    WorkspaceData data;
    for (const ReadStep& step : readSteps()) {
        step.read(db, data, {});
    }
    return data;
}

void readWorkspaceParts(sqlite3* db, const TakePart& take, const RecordSinks& sinks) {
    ReadSnapshot snapshot(db);
    for (const ReadStep& step : readSteps()) {
        WorkspaceData part;
        step.read(db, part, sinks);
        take(std::move(part), step.sections);
    }
}

}  // namespace pmm::storage
