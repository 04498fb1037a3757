#include "storage/catalog.h"

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

bool Catalog::isEmpty() const {
    storage::Statement query(
        m_workspace.handle(),
        "SELECT (SELECT count(*) FROM people) + (SELECT count(*) FROM products)"
        " + (SELECT count(*) FROM segments) + (SELECT count(*) FROM competitors)");
    query.step();
    return query.int64(0) == 0;
}

}  // namespace pmm::catalog
