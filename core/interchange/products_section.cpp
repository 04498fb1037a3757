#include "interchange/products_section.h"

#include "interchange/import_scope.h"
#include "interchange/section_support.h"
#include "storage/interchange_catalog_writer.h"

namespace pmm::interchange {

namespace {

std::string uidOf(const ProductRecord& product) {
    return product.uid;
}

bool same(const ProductRecord& a, const ProductRecord& b) {
    return a.uid == b.uid && a.name == b.name && a.description == b.description;
}

}  // namespace

void ProductsSection::writeJson(JsonWriter& out, const WorkspaceData& data) const {
    out.beginArray();
    for (const ProductRecord& product : data.products) {
        out.beginObject();
        out.key("uid");
        out.value(product.uid);
        out.key("name");
        out.value(product.name);
        out.key("description");
        out.value(product.description);
        out.endObject();
    }
    out.endArray();
}

void ProductsSection::readRecord(const nlohmann::json& value, std::size_t index,
                                 WorkspaceData& file, ProblemList& problems) const {
    ObjectReader reader(value, key(), index, problems);
    ProductRecord product;
    product.uid = reader.uid("uid");
    product.name = reader.text("name", Need::Required, TextRule::NonBlank);
    product.description = reader.text("description", Need::Optional);
    reader.finish();
    product.origin = Origin{index, reader.intact()};
    file.products.push_back(std::move(product));
}

void ProductsSection::validate(const ImportScope& scope, ProblemList& problems) const {
    reportDuplicateKeys(key(), scope.file().products, uidOf, "uid", problems);
    reportNameClashes(key(), "product", scope.file().products, scope.workspace().products,
                      problems);
}

ChangeCounts ProductsSection::plan(const ImportScope& scope) const {
    return planByKey(key(), scope.file().products, scope.workspaceProducts, uidOf, same);
}

void ProductsSection::write(const ImportScope& scope, sqlite3* db) const {
    RecordChanges<ProductRecord> changes;
    planByKey(key(), scope.file().products, scope.workspaceProducts, uidOf, same, &changes);
    storage::writeProducts(db, changes);
}

}  // namespace pmm::interchange
