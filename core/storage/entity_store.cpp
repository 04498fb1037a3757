#include "storage/entity_store.h"

#include <sqlite3.h>

#include "storage/database.h"
#include "storage/entity_traits.h"
#include "storage/workspace.h"
#include "storage/workspace_error.h"
#include "util/uuid.h"

namespace pmm::catalog {

using storage::ChangeType;
using storage::Statement;
using storage::Transaction;
using storage::WorkspaceError;
using storage::WorkspaceErrorKind;

template <class T>
std::vector<T> EntityStore<T>::list() const {
    std::vector<T> items;
    Statement query(m_workspace.handle(), EntityTraits<T>::selectAll);
    while (query.step()) {
        items.push_back(EntityTraits<T>::read(query));
    }
    return items;
}

template <class T>
std::optional<T> EntityStore<T>::find(std::int64_t id) const {
    Statement query(m_workspace.handle(), EntityTraits<T>::selectOne);
    query.bind(1, id);
    if (query.step()) {
        return EntityTraits<T>::read(query);
    }
    return std::nullopt;
}

template <class T>
T EntityStore<T>::add(T item) {
    m_workspace.requireWritable();
    if (item.uid.empty()) {
        item.uid = newUuid();
    } else if (!isUuid(item.uid)) {
        throw WorkspaceError(WorkspaceErrorKind::Invalid,
                             "uid: \"" + item.uid + "\" is not a lower-case UUID.");
    }
    sqlite3* db = m_workspace.handle();
    Transaction transaction(db);
    EntityTraits<T>::validate(db, item);
    Statement insert(db, EntityTraits<T>::insert);
    EntityTraits<T>::bind(insert, item);
    insert.run();
    item.id = sqlite3_last_insert_rowid(db);
    transaction.commit();
    m_workspace.notify({EntityTraits<T>::kind, ChangeType::Added, item.id});
    return item;
}

template <class T>
void EntityStore<T>::update(const T& item) {
    m_workspace.requireWritable();
    sqlite3* db = m_workspace.handle();
    Transaction transaction(db);
    const auto existing = find(item.id);
    // The same id AND uid: a removed row's id is reused by the next new row, and an old edit
    // (an undo step, say) must neither change that newcomer nor pass silently doing nothing.
    if (!existing || existing->uid != item.uid) {
        throw WorkspaceError(
            WorkspaceErrorKind::Invalid,
            std::string("That ") + EntityTraits<T>::noun + " no longer exists in the workspace.");
    }
    EntityTraits<T>::validate(db, item);
    Statement update(db, EntityTraits<T>::update);
    EntityTraits<T>::bind(update, item);
    update.run();
    transaction.commit();
    m_workspace.notify({EntityTraits<T>::kind, ChangeType::Updated, item.id});
}

template <class T>
void EntityStore<T>::remove(std::int64_t id) {
    m_workspace.requireWritable();
    sqlite3* db = m_workspace.handle();
    Transaction transaction(db);
    const auto existing = find(id);
    if (!existing) {
        return;  // already gone: removing is idempotent
    }
    const std::string blockers = EntityTraits<T>::removalBlockers(db, id);
    if (!blockers.empty()) {
        throw WorkspaceError(WorkspaceErrorKind::Invalid,
                             "Cannot remove \"" + EntityTraits<T>::name(*existing) +
                                 "\": " + blockers + ". Reassign those first.");
    }
    Statement remove(db, EntityTraits<T>::remove);
    remove.bind(1, id);
    try {
        remove.run();
    } catch (const WorkspaceError& error) {
        if (error.kind() != WorkspaceErrorKind::Invalid) {
            throw;
        }
        throw WorkspaceError(WorkspaceErrorKind::Invalid,
                             "Cannot remove \"" + EntityTraits<T>::name(*existing) +
                                 "\": other records still refer to it. Reassign those first.");
    }
    transaction.commit();
    m_workspace.notify({EntityTraits<T>::kind, ChangeType::Removed, id});
}

template class EntityStore<Person>;
template class EntityStore<Product>;
template class EntityStore<Segment>;
template class EntityStore<Competitor>;

}  // namespace pmm::catalog
