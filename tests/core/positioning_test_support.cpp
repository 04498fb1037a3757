#include "positioning_test_support.h"

#include "storage/catalog.h"

namespace pmm::test {

PositioningBasics addPositioningBasics(storage::Workspace& workspace) {
    catalog::Catalog catalog(workspace);
    catalog::Product product;
    product.name = "Atlas";
    catalog::Segment segment;
    segment.name = "Mid-market";
    catalog::Person person;
    person.name = "Ada";
    return {catalog.products.add(product).id, catalog.segments.add(segment).id,
            catalog.people.add(person).id};
}

}  // namespace pmm::test
