#include "storage/entity_traits.h"

#include <algorithm>
#include <cctype>

#include "storage/database.h"
#include "storage/workspace_error.h"
#include "util/dates.h"

namespace pmm::catalog {

using storage::EntityKind;
using storage::Statement;
using storage::WorkspaceError;
using storage::WorkspaceErrorKind;

namespace {

[[noreturn]] void invalid(const std::string& message) {
    throw WorkspaceError(WorkspaceErrorKind::Invalid, message);
}

bool blank(const std::string& text) {
    return std::all_of(text.begin(), text.end(),
                       [](unsigned char c) { return std::isspace(c) != 0; });
}

void requireName(const std::string& name, const char* noun) {
    if (blank(name)) {
        invalid(std::string("Name: a ") + noun + " needs a name.");
    }
}

// `sql` selects the id of another row whose name matches ?1 (case-insensitively), ?2 = id.
void requireUniqueName(sqlite3* db, const char* sql, const std::string& name, std::int64_t id,
                       const char* noun) {
    Statement query(db, sql);
    query.bind(1, name).bind(2, id);
    if (query.step()) {
        invalid(std::string("Name: a ") + noun + " named \"" + name + "\" already exists.");
    }
}

std::int64_t count(sqlite3* db, const char* sql, std::int64_t id) {
    Statement query(db, sql);
    query.bind(1, id);
    query.step();
    return query.int64(0);
}

// "manager of 2 people, owner of 1 segment" from counted references.
void describe(std::string& out, std::int64_t n, const char* role, const char* one,
              const char* many) {
    if (n == 0) {
        return;
    }
    if (!out.empty()) {
        out += ", ";
    }
    out += std::string(role) + " of " + std::to_string(n) + " " + (n == 1 ? one : many);
}

void bindKey(Statement& statement, std::int64_t id, const std::string& uid) {
    if (id == 0) {
        statement.bind(1, std::nullopt);
    } else {
        statement.bind(1, id);
    }
    statement.bind(2, uid);
}

}  // namespace

// --- Person ------------------------------------------------------------------------------

const EntityKind EntityTraits<Person>::kind = EntityKind::Person;
const char* const EntityTraits<Person>::noun = "person";
const char* const EntityTraits<Person>::selectAll =
    "SELECT id, uid, name, email, level_rank, manager_id FROM people ORDER BY name COLLATE NOCASE, "
    "id";
const char* const EntityTraits<Person>::selectOne =
    "SELECT id, uid, name, email, level_rank, manager_id FROM people WHERE id = ?1";
const char* const EntityTraits<Person>::insert =
    "INSERT INTO people (id, uid, name, email, level_rank, manager_id) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
const char* const EntityTraits<Person>::update =
    "UPDATE people SET name = ?3, email = ?4, level_rank = ?5, manager_id = ?6 "
    "WHERE id = ?1 AND uid = ?2";
const char* const EntityTraits<Person>::remove = "DELETE FROM people WHERE id = ?1";

Person EntityTraits<Person>::read(const Statement& row) {
    return Person{row.int64(0), row.text(1),    row.text(2),
                  row.text(3),  row.integer(4), row.optionalInt64(5)};
}

void EntityTraits<Person>::bind(Statement& statement, const Person& item) {
    bindKey(statement, item.id, item.uid);
    statement.bind(3, item.name).bind(4, item.email).bind(5, item.levelRank);
    statement.bind(6, item.managerId);
}

void EntityTraits<Person>::validate(sqlite3* db, const Person& item) {
    requireName(item.name, "person");
    if (!item.email.empty()) {
        const auto at = item.email.find('@');
        const bool spaces = item.email.find_first_of(" \t\r\n") != std::string::npos;
        if (at == std::string::npos || at == 0 || at + 1 == item.email.size() || spaces ||
            item.email.find('@', at + 1) != std::string::npos) {
            invalid("Email: \"" + item.email + "\" is not an email address.");
        }
    }
    if (count(db, "SELECT count(*) FROM levels WHERE rank = ?1", item.levelRank) == 0) {
        invalid("Level: there is no level " + std::to_string(item.levelRank) + ".");
    }
    if (item.managerId) {
        if (item.id != 0 && *item.managerId == item.id) {
            invalid("Manager: a person cannot be their own manager.");
        }
        if (count(db, "SELECT count(*) FROM people WHERE id = ?1", *item.managerId) == 0) {
            invalid("Manager: the chosen manager is not in the workspace.");
        }
        // Walk up from the new manager: reaching this person would make a reporting loop.
        Statement chain(db,
                        "WITH RECURSIVE up(id) AS (SELECT ?1 UNION "
                        "SELECT p.manager_id FROM people p JOIN up ON p.id = up.id "
                        "WHERE p.manager_id IS NOT NULL) SELECT count(*) FROM up WHERE id = ?2");
        chain.bind(1, *item.managerId).bind(2, item.id);
        chain.step();
        if (item.id != 0 && chain.int64(0) > 0) {
            invalid("Manager: that would make a reporting loop (" + item.name +
                    " would manage their own manager).");
        }
    }
}

std::string EntityTraits<Person>::removalBlockers(sqlite3* db, std::int64_t id) {
    std::string out;
    describe(out, count(db, "SELECT count(*) FROM people WHERE manager_id = ?1", id), "manager",
             "person", "people");
    describe(out, count(db, "SELECT count(*) FROM segments WHERE owner_id = ?1", id), "owner",
             "segment", "segments");
    describe(out, count(db, "SELECT count(*) FROM launches WHERE owner_id = ?1", id), "owner",
             "launch", "launches");
    describe(out, count(db, "SELECT count(*) FROM battlecards WHERE owner_id = ?1", id), "owner",
             "battlecard", "battlecards");
    // As assessor a person may go (their name stays on the assessment); as its subject not.
    describe(out, count(db, "SELECT count(*) FROM skill_assessments WHERE person_id = ?1", id),
             "the subject", "skill assessment", "skill assessments");
    return out.empty() ? out : "they are still " + out;
}

// --- Product -----------------------------------------------------------------------------

const EntityKind EntityTraits<Product>::kind = EntityKind::Product;
const char* const EntityTraits<Product>::noun = "product";
const char* const EntityTraits<Product>::selectAll =
    "SELECT id, uid, name, description FROM products ORDER BY name COLLATE NOCASE, id";
const char* const EntityTraits<Product>::selectOne =
    "SELECT id, uid, name, description FROM products WHERE id = ?1";
const char* const EntityTraits<Product>::insert =
    "INSERT INTO products (id, uid, name, description) VALUES (?1, ?2, ?3, ?4)";
const char* const EntityTraits<Product>::update =
    "UPDATE products SET name = ?3, description = ?4 WHERE id = ?1 AND uid = ?2";
const char* const EntityTraits<Product>::remove = "DELETE FROM products WHERE id = ?1";

Product EntityTraits<Product>::read(const Statement& row) {
    return Product{row.int64(0), row.text(1), row.text(2), row.text(3)};
}

void EntityTraits<Product>::bind(Statement& statement, const Product& item) {
    bindKey(statement, item.id, item.uid);
    statement.bind(3, item.name).bind(4, item.description);
}

void EntityTraits<Product>::validate(sqlite3* db, const Product& item) {
    requireName(item.name, "product");
    requireUniqueName(db, "SELECT id FROM products WHERE name = ?1 COLLATE NOCASE AND id <> ?2",
                      item.name, item.id, "product");
}

std::string EntityTraits<Product>::removalBlockers(sqlite3*, std::int64_t) {
    return {};
}

// --- Segment -----------------------------------------------------------------------------

const EntityKind EntityTraits<Segment>::kind = EntityKind::Segment;
const char* const EntityTraits<Segment>::noun = "segment";
const char* const EntityTraits<Segment>::selectAll =
    "SELECT id, uid, name, description, owner_id FROM segments ORDER BY name COLLATE NOCASE, id";
const char* const EntityTraits<Segment>::selectOne =
    "SELECT id, uid, name, description, owner_id FROM segments WHERE id = ?1";
const char* const EntityTraits<Segment>::insert =
    "INSERT INTO segments (id, uid, name, description, owner_id) VALUES (?1, ?2, ?3, ?4, ?5)";
const char* const EntityTraits<Segment>::update =
    "UPDATE segments SET name = ?3, description = ?4, owner_id = ?5 WHERE id = ?1 AND uid = ?2";
const char* const EntityTraits<Segment>::remove = "DELETE FROM segments WHERE id = ?1";

Segment EntityTraits<Segment>::read(const Statement& row) {
    return Segment{row.int64(0), row.text(1), row.text(2), row.text(3), row.optionalInt64(4)};
}

void EntityTraits<Segment>::bind(Statement& statement, const Segment& item) {
    bindKey(statement, item.id, item.uid);
    statement.bind(3, item.name).bind(4, item.description).bind(5, item.ownerId);
}

void EntityTraits<Segment>::validate(sqlite3* db, const Segment& item) {
    requireName(item.name, "segment");
    requireUniqueName(db, "SELECT id FROM segments WHERE name = ?1 COLLATE NOCASE AND id <> ?2",
                      item.name, item.id, "segment");
    if (item.ownerId &&
        count(db, "SELECT count(*) FROM people WHERE id = ?1", *item.ownerId) == 0) {
        invalid("Owner: the chosen owner is not in the workspace.");
    }
}

std::string EntityTraits<Segment>::removalBlockers(sqlite3* db, std::int64_t id) {
    const std::int64_t cards =
        count(db, "SELECT count(*) FROM battlecards WHERE segment_id = ?1", id);
    return cards == 0 ? std::string()
                      : "it still has " + std::to_string(cards) +
                            (cards == 1 ? " battlecard" : " battlecards");
}

// --- Competitor --------------------------------------------------------------------------

const EntityKind EntityTraits<Competitor>::kind = EntityKind::Competitor;
const char* const EntityTraits<Competitor>::noun = "competitor";
const char* const EntityTraits<Competitor>::selectAll =
    "SELECT id, uid, name, website, first_seen, notes FROM competitors ORDER BY name COLLATE "
    "NOCASE, id";
const char* const EntityTraits<Competitor>::selectOne =
    "SELECT id, uid, name, website, first_seen, notes FROM competitors WHERE id = ?1";
const char* const EntityTraits<Competitor>::insert =
    "INSERT INTO competitors (id, uid, name, website, first_seen, notes) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
const char* const EntityTraits<Competitor>::update =
    "UPDATE competitors SET name = ?3, website = ?4, first_seen = ?5, notes = ?6 "
    "WHERE id = ?1 AND uid = ?2";
const char* const EntityTraits<Competitor>::remove = "DELETE FROM competitors WHERE id = ?1";

Competitor EntityTraits<Competitor>::read(const Statement& row) {
    return Competitor{row.int64(0), row.text(1),         row.text(2),
                      row.text(3),  row.optionalText(4), row.text(5)};
}

void EntityTraits<Competitor>::bind(Statement& statement, const Competitor& item) {
    bindKey(statement, item.id, item.uid);
    statement.bind(3, item.name).bind(4, item.website).bind(5, item.firstSeen);
    statement.bind(6, item.notes);
}

void EntityTraits<Competitor>::validate(sqlite3* db, const Competitor& item) {
    requireName(item.name, "competitor");
    requireUniqueName(db, "SELECT id FROM competitors WHERE name = ?1 COLLATE NOCASE AND id <> ?2",
                      item.name, item.id, "competitor");
    if (item.firstSeen && !parseIsoDate(*item.firstSeen)) {
        invalid("First seen: \"" + *item.firstSeen + "\" is not a date (use YYYY-MM-DD).");
    }
}

std::string EntityTraits<Competitor>::removalBlockers(sqlite3* db, std::int64_t id) {
    const std::int64_t cards =
        count(db, "SELECT count(*) FROM battlecards WHERE competitor_id = ?1", id);
    const std::int64_t launches =
        count(db, "SELECT count(*) FROM competitor_launches WHERE competitor_id = ?1", id);
    std::string out;
    if (cards > 0) {
        out = std::to_string(cards) + (cards == 1 ? " battlecard" : " battlecards");
    }
    if (launches > 0) {
        out += (out.empty() ? "" : " and ") + std::to_string(launches) +
               (launches == 1 ? " logged launch" : " logged launches");
    }
    return out.empty() ? out : "it still has " + out;
}

}  // namespace pmm::catalog
