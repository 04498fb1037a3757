#include "common/palette_colors.h"

#include <algorithm>

namespace pmm::ui {

QColor blend(const QColor& base, const QColor& tint, double amount) {
    const double a = std::clamp(amount, 0.0, 1.0);
    auto mix = [a](double from, double to) { return from + (to - from) * a; };
    return QColor::fromRgbF(static_cast<float>(mix(base.redF(), tint.redF())),
                            static_cast<float>(mix(base.greenF(), tint.greenF())),
                            static_cast<float>(mix(base.blueF(), tint.blueF())));
}

}  // namespace pmm::ui
