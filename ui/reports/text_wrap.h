#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace pmm::ui {

// User text as one printable line: control characters (tabs, line breaks, escapes) become
// spaces, runs of spaces collapse, ends are trimmed.
QString printableLine(const QString& text);

// Splits `text` into lines no wider than `width` as measured by `advance`: at spaces where
// possible, inside a word only when the word alone is too wide. Line breaks in `text` are
// kept. At most `maxLines` lines; the last one then ends with "…". Never returns no lines.
QStringList wrapText(const QString& text, qreal width,
                     const std::function<qreal(const QString&)>& advance, int maxLines = 40);

}  // namespace pmm::ui
