#include "reports/report_page_size.h"

#include <QMarginsF>

#include <algorithm>
#include <array>

namespace pmm::ui {

namespace {

// CLDR supplementalData paperSize "US-Letter" territories.
constexpr std::array kLetterTerritories = {
    QLocale::UnitedStates, QLocale::Canada,    QLocale::Mexico,           QLocale::Philippines,
    QLocale::PuertoRico,   QLocale::Chile,     QLocale::Colombia,         QLocale::CostaRica,
    QLocale::Guatemala,    QLocale::Nicaragua, QLocale::Panama,           QLocale::ElSalvador,
    QLocale::Venezuela,    QLocale::Belize,    QLocale::DominicanRepublic};

}  // namespace

QPageSize::PageSizeId pageSizeForLocale(const QLocale& locale) {
    const bool letter = std::find(kLetterTerritories.begin(), kLetterTerritories.end(),
                                  locale.territory()) != kLetterTerritories.end();
    return letter ? QPageSize::Letter : QPageSize::A4;
}

QPageSize::PageSizeId defaultReportPageSize() {
    // POSIX order for the paper category; "C" and "POSIX" say nothing about paper.
    for (const char* variable : {"LC_ALL", "LC_PAPER"}) {
        const QString value = qEnvironmentVariable(variable);
        if (!value.isEmpty() && value != QStringLiteral("C") && value != QStringLiteral("POSIX") &&
            !value.startsWith(QStringLiteral("C."))) {
            return pageSizeForLocale(QLocale(value.section(QLatin1Char('.'), 0, 0)));
        }
    }
    return pageSizeForLocale(QLocale::system());
}

std::optional<QPageSize::PageSizeId> parseReportPageSize(const QString& name) {
    if (name.compare(QStringLiteral("A4"), Qt::CaseInsensitive) == 0) {
        return QPageSize::A4;
    }
    if (name.compare(QStringLiteral("Letter"), Qt::CaseInsensitive) == 0) {
        return QPageSize::Letter;
    }
    return std::nullopt;
}

QString reportPageSizeName(QPageSize::PageSizeId id) {
    return id == QPageSize::Letter ? QStringLiteral("Letter") : QStringLiteral("A4");
}

QPageLayout reportPageLayout(QPageSize::PageSizeId id) {
    return QPageLayout(QPageSize(id), QPageLayout::Portrait, QMarginsF(16, 14, 16, 12),
                       QPageLayout::Millimeter);
}

}  // namespace pmm::ui
