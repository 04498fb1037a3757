#pragma once

#include <QTranslator>

namespace pmm::ui {

// English plural forms without a translation file: for tr("%n record(s)", nullptr, n) it
// gives "1 record" and "3 records" (the "(s)" becomes "s" unless n is 1). Every other text
// is left to the next translator or the source text.
class EnglishPlurals : public QTranslator {
    Q_OBJECT

public:
    using QTranslator::QTranslator;

    QString translate(const char* context, const char* sourceText,
                      const char* disambiguation = nullptr, int n = -1) const override;
    bool isEmpty() const override { return false; }
};

// Installs one EnglishPlurals, owned by the application, once.
void installEnglishPlurals();

}  // namespace pmm::ui
