#pragma once

#include <QString>
#include <QStringList>

namespace pmm::test {

// Runs a poppler tool (pdftotext, pdfinfo) and returns its standard output.
QString runTool(const QString& program, const QStringList& arguments);
// The text of a PDF, every run of white space one space, so wrapped lines read on.
QString pdfText(const QString& path);
// A field of pdfinfo ("Pages", "Page size"), trimmed.
QString pdfInfo(const QString& path, const QString& field);

}  // namespace pmm::test
