#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "storage/change.h"

namespace pmm::storage {
class Statement;
class Workspace;
}  // namespace pmm::storage

namespace pmm::catalog {

// What differs between simple entity tables: their SQL (whole literal statements, no
// formatting), how a row binds and reads, and the rules a row must satisfy. Specialised
// once per entity in entity_traits.cpp.
template <class T>
struct EntityTraits;

// Stores one kind of entity: list, fetch, add (or restore with its old id and uid, for
// undo), update and remove, each in its own transaction, each followed by a change
// notification. Rule violations throw WorkspaceError(Invalid) with a sentence for the user.
template <class T>
class EntityStore {
public:
    explicit EntityStore(storage::Workspace& workspace) : m_workspace(workspace) {}

    std::vector<T> list() const;
    std::optional<T> find(std::int64_t id) const;
    // Inserts `item`; keeps its id and uid when set (undo of a removal). Returns it stored.
    T add(T item);
    void update(const T& item);
    void remove(std::int64_t id);

private:
    storage::Workspace& m_workspace;
};

}  // namespace pmm::catalog
