#include "storage/positioning_statement_store.h"

#include "storage/database.h"
#include "storage/workspace.h"
#include "storage/workspace_error.h"
#include "util/uuid.h"

namespace pmm::storage {

using positioning::PositioningStatement;

namespace {

#define PMM_STATEMENT_COLUMNS                                                                \
    "id, uid, product_id, segment_id, version, for_customer, who_need, is_a, that_benefit, " \
    "unlike, we_differ, note, created_by, created_on FROM positioning_statements"

PositioningStatement readStatement(const Statement& row) {
    PositioningStatement statement;
    statement.id = row.int64(0);
    statement.uid = row.text(1);
    statement.productId = row.int64(2);
    statement.segmentId = row.int64(3);
    statement.version = row.integer(4);
    statement.forCustomer = row.text(5);
    statement.whoNeed = row.text(6);
    statement.isA = row.text(7);
    statement.thatBenefit = row.text(8);
    statement.unlike = row.text(9);
    statement.weDiffer = row.text(10);
    statement.note = row.text(11);
    statement.createdBy = row.text(12);
    statement.createdOn = parseIsoDate(row.text(13)).value_or(Date{});
    return statement;
}

void requireRow(sqlite3* db, const char* sql, std::int64_t id, const std::string& message) {
    Statement query(db, sql);
    query.bind(1, id);
    if (!query.step()) {
        throw WorkspaceError(WorkspaceErrorKind::Invalid, message);
    }
}

}  // namespace

PositioningStatement PositioningStatementStore::addVersion(PositioningStatement statement) {
    m_workspace.requireWritable();
    sqlite3* db = m_workspace.handle();
    if (const std::string missing = positioning::firstMissingPart(statement); !missing.empty()) {
        throw WorkspaceError(WorkspaceErrorKind::Invalid,
                             missing + ": every statement says this part.");
    }
    Transaction transaction(db);
    requireRow(db, "SELECT 1 FROM products WHERE id = ?1", statement.productId,
               "Product: choose one of the workspace's products.");
    requireRow(db, "SELECT 1 FROM segments WHERE id = ?1", statement.segmentId,
               "Segment: choose one of the workspace's segments.");
    if (statement.uid.empty()) {
        statement.uid = newUuid();
    }
    Statement insert(db,
                     "INSERT INTO positioning_statements (uid, product_id, segment_id, version, "
                     "for_customer, who_need, is_a, that_benefit, unlike, we_differ, note, "
                     "created_by, created_on) SELECT ?1, ?2, ?3, coalesce(max(version), 0) + 1, "
                     "?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12 FROM positioning_statements "
                     "WHERE product_id = ?2 AND segment_id = ?3 RETURNING id, version");
    insert.bind(1, statement.uid).bind(2, statement.productId).bind(3, statement.segmentId);
    insert.bind(4, statement.forCustomer).bind(5, statement.whoNeed).bind(6, statement.isA);
    insert.bind(7, statement.thatBenefit).bind(8, statement.unlike).bind(9, statement.weDiffer);
    insert.bind(10, statement.note).bind(11, statement.createdBy);
    insert.bind(12, toIsoText(statement.createdOn));
    insert.step();
    statement.id = insert.int64(0);
    statement.version = insert.integer(1);
    insert.reset();
    transaction.commit();
    m_workspace.notify({EntityKind::PositioningStatement, ChangeType::Added, statement.id});
    return statement;
}

void PositioningStatementStore::takeBack(std::int64_t id) {
    m_workspace.requireWritable();
    sqlite3* db = m_workspace.handle();
    Transaction transaction(db);
    Statement newest(db,
                     "SELECT s.version = (SELECT max(o.version) FROM positioning_statements o "
                     "WHERE o.product_id = s.product_id AND o.segment_id = s.segment_id), "
                     "EXISTS (SELECT 1 FROM positioning_reviews r WHERE r.statement_id = s.id) "
                     "FROM positioning_statements s WHERE s.id = ?1");
    newest.bind(1, id);
    if (!newest.step()) {
        throw WorkspaceError(WorkspaceErrorKind::Invalid,
                             "That statement version is no longer in the workspace.");
    }
    if (newest.integer(0) == 0) {
        throw WorkspaceError(WorkspaceErrorKind::Invalid,
                             "Only the newest version of a statement can be taken back.");
    }
    if (newest.integer(1) != 0) {
        throw WorkspaceError(WorkspaceErrorKind::Invalid,
                             "A positioning review produced this version: it stays with the "
                             "review.");
    }
    newest.reset();
    Statement remove(db, "DELETE FROM positioning_statements WHERE id = ?1");
    remove.bind(1, id);
    remove.step();
    transaction.commit();
    m_workspace.notify({EntityKind::PositioningStatement, ChangeType::Removed, id});
}

std::optional<PositioningStatement> PositioningStatementStore::current(
    std::int64_t productId, std::int64_t segmentId) const {
    Statement query(m_workspace.handle(), "SELECT " PMM_STATEMENT_COLUMNS
                                          " WHERE product_id = ?1 AND segment_id = ?2 "
                                          "ORDER BY version DESC LIMIT 1");
    query.bind(1, productId).bind(2, segmentId);
    if (query.step()) {
        return readStatement(query);
    }
    return std::nullopt;
}

std::vector<PositioningStatement> PositioningStatementStore::currentOfEach() const {
    Statement query(m_workspace.handle(),
                    "SELECT " PMM_STATEMENT_COLUMNS
                    " s WHERE s.version = (SELECT max(o.version) FROM positioning_statements o "
                    "WHERE o.product_id = s.product_id AND o.segment_id = s.segment_id)");
    std::vector<PositioningStatement> statements;
    while (query.step()) {
        statements.push_back(readStatement(query));
    }
    return statements;
}

std::optional<PositioningStatement> PositioningStatementStore::find(std::int64_t id) const {
    Statement query(m_workspace.handle(), "SELECT " PMM_STATEMENT_COLUMNS " WHERE id = ?1");
    query.bind(1, id);
    if (query.step()) {
        return readStatement(query);
    }
    return std::nullopt;
}

std::vector<PositioningStatement> PositioningStatementStore::history(std::int64_t productId,
                                                                     std::int64_t segmentId) const {
    Statement query(m_workspace.handle(), "SELECT " PMM_STATEMENT_COLUMNS
                                          " WHERE product_id = ?1 AND segment_id = ?2 "
                                          "ORDER BY version DESC");
    query.bind(1, productId).bind(2, segmentId);
    std::vector<PositioningStatement> versions;
    while (query.step()) {
        versions.push_back(readStatement(query));
    }
    return versions;
}

}  // namespace pmm::storage
