#pragma once

#include <functional>

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <string>

#include "common/user_feedback.h"

namespace pmm::storage {
class Workspace;
}

namespace pmm::uitest {

// A folder for one test's workspaces, removed afterwards.
class TempFolder {
public:
    TempFolder();
    QString path(const QString& name) const;

    // A new workspace file: empty, or filled with the small demo (seed 1). Closed again.
    QString emptyWorkspace(const QString& name = QStringLiteral("empty.pmmw")) const;
    QString demoWorkspace(const QString& name = QStringLiteral("demo.pmmw")) const;

private:
    QTemporaryDir m_dir;
};

// A second, read-only look at a workspace file: what is really in the database.
std::unique_ptr<storage::Workspace> readBack(const QString& path);
// The workspace's whole content as the interchange format writes it: equal texts, equal data.
std::string exportOf(const QString& path);

QByteArray fileBytes(const QString& path);

// Records what the UI would have shown and answers questions without blocking.
class RecordingFeedback final : public ui::UserFeedback {
public:
    void showError(QWidget* parent, const QString& title, const QString& message) override;
    bool ask(QWidget* parent, const QString& title, const QString& message,
             const QString& acceptText) override;

    QStringList errors;                 // messages, in order
    QStringList questions;              // messages, in order
    bool answer = false;                // what ask() returns
    std::function<void()> whileAsking;  // runs inside ask(), as if the user waited
};

// Collects Qt warnings (e.g. QAbstractItemModelTester's) while it lives.
class WarningCollector {
public:
    WarningCollector();
    ~WarningCollector();
    WarningCollector(const WarningCollector&) = delete;
    WarningCollector& operator=(const WarningCollector&) = delete;

    QStringList messages() const;
};

}  // namespace pmm::uitest
