#include "reports/report_text.h"

#include <QLocale>

namespace pmm::ui {

QString groupedNumber(long long value) {
    return QLocale(QLocale::English, QLocale::UnitedStates).toString(value);
}

}  // namespace pmm::ui
