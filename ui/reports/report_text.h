#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <string>

namespace pmm::ui {

// The words of printed reports, translatable under one context.
inline QString reportTr(const char* text) {
    return QCoreApplication::translate("pmm::ui::TierReport", text);
}

// Core's UTF-8 text as a QString (to print as is, never as markup).
inline QString fromCore(const std::string& text) {
    return QString::fromStdString(text);
}

// An optional value, or a dash when there is none.
inline QString orDash(const std::optional<std::string>& text) {
    return text && !text->empty() ? QString::fromStdString(*text) : QStringLiteral("\u2014");
}

// 16000 → "16,000": reports use one grouping whatever the machine's locale.
QString groupedNumber(long long value);

}  // namespace pmm::ui
