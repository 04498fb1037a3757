#pragma once

#include <cstdint>
#include <string>

#include "catalog/catalog_types.h"
#include "storage/entity_store.h"

struct sqlite3;

namespace pmm::catalog {

// Each specialisation has:
//   kind, noun                         what a change notification and a message call it
//   selectAll, selectOne, insert, update, remove    literal SQL; selectOne/remove bind ?1 = id
//   read(statement)                    a row of selectAll/selectOne as a value
//   bind(statement, item)              ?1 = id (NULL when 0), ?2 = uid, ?3... the fields
//   validate(db, item)                 throws WorkspaceError(Invalid) naming the field
//   removalBlockers(db, id)            why a row cannot be removed; empty when it can
#define PMM_ENTITY_TRAITS(Type)                                                \
    template <>                                                                \
    struct EntityTraits<Type> {                                                \
        static const storage::EntityKind kind;                                 \
        static const char* const noun;                                         \
        static const char* const selectAll;                                    \
        static const char* const selectOne;                                    \
        static const char* const insert;                                       \
        static const char* const update;                                       \
        static const char* const remove;                                       \
        static Type read(const storage::Statement& row);                       \
        static void bind(storage::Statement& statement, const Type& item);     \
        static void validate(sqlite3* db, const Type& item);                   \
        static std::string removalBlockers(sqlite3* db, std::int64_t id);      \
        static const std::string& name(const Type& item) { return item.name; } \
    }

PMM_ENTITY_TRAITS(Person);
PMM_ENTITY_TRAITS(Product);
PMM_ENTITY_TRAITS(Segment);
PMM_ENTITY_TRAITS(Competitor);

#undef PMM_ENTITY_TRAITS

}  // namespace pmm::catalog
