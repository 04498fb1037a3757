#include "common/english_plurals.h"

#include <QCoreApplication>

namespace pmm::ui {

QString EnglishPlurals::translate(const char* /*context*/, const char* sourceText,
                                  const char* /*disambiguation*/, int n) const {
    const QLatin1String kPlural("(s)");
    if (n < 0 || sourceText == nullptr) {
        return {};
    }
    QString text = QString::fromUtf8(sourceText);
    if (!text.contains(kPlural)) {
        return {};
    }
    return text.replace(kPlural, n == 1 ? QString() : QStringLiteral("s"));
}

void installEnglishPlurals() {
    QCoreApplication* app = QCoreApplication::instance();
    if (app == nullptr || app->findChild<EnglishPlurals*>() != nullptr) {
        return;
    }
    QCoreApplication::installTranslator(new EnglishPlurals(app));
}

}  // namespace pmm::ui
