#include "storage/launch_checklist.h"

#include "storage/database.h"
#include "storage/workspace.h"
#include "storage/workspace_error.h"

namespace pmm::launches {

using storage::Statement;

std::vector<LaunchChecklistEntry> LaunchChecklist::entries(std::int64_t launchId) const {
    std::vector<LaunchChecklistEntry> entries;
    Statement query(m_workspace.handle(),
                    "SELECT i.id, i.position, i.title, coalesce(c.done, 0) FROM launches l "
                    "JOIN tier_checklist_items i ON i.rule_version = l.rule_version "
                    "AND i.tier = l.tier "
                    "LEFT JOIN launch_checklist c ON c.launch_id = l.id AND c.item_id = i.id "
                    "WHERE l.id = ?1 ORDER BY i.position");
    query.bind(1, launchId);
    while (query.step()) {
        entries.push_back(LaunchChecklistEntry{query.int64(0), query.integer(1), query.text(2),
                                               query.integer(3) != 0});
    }
    return entries;
}

Readiness LaunchChecklist::readiness(std::int64_t launchId) const {
    Readiness readiness;
    for (const LaunchChecklistEntry& entry : entries(launchId)) {
        ++readiness.required;
        readiness.done += entry.done ? 1 : 0;
    }
    return readiness;
}

void LaunchChecklist::setDone(std::int64_t launchId, std::int64_t itemId, bool done) {
    m_workspace.requireWritable();
    sqlite3* db = m_workspace.handle();
    storage::Transaction transaction(db);
    Statement check(db,
                    "SELECT 1 FROM launches l JOIN tier_checklist_items i "
                    "ON i.rule_version = l.rule_version AND i.tier = l.tier "
                    "WHERE l.id = ?1 AND i.id = ?2");
    check.bind(1, launchId).bind(2, itemId);
    if (!check.step()) {
        throw storage::WorkspaceError(
            storage::WorkspaceErrorKind::Invalid,
            "Checklist: that item is not on this launch's checklist (its tier or rule changed).");
    }
    Statement write(db,
                    "INSERT INTO launch_checklist (launch_id, item_id, done) VALUES (?1, ?2, ?3) "
                    "ON CONFLICT (launch_id, item_id) DO UPDATE SET done = excluded.done");
    write.bind(1, launchId).bind(2, itemId).bind(3, done ? 1 : 0);
    write.run();
    Statement touch(db,
                    "UPDATE launches SET updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') "
                    "WHERE id = ?1");
    touch.bind(1, launchId);
    touch.run();
    transaction.commit();
    m_workspace.notify({storage::EntityKind::Launch, storage::ChangeType::Updated, launchId});
}

}  // namespace pmm::launches
