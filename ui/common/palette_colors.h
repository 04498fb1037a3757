#pragma once

#include <QColor>

namespace pmm::ui {

// `base` moved towards `tint` by `amount` (0..1): a colour derived from the palette, so a
// light or dark theme keeps its contrast.
QColor blend(const QColor& base, const QColor& tint, double amount);

}  // namespace pmm::ui
