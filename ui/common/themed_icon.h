#pragma once

#include <QIcon>

class QPalette;

namespace pmm::ui {

// A monochrome SVG from the resources, drawn in the palette's text colours (normal,
// selected and disabled), so it reads on light and dark themes at any device pixel ratio.
QIcon themedIcon(const QString& resource, const QPalette& palette);

// The application's own icon (colours of its own, like any app icon).
QIcon applicationIcon();

}  // namespace pmm::ui
