#include "reports/report_pdf_file.h"

#include <QDir>
#include <QFileInfo>
#include <QPdfWriter>
#include <QSaveFile>

#include "reports/report_text.h"

namespace pmm::ui {

namespace {

// Fine enough for exact placement, coarse enough to keep coordinates short in the file.
constexpr int kPdfResolution = 600;

QString shown(const QString& path) {
    return QDir::toNativeSeparators(path);
}

ReportPdfFileResult failure(QString error) {
    ReportPdfFileResult result;
    result.error = std::move(error);
    return result;
}

}  // namespace

ReportPdfFileResult writeReportPdfFile(const QString& path, const QPageLayout& layout,
                                       const QString& title, const ReportPdfPainter& paint) {
    const QFileInfo target(path);
    if (!target.absoluteDir().exists()) {
        return failure(reportTr("Cannot write %1: the folder %2 does not exist.")
                           .arg(shown(path), shown(target.absolutePath())));
    }
    if (target.isDir()) {
        return failure(reportTr("Cannot write %1: it is a folder.").arg(shown(path)));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return failure(reportTr("Cannot write %1: %2.").arg(shown(path), file.errorString()));
    }
    ReportPdfFileResult result;
    {
        QPdfWriter writer(&file);
        writer.setResolution(kPdfResolution);
        writer.setPageLayout(layout);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("PMM Workbench %1").arg(QStringLiteral(PMM_VERSION)));
        result.pages = paint(writer);
    }
    if (result.pages == 0) {
        file.cancelWriting();
        return failure(
            reportTr("Cannot write %1: the report could not be drawn.").arg(shown(path)));
    }
    if (!file.commit()) {
        return failure(reportTr("Cannot write %1: %2.").arg(shown(path), file.errorString()));
    }
    result.ok = true;
    return result;
}

}  // namespace pmm::ui
