#pragma once

#include <QString>
#include <QVariant>
#include <QVariantList>

#include <cstdint>
#include <string>

namespace pmm::ui {

// How a field is shown and edited. The value a field holds in a Record depends on it:
//   Text    QString
//   Level   int (a level's rank)
//   Person  qint64 (a person's id), or a null QVariant for "(none)"
//   Date    QString "YYYY-MM-DD", or a null QVariant when unknown
enum class FieldKind { Text, Level, Person, Date };

struct FieldSpec {
    QString title;  // column header, e.g. "First seen"
    FieldKind kind = FieldKind::Text;
    int widthInCharacters;  // a starting column width; the user may resize
};

// One row of an entity table, independent of its C++ type, so one model, one delegate and
// one set of undo commands serve every simple entity.
struct Record {
    std::int64_t id = 0;  // 0 until stored
    std::string uid;      // empty until stored
    QVariantList values;  // one per field, in the adapter's field order
};

}  // namespace pmm::ui
