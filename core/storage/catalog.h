#pragma once

#include <vector>

#include "catalog/catalog_types.h"
#include "storage/entity_store.h"

namespace pmm::storage {
class Workspace;
}

namespace pmm::catalog {

// The team and market catalog of a workspace: one store per entity.
class Catalog {
public:
    explicit Catalog(storage::Workspace& workspace)
        : people(workspace),
          products(workspace),
          segments(workspace),
          competitors(workspace),
          m_workspace(workspace) {}

    EntityStore<Person> people;
    EntityStore<Product> products;
    EntityStore<Segment> segments;
    EntityStore<Competitor> competitors;

    std::vector<Level> levels() const;
    // True when no people, products, segments or competitors exist yet.
    bool isEmpty() const;

private:
    storage::Workspace& m_workspace;
};

}  // namespace pmm::catalog
