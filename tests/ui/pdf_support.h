#pragma once

#include <QString>
#include <QStringList>

namespace pmm::uitest {

// Reading generated PDFs back the way a user's tools would (poppler's pdftotext and pdfinfo).

// Runs a tool to completion and returns its standard output; a failure fails the test.
QString runTool(const QString& program, const QStringList& arguments);
// The text of a PDF, or of one page (1-based; 0: all), with every run of white space made
// one space so wrapped lines read on.
QString pdfText(const QString& path, int page = 0);
// A field of pdfinfo ("Pages", "Page size"), trimmed; empty when missing.
QString pdfInfo(const QString& path, const QString& field);
// The number of pages, or -1 when pdfinfo cannot tell.
int pdfPageCount(const QString& path);

}  // namespace pmm::uitest
