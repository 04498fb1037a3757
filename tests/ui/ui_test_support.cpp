#include "ui_test_support.h"

#include <QFile>
#include <QMutex>

#include <gtest/gtest.h>

#include "demo/demo_data.h"
#include "interchange/exporter.h"
#include "storage/interchange_reader.h"
#include "storage/workspace.h"

namespace pmm::uitest {

TempFolder::TempFolder() {
    EXPECT_TRUE(m_dir.isValid());
}

QString TempFolder::path(const QString& name) const {
    return m_dir.filePath(name);
}

QString TempFolder::emptyWorkspace(const QString& name) const {
    const QString file = path(name);
    storage::Workspace::create(file.toStdString());
    return file;
}

QString TempFolder::demoWorkspace(const QString& name) const {
    const QString file = path(name);
    auto workspace = storage::Workspace::create(file.toStdString());
    demo::fillDemoData(*workspace, demo::DemoSize::Small, 1);
    return file;
}

std::unique_ptr<storage::Workspace> readBack(const QString& path) {
    storage::OpenOptions options;
    options.mode = storage::OpenMode::ReadOnly;
    return storage::Workspace::open(path.toStdString(), options);
}

std::string exportOf(const QString& path) {
    return interchange::exportJson(storage::readWorkspaceData(readBack(path)->handle()));
}

QByteArray fileBytes(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return file.readAll();
}

void RecordingFeedback::showError(QWidget*, const QString&, const QString& message) {
    errors.append(message);
}

bool RecordingFeedback::ask(QWidget*, const QString&, const QString& message, const QString&) {
    questions.append(message);
    if (whileAsking) {
        whileAsking();
    }
    return answer;
}

namespace {

QMutex g_mutex;
QStringList g_warnings;
QtMessageHandler g_previous = nullptr;

void collect(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    if (type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg) {
        QMutexLocker lock(&g_mutex);
        g_warnings.append(QString::fromLatin1(context.category ? context.category : "") +
                          QStringLiteral(": ") + message);
    }
    if (g_previous) {
        g_previous(type, context, message);
    }
}

}  // namespace

WarningCollector::WarningCollector() {
    QMutexLocker lock(&g_mutex);
    g_warnings.clear();
    g_previous = qInstallMessageHandler(collect);
}

WarningCollector::~WarningCollector() {
    qInstallMessageHandler(g_previous);
    g_previous = nullptr;
}

QStringList WarningCollector::messages() const {
    QMutexLocker lock(&g_mutex);
    return g_warnings;
}

}  // namespace pmm::uitest
