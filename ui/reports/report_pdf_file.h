#pragma once

#include <QPageLayout>
#include <QString>

#include <functional>

class QPagedPaintDevice;

namespace pmm::ui {

struct ReportPdfFileResult {
    bool ok = false;
    int pages = 0;
    QString error;  // one sentence when !ok
};

// Paints a report on the device it is given; returns the number of pages, 0 on failure.
using ReportPdfPainter = std::function<int(QPagedPaintDevice& device)>;

// Writes a PDF at `path` with `layout` and `title`, atomically: it is written beside the
// target and renamed into place only when complete, so a failure leaves no file and never
// replaces an existing one. A missing folder, a folder as target or a file that cannot be
// written is refused with one sentence naming the path.
ReportPdfFileResult writeReportPdfFile(const QString& path, const QPageLayout& layout,
                                       const QString& title, const ReportPdfPainter& paint);

}  // namespace pmm::ui
