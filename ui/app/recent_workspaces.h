#pragma once

#include <QStringList>

namespace pmm::ui {

// The workspaces opened most recently, newest first, kept in QSettings.
class RecentWorkspaces {
public:
    static constexpr int kMaximum = 8;

    QStringList paths() const;
    // Puts `path` (made absolute) first; the list never holds a path twice or more than
    // kMaximum entries.
    void add(const QString& path);
    void remove(const QString& path);
    void clear();
    // Drops files that no longer exist; returns the dropped paths.
    QStringList pruneMissing();

private:
    void store(const QStringList& paths);
};

}  // namespace pmm::ui
