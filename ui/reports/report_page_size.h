#pragma once

#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QString>

#include <optional>

namespace pmm::ui {

// The paper a printed report uses where `locale` is: Letter in the United States, Canada,
// Mexico, the Philippines and the other countries of CLDR's "US-Letter" list; A4 elsewhere.
QPageSize::PageSizeId pageSizeForLocale(const QLocale& locale);
// The same for this user: LC_ALL, else LC_PAPER, else the system locale.
QPageSize::PageSizeId defaultReportPageSize();
// "A4" or "Letter" (any case) as typed on the command line; nothing for anything else.
std::optional<QPageSize::PageSizeId> parseReportPageSize(const QString& name);
QString reportPageSizeName(QPageSize::PageSizeId id);

// Portrait, with the report's margins.
QPageLayout reportPageLayout(QPageSize::PageSizeId id);

}  // namespace pmm::ui
