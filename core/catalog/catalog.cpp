#include "catalog/catalog.h"

#include "storage/database.h"
#include "storage/workspace.h"

namespace pmm::catalog {

std::vector<Level> Catalog::levels() const {
    std::vector<Level> levels;
    storage::Statement query(m_workspace.handle(), "SELECT rank, name FROM levels ORDER BY rank");
    while (query.step()) {
        levels.push_back({query.integer(0), query.text(1)});
    }
    return levels;
}

}  // namespace pmm::catalog
