#include "launches/launch_texts.h"

#include <QCoreApplication>

#include "launches/tier_rule.h"
#include "storage/workspace_error.h"

namespace pmm::ui {

QString toQString(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

std::string toStdString(const QString& text) {
    return text.toStdString();
}

QString tierText(const std::optional<int>& tier) {
    return tier ? toQString(launches::tierName(*tier)) : QStringLiteral("\u2014");
}

QString scoreText(const std::optional<int>& hundredths) {
    return hundredths ? toQString(launches::formatHundredths(*hundredths))
                      : QStringLiteral("\u2014");
}

QString statusText(launches::LaunchStatus status) {
    return toQString(launches::statusLabel(status));
}

QString readinessText(const launches::Readiness& readiness, bool tiered) {
    return tiered ? toQString(readiness.text()) : QStringLiteral("\u2014");
}

QString textToolTip(const QString& text) {
    return text.isEmpty() ? QString() : QStringLiteral("<qt>%1</qt>").arg(text.toHtmlEscaped());
}

QString currentUserName() {
    for (const char* variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable).trimmed();
        if (!name.isEmpty()) {
            return name;
        }
    }
    return QCoreApplication::translate("pmm::ui::LaunchTexts", "PMM Workbench user");
}

QString coreProblem(const std::function<void()>& work) {
    try {
        work();
    } catch (const storage::WorkspaceError& error) {
        return QString::fromStdString(error.what());
    } catch (const std::invalid_argument& error) {
        return QString::fromStdString(error.what());
    }
    return {};
}

}  // namespace pmm::ui
