// `check` on a workspace with many open positioning triggers: grouped by kind, counted in the
// headline, a few of each kind listed and the rest counted, so the output stays readable.
#include <gtest/gtest.h>

#include <QDate>
#include <QTemporaryDir>

#include "cli_support.h"
#include "storage/catalog.h"
#include "storage/workspace.h"

namespace {

namespace fs = std::filesystem;
using pmm::test::runWorkbench;

// Thirteen failed-deal patterns: three recent losses to Acme for each of thirteen reasons.
QByteArray thirteenLossPatterns() {
    QByteArray csv = "Deal ID,Close Date,Outcome,Competitor,Loss Reason\n";
    const QByteArray closed = QDate::currentDate().addDays(-10).toString(Qt::ISODate).toUtf8();
    for (int reason = 0; reason < 13; ++reason) {
        for (int deal = 0; deal < 3; ++deal) {
            csv += "L-" + QByteArray::number(reason * 3 + deal) + "," + closed +
                   ",lost,Acme,Reason " + QByteArray(1, static_cast<char>('A' + reason)) + "\n";
        }
    }
    return csv;
}

TEST(PositioningCheck, ManyTriggersAreGroupedByKindWithTheRestCounted) {
    QTemporaryDir dir;
    const fs::path workspacePath = fs::path(dir.path().toStdString()) / "w.pmmw";
    const QString workspace = QString::fromStdString(workspacePath.string());
    {
        auto created = pmm::storage::Workspace::create(workspacePath);
        pmm::catalog::Competitor acme;
        acme.name = "Acme";
        acme.firstSeen = "2023-01-01";
        pmm::catalog::Catalog(*created).competitors.add(acme);
    }
    const QString csv = dir.filePath(QStringLiteral("deals.csv"));
    pmm::test::writeBytes(csv.toStdString(), thirteenLossPatterns());
    const auto imported = runWorkbench(
        {QStringLiteral("import-deals"), QStringLiteral("--workspace"), workspace, csv});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();

    const auto check =
        runWorkbench({QStringLiteral("check"), QStringLiteral("--workspace"), workspace});
    EXPECT_EQ(check.exitCode, 0) << check.err.toStdString();
    const QStringList out = pmm::test::lines(check.out);
    ASSERT_EQ(out.size(), 13) << check.out.toStdString();
    EXPECT_TRUE(out[1].endsWith(QStringLiteral(": 13 open (13 failed-deal pattern).")))
        << out[1].toStdString();
    EXPECT_EQ(out[2].trimmed(), QStringLiteral("failed-deal pattern: 3 deals lost to Acme on "
                                               "Reason A in 90 days; deals L-2, L-1, L-0"));
    for (int n = 2; n < 12; ++n) {
        EXPECT_TRUE(out[n].startsWith(QStringLiteral("  failed-deal pattern: "))) << n;
    }
    EXPECT_EQ(out[12], QStringLiteral("  \u2026 and 3 more failed-deal pattern triggers"));
}

}  // namespace
