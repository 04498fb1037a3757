#include "app/recent_workspaces.h"

#include <QFileInfo>
#include <QSettings>

namespace pmm::ui {

namespace {

const QString kKey = QStringLiteral("workspaces/recent");

QString absolute(const QString& path) {
    return QFileInfo(path).absoluteFilePath();
}

}  // namespace

QStringList RecentWorkspaces::paths() const {
    return QSettings().value(kKey).toStringList();
}

void RecentWorkspaces::add(const QString& path) {
    QStringList list = paths();
    const QString entry = absolute(path);
    list.removeAll(entry);
    list.prepend(entry);
    store(list);
}

void RecentWorkspaces::remove(const QString& path) {
    QStringList list = paths();
    list.removeAll(absolute(path));
    store(list);
}

void RecentWorkspaces::clear() {
    store({});
}

QStringList RecentWorkspaces::pruneMissing() {
    QStringList kept;
    QStringList dropped;
    for (const QString& path : paths()) {
        (QFileInfo::exists(path) ? kept : dropped).append(path);
    }
    if (!dropped.isEmpty()) {
        store(kept);
    }
    return dropped;
}

void RecentWorkspaces::store(const QStringList& paths) {
    QStringList list = paths;
    list.removeDuplicates();
    while (list.size() > kMaximum) {
        list.removeLast();
    }
    QSettings().setValue(kKey, list);
}

}  // namespace pmm::ui
