#include "storage/skills_framework_store.h"

#include <sqlite3.h>

#include <algorithm>

#include "storage/database.h"
#include "storage/skills_rules.h"
#include "storage/workspace.h"
#include "util/uuid.h"

namespace pmm::storage {

using team::Competency;

namespace {

Competency readCompetency(const Statement& row) {
    return {row.int64(0), row.text(1), row.text(2), row.text(3), row.integer(4), row.int64(5) != 0};
}

std::vector<std::int64_t> orderedIds(sqlite3* db) {
    std::vector<std::int64_t> ids;
    Statement query(db, "SELECT id FROM competencies ORDER BY position, id");
    while (query.step()) {
        ids.push_back(query.int64(0));
    }
    return ids;
}

// Writes positions 1..n in the order of `ids`, touching only the rows that change.
void writeOrder(sqlite3* db, const std::vector<std::int64_t>& ids) {
    Statement update(db, "UPDATE competencies SET position = ?2 WHERE id = ?1 AND position <> ?2");
    for (std::size_t i = 0; i < ids.size(); ++i) {
        update.reset();
        update.bind(1, ids[i]).bind(2, static_cast<std::int64_t>(i + 1));
        update.run();
    }
}

bool levelExists(sqlite3* db, int rank) {
    Statement query(db, "SELECT 1 FROM levels WHERE rank = ?1");
    query.bind(1, rank);
    return query.step();
}

void validateCompetency(sqlite3* db, Competency& competency) {
    competency.name = trimmedText(competency.name);
    if (competency.name.empty()) {
        refuseSkillsEdit("Name: a competency needs a name.");
    }
    requireAtMost("Name", competency.name, kMaxCompetencyNameCharacters);
    requireAtMost("Description", competency.description, kMaxSkillsTextCharacters);
    Statement same(db, "SELECT 1 FROM competencies WHERE name = ?1 COLLATE NOCASE AND id <> ?2");
    same.bind(1, competency.name).bind(2, competency.id);
    if (same.step()) {
        refuseSkillsEdit("Name: a competency named \"" + competency.name + "\" already exists.");
    }
}

void validateExpectation(sqlite3* db, int levelRank, std::string_view text) {
    if (!levelExists(db, levelRank)) {
        refuseSkillsEdit("Level: there is no level " + std::to_string(levelRank) + ".");
    }
    requireAtMost("Expectation", text, kMaxSkillsTextCharacters);
}

void writeExpectation(sqlite3* db, std::int64_t competencyId, int levelRank,
                      std::string_view text) {
    if (trimmedText(text).empty()) {
        Statement clear(db,
                        "DELETE FROM competency_expectations "
                        "WHERE competency_id = ?1 AND level_rank = ?2");
        clear.bind(1, competencyId).bind(2, levelRank);
        clear.run();
        return;
    }
    Statement upsert(db,
                     "INSERT INTO competency_expectations (competency_id, level_rank, text) "
                     "VALUES (?1, ?2, ?3) ON CONFLICT (competency_id, level_rank) "
                     "DO UPDATE SET text = excluded.text");
    upsert.bind(1, competencyId).bind(2, levelRank).bind(3, text);
    upsert.run();
}

}  // namespace

std::vector<Competency> SkillsFrameworkStore::competencies() const {
    std::vector<Competency> out;
    Statement query(m_workspace.handle(),
                    "SELECT id, uid, name, description, position, required_for_promotion "
                    "FROM competencies ORDER BY position, id");
    while (query.step()) {
        out.push_back(readCompetency(query));
    }
    return out;
}

std::optional<Competency> SkillsFrameworkStore::findCompetency(std::int64_t id) const {
    Statement query(m_workspace.handle(),
                    "SELECT id, uid, name, description, position, required_for_promotion "
                    "FROM competencies WHERE id = ?1");
    query.bind(1, id);
    if (query.step()) {
        return readCompetency(query);
    }
    return std::nullopt;
}

Competency SkillsFrameworkStore::addCompetency(Competency competency,
                                               const std::map<int, std::string>& expectations) {
    m_workspace.requireWritable();
    if (competency.uid.empty()) {
        competency.uid = newUuid();
    } else if (!isUuid(competency.uid)) {
        refuseSkillsEdit("uid: \"" + competency.uid + "\" is not a lower-case UUID.");
    }
    sqlite3* db = m_workspace.handle();
    Transaction transaction(db);
    validateCompetency(db, competency);
    for (const auto& [rank, text] : expectations) {
        validateExpectation(db, rank, text);
    }
    std::vector<std::int64_t> ids = orderedIds(db);
    const auto count = static_cast<int>(ids.size());
    const int index = competency.position >= 1 ? std::min(competency.position - 1, count) : count;
    Statement insert(db,
                     "INSERT INTO competencies (id, uid, name, description, position, "
                     "required_for_promotion) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    insert.bind(1, competency.id == 0 ? std::optional<std::int64_t>() : competency.id);
    insert.bind(2, competency.uid).bind(3, competency.name).bind(4, competency.description);
    insert.bind(5, index + 1).bind(6, competency.requiredForPromotion ? 1 : 0);
    insert.run();
    competency.id = sqlite3_last_insert_rowid(db);
    competency.position = index + 1;
    ids.insert(ids.begin() + index, competency.id);
    writeOrder(db, ids);
    for (const auto& [rank, text] : expectations) {
        writeExpectation(db, competency.id, rank, text);
    }
    transaction.commit();
    m_workspace.notify({EntityKind::Competency, ChangeType::Added, competency.id});
    return competency;
}

Competency SkillsFrameworkStore::updateCompetency(const Competency& competency) {
    m_workspace.requireWritable();
    sqlite3* db = m_workspace.handle();
    Transaction transaction(db);
    const auto existing = findCompetency(competency.id);
    // The same id AND uid, so an old undo step never edits a newcomer that reused the id.
    if (!existing || existing->uid != competency.uid) {
        refuseSkillsEdit("That competency no longer exists in the workspace.");
    }
    Competency next = competency;
    validateCompetency(db, next);
    Statement update(db,
                     "UPDATE competencies SET name = ?2, description = ?3, "
                     "required_for_promotion = ?4 WHERE id = ?1");
    update.bind(1, next.id).bind(2, next.name).bind(3, next.description);
    update.bind(4, next.requiredForPromotion ? 1 : 0);
    update.run();
    next.position = existing->position;
    transaction.commit();
    m_workspace.notify({EntityKind::Competency, ChangeType::Updated, next.id});
    return next;
}

void SkillsFrameworkStore::moveCompetency(std::int64_t id, int position) {
    m_workspace.requireWritable();
    sqlite3* db = m_workspace.handle();
    Transaction transaction(db);
    std::vector<std::int64_t> ids = orderedIds(db);
    const auto at = std::find(ids.begin(), ids.end(), id);
    if (at == ids.end()) {
        refuseSkillsEdit("That competency no longer exists in the workspace.");
    }
    ids.erase(at);
    const int index = std::clamp(position - 1, 0, static_cast<int>(ids.size()));
    ids.insert(ids.begin() + index, id);
    writeOrder(db, ids);
    transaction.commit();
    m_workspace.notify({EntityKind::Competency, ChangeType::Updated, 0});
}

std::string SkillsFrameworkStore::competencyRemovalBlockers(std::int64_t id) const {
    Statement query(m_workspace.handle(),
                    "SELECT count(*) FROM skill_assessments WHERE competency_id = ?1");
    query.bind(1, id);
    query.step();
    const std::int64_t n = query.int64(0);
    if (n == 0) {
        return {};
    }
    return "it has " + std::to_string(n) + (n == 1 ? " assessment" : " assessments");
}

void SkillsFrameworkStore::removeCompetency(std::int64_t id) {
    m_workspace.requireWritable();
    sqlite3* db = m_workspace.handle();
    Transaction transaction(db);
    const auto existing = findCompetency(id);
    if (!existing) {
        return;  // already gone: removing is idempotent
    }
    if (const std::string blockers = competencyRemovalBlockers(id); !blockers.empty()) {
        refuseSkillsEdit("Cannot remove \"" + existing->name + "\": " + blockers +
                         ". Its history stays; untick \"required for promotion\" if it no "
                         "longer counts.");
    }
    Statement remove(db, "DELETE FROM competencies WHERE id = ?1");
    remove.bind(1, id);
    remove.run();
    writeOrder(db, orderedIds(db));
    transaction.commit();
    m_workspace.notify({EntityKind::Competency, ChangeType::Removed, id});
}

team::ExpectationTable SkillsFrameworkStore::expectations() const {
    team::ExpectationTable table;
    Statement query(m_workspace.handle(),
                    "SELECT competency_id, level_rank, text FROM competency_expectations");
    while (query.step()) {
        table.set(query.int64(0), query.integer(1), query.text(2));
    }
    return table;
}

std::map<int, std::string> SkillsFrameworkStore::expectationsOf(std::int64_t competencyId) const {
    std::map<int, std::string> out;
    Statement query(m_workspace.handle(),
                    "SELECT level_rank, text FROM competency_expectations "
                    "WHERE competency_id = ?1 ORDER BY level_rank");
    query.bind(1, competencyId);
    while (query.step()) {
        out.emplace(query.integer(0), query.text(1));
    }
    return out;
}

std::string SkillsFrameworkStore::expectation(std::int64_t competencyId, int levelRank) const {
    Statement query(m_workspace.handle(),
                    "SELECT text FROM competency_expectations "
                    "WHERE competency_id = ?1 AND level_rank = ?2");
    query.bind(1, competencyId).bind(2, levelRank);
    return query.step() ? query.text(0) : std::string();
}

void SkillsFrameworkStore::setExpectation(std::int64_t competencyId, int levelRank,
                                          std::string_view text) {
    m_workspace.requireWritable();
    sqlite3* db = m_workspace.handle();
    Transaction transaction(db);
    if (!findCompetency(competencyId)) {
        refuseSkillsEdit("Competency: that competency no longer exists in the workspace.");
    }
    validateExpectation(db, levelRank, text);
    writeExpectation(db, competencyId, levelRank, text);
    transaction.commit();
    m_workspace.notify({EntityKind::Competency, ChangeType::Updated, competencyId});
}

std::vector<catalog::Level> SkillsFrameworkStore::levels() const {
    std::vector<catalog::Level> out;
    Statement query(m_workspace.handle(), "SELECT rank, name FROM levels ORDER BY rank");
    while (query.step()) {
        out.push_back({query.integer(0), query.text(1)});
    }
    return out;
}

void SkillsFrameworkStore::renameLevel(int rank, std::string_view name) {
    m_workspace.requireWritable();
    const std::string trimmed = trimmedText(name);
    if (trimmed.empty()) {
        refuseSkillsEdit("Name: a level needs a name.");
    }
    requireAtMost("Name", trimmed, kMaxLevelNameCharacters);
    sqlite3* db = m_workspace.handle();
    Transaction transaction(db);
    if (!levelExists(db, rank)) {
        refuseSkillsEdit("Level: there is no level " + std::to_string(rank) + ".");
    }
    Statement same(db, "SELECT 1 FROM levels WHERE name = ?1 COLLATE NOCASE AND rank <> ?2");
    same.bind(1, trimmed).bind(2, rank);
    if (same.step()) {
        refuseSkillsEdit("Name: a level named \"" + trimmed + "\" already exists.");
    }
    Statement rename(db, "UPDATE levels SET name = ?2 WHERE rank = ?1");
    rename.bind(1, rank).bind(2, trimmed);
    rename.run();
    transaction.commit();
    m_workspace.notify({EntityKind::Level, ChangeType::Updated, rank});
}

}  // namespace pmm::storage
