#include "storage/interchange_catalog_writer.h"

#include "storage/database.h"

namespace pmm::storage {

using namespace interchange;

namespace {

// A name no record has, unique per uid: renamed records pass through it so that two records
// may swap names within one import without tripping a UNIQUE constraint.
std::string placeholderName(const std::string& key) {
    return "\x01 import " + key;
}

template <class Record>
void renameToPlaceholders(sqlite3* db, const char* sql, const std::vector<const Record*>& records) {
    Statement rename(db, sql);
    for (const Record* record : records) {
        rename.reset();
        rename.bind(1, record->uid).bind(2, placeholderName(record->uid));
        rename.run();
    }
}

}  // namespace

void writeLevels(sqlite3* db, const RecordChanges<LevelRecord>& changes) {
    Statement rename(db, "UPDATE levels SET name = ?2 WHERE rank = ?1");
    for (const LevelRecord* level : changes.updated) {
        rename.reset();
        rename.bind(1, level->rank).bind(2, placeholderName(std::to_string(level->rank)));
        rename.run();
    }
    Statement insert(db, "INSERT INTO levels (rank, name) VALUES (?1, ?2)");
    for (const LevelRecord* level : changes.added) {
        insert.reset();
        insert.bind(1, level->rank).bind(2, level->name);
        insert.run();
    }
    for (const LevelRecord* level : changes.updated) {
        rename.reset();
        rename.bind(1, level->rank).bind(2, level->name);
        rename.run();
    }
}

void writeSettings(sqlite3* db, const RecordChanges<SettingRecord>& changes) {
    Statement upsert(db,
                     "INSERT INTO settings (key, value) VALUES (?1, ?2) "
                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    for (const auto* list : {&changes.added, &changes.updated}) {
        for (const SettingRecord* setting : *list) {
            upsert.reset();
            upsert.bind(1, setting->key).bind(2, setting->value);
            upsert.run();
        }
    }
}

void writePeople(sqlite3* db, const RecordChanges<PersonRecord>& changes) {
    // Managers last: a person's manager may be added later in the same file.
    Statement update(db,
                     "UPDATE people SET name = ?2, email = ?3, level_rank = ?4, manager_id = NULL "
                     "WHERE uid = ?1");
    for (const PersonRecord* person : changes.updated) {
        update.reset();
        update.bind(1, person->uid).bind(2, person->name).bind(3, person->email);
        update.bind(4, person->levelRank);
        update.run();
    }
    Statement insert(db,
                     "INSERT INTO people (uid, name, email, level_rank) VALUES (?1, ?2, ?3, ?4)");
    for (const PersonRecord* person : changes.added) {
        insert.reset();
        insert.bind(1, person->uid).bind(2, person->name).bind(3, person->email);
        insert.bind(4, person->levelRank);
        insert.run();
    }
    Statement manager(db,
                      "UPDATE people SET manager_id = (SELECT id FROM people WHERE uid = ?2) "
                      "WHERE uid = ?1");
    for (const auto* list : {&changes.updated, &changes.added}) {
        for (const PersonRecord* person : *list) {
            if (person->managerUid) {
                manager.reset();
                manager.bind(1, person->uid).bind(2, *person->managerUid);
                manager.run();
            }
        }
    }
}

void writeProducts(sqlite3* db, const RecordChanges<ProductRecord>& changes) {
    renameToPlaceholders(db, "UPDATE products SET name = ?2 WHERE uid = ?1", changes.updated);
    Statement insert(db, "INSERT INTO products (uid, name, description) VALUES (?1, ?2, ?3)");
    for (const ProductRecord* product : changes.added) {
        insert.reset();
        insert.bind(1, product->uid).bind(2, product->name).bind(3, product->description);
        insert.run();
    }
    Statement update(db, "UPDATE products SET name = ?2, description = ?3 WHERE uid = ?1");
    for (const ProductRecord* product : changes.updated) {
        update.reset();
        update.bind(1, product->uid).bind(2, product->name).bind(3, product->description);
        update.run();
    }
}

void writeSegments(sqlite3* db, const RecordChanges<SegmentRecord>& changes) {
    renameToPlaceholders(db, "UPDATE segments SET name = ?2 WHERE uid = ?1", changes.updated);
    Statement insert(db,
                     "INSERT INTO segments (uid, name, description, owner_id) "
                     "VALUES (?1, ?2, ?3, (SELECT id FROM people WHERE uid = ?4))");
    for (const SegmentRecord* segment : changes.added) {
        insert.reset();
        insert.bind(1, segment->uid).bind(2, segment->name).bind(3, segment->description);
        insert.bind(4, segment->ownerUid);
        insert.run();
    }
    Statement update(db,
                     "UPDATE segments SET name = ?2, description = ?3, "
                     "owner_id = (SELECT id FROM people WHERE uid = ?4) WHERE uid = ?1");
    for (const SegmentRecord* segment : changes.updated) {
        update.reset();
        update.bind(1, segment->uid).bind(2, segment->name).bind(3, segment->description);
        update.bind(4, segment->ownerUid);
        update.run();
    }
}

void writeCompetitors(sqlite3* db, const RecordChanges<CompetitorRecord>& changes) {
    renameToPlaceholders(db, "UPDATE competitors SET name = ?2 WHERE uid = ?1", changes.updated);
    Statement insert(db,
                     "INSERT INTO competitors (uid, name, website, first_seen, notes) "
                     "VALUES (?1, ?2, ?3, ?4, ?5)");
    for (const CompetitorRecord* competitor : changes.added) {
        insert.reset();
        insert.bind(1, competitor->uid).bind(2, competitor->name).bind(3, competitor->website);
        insert.bind(4, competitor->firstSeen).bind(5, competitor->notes);
        insert.run();
    }
    Statement update(db,
                     "UPDATE competitors SET name = ?2, website = ?3, first_seen = ?4, notes = ?5 "
                     "WHERE uid = ?1");
    for (const CompetitorRecord* competitor : changes.updated) {
        update.reset();
        update.bind(1, competitor->uid).bind(2, competitor->name).bind(3, competitor->website);
        update.bind(4, competitor->firstSeen).bind(5, competitor->notes);
        update.run();
    }
}

}  // namespace pmm::storage
