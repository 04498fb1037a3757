#include "pdf_support.h"

#include <gtest/gtest.h>

#include <QProcess>
#include <QRegularExpression>

namespace pmm::uitest {

QString runTool(const QString& program, const QStringList& arguments) {
    QProcess process;
    process.start(program, arguments);
    EXPECT_TRUE(process.waitForFinished(60000)) << program.toStdString();
    EXPECT_EQ(process.exitCode(), 0) << program.toStdString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString pdfText(const QString& path, int page) {
    QStringList arguments{QStringLiteral("-raw")};
    if (page > 0) {
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
                  << QString::number(page);
    }
    arguments << path << QStringLiteral("-");
    return runTool(QStringLiteral("pdftotext"), arguments).simplified();
}

QString pdfInfo(const QString& path, const QString& field) {
    const auto match =
        QRegularExpression(QStringLiteral("(?:^|\\n)") + QRegularExpression::escape(field) +
                           QStringLiteral(":\\s+([^\\n]*)"))
            .match(runTool(QStringLiteral("pdfinfo"), {path}));
    return match.captured(1).trimmed();
}

int pdfPageCount(const QString& path) {
    bool ok = false;
    const int pages = pdfInfo(path, QStringLiteral("Pages")).toInt(&ok);
    return ok ? pages : -1;
}

}  // namespace pmm::uitest
