// Texts with a count read as English: "1 record", "3 records", never "3 record(s)".
#include <gtest/gtest.h>

#include <QCoreApplication>

#include "common/english_plurals.h"

namespace pmm::ui {
namespace {

QString counted(const char* text, int n) {
    return QCoreApplication::translate("Test", text, nullptr, n);
}

TEST(EnglishPlurals, CountsReadAsEnglish) {
    installEnglishPlurals();
    installEnglishPlurals();  // once is enough; a second call changes nothing
    EXPECT_EQ(counted("%n record(s) added", 1), QStringLiteral("1 record added"));
    EXPECT_EQ(counted("%n record(s) added", 3), QStringLiteral("3 records added"));
    EXPECT_EQ(counted("%n record(s) added", 0), QStringLiteral("0 records added"));
    EXPECT_EQ(counted("Saved (%n page(s)) of %n row(s)", 2),
              QStringLiteral("Saved (2 pages) of 2 rows"));
    // Texts without a count, or without "(s)", are left as they are.
    EXPECT_EQ(QCoreApplication::translate("Test", "Option(s)"), QStringLiteral("Option(s)"));
    EXPECT_EQ(counted("%n people", 4), QStringLiteral("4 people"));
    EXPECT_EQ(QCoreApplication::instance()->findChildren<EnglishPlurals*>().size(), 1);
}

}  // namespace
}  // namespace pmm::ui
