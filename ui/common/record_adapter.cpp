#include "common/record_adapter.h"

namespace pmm::ui {

QString RecordAdapter::nameOf(const Record& record) const {
    const int field = nameField();
    if (field < 0 || field >= record.values.size()) {
        return {};
    }
    return record.values.at(field).toString();
}

}  // namespace pmm::ui
