#include "pdf_support.h"

#include <gtest/gtest.h>

#include <QProcess>
#include <QRegularExpression>

namespace pmm::test {

QString runTool(const QString& program, const QStringList& arguments) {
    QProcess process;
    process.start(program, arguments);
    EXPECT_TRUE(process.waitForFinished(120000)) << program.toStdString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString pdfText(const QString& path) {
    return runTool(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")})
        .simplified();
}

QString pdfInfo(const QString& path, const QString& field) {
    const auto match =
        QRegularExpression(QRegularExpression::escape(field) + QStringLiteral(":\\s+(.*)\\n"))
            .match(runTool(QStringLiteral("pdfinfo"), {path}));
    return match.captured(1).trimmed();
}

}  // namespace pmm::test
