#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <filesystem>
#include <string>

namespace pmm::test {

struct ProcessResult {
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the real pmm-workbench binary with no display and no standard input; `extra`
// variables are added to (or override) the environment.
ProcessResult runWorkbench(const QStringList& arguments, int timeoutMs = 240000,
                           const QProcessEnvironment& extra = {});

QByteArray fileBytes(const std::filesystem::path& path);
void writeBytes(const std::filesystem::path& path, const QByteArray& bytes);

// Lines of non-empty text.
QStringList lines(const QString& text);

}  // namespace pmm::test
