// import-deals and the positioning lines of check, run as a user runs them: the real
// binary, its exit code, its output, and the workspace left as it was on any bad row.
#include <gtest/gtest.h>

#include <QDate>
#include <QTemporaryDir>

#include "cli_support.h"
#include "storage/catalog.h"
#include "storage/deal_store.h"
#include "storage/workspace.h"

namespace {

namespace fs = std::filesystem;
using pmm::test::fileBytes;
using pmm::test::runWorkbench;
using pmm::test::writeBytes;

class DealsImport : public ::testing::Test {
protected:
    void SetUp() override {
        auto workspace = pmm::storage::Workspace::create(workspacePath());
        pmm::catalog::Catalog catalog(*workspace);
        pmm::catalog::Competitor acme;
        acme.name = "Acme";
        acme.firstSeen = "2023-01-01";
        catalog.competitors.add(acme);
    }

    fs::path file(const char* name) const { return fs::path(m_dir.path().toStdString()) / name; }
    fs::path workspacePath() const { return file("w.pmmw"); }
    static QString q(const fs::path& path) { return QString::fromStdString(path.string()); }

    pmm::test::ProcessResult importDeals(const QByteArray& csv, QStringList extra = {}) {
        writeBytes(file("deals.csv"), csv);
        return runWorkbench(QStringList{QStringLiteral("import-deals"),
                                        QStringLiteral("--workspace"), q(workspacePath()),
                                        q(file("deals.csv"))} +
                            extra);
    }

    std::int64_t dealCount() const {
        pmm::storage::OpenOptions options;
        options.mode = pmm::storage::OpenMode::ReadOnly;
        auto workspace = pmm::storage::Workspace::open(workspacePath(), options);
        return pmm::storage::DealStore(*workspace).count();
    }

    static QByteArray daysAgo(int days) {
        return QDate::currentDate().addDays(-days).toString(Qt::ISODate).toUtf8();
    }

    QTemporaryDir m_dir;
};

const QByteArray kCrmExport =
    "Opportunity ID,Opportunity Name,Close Date,Stage,Amount,Competitor,Loss Reason\r\n"
    "006A,Initech,2026-10-01,Closed Lost,\"12,000\",Acme,Pricing\r\n"
    "006B,Globex,2026-10-02,Closed Won,8000,,\r\n"
    "006C,\"Umbrella, \"\"pilot\"\"\",2026-10-03,No Decision,,acme,\r\n";

TEST_F(DealsImport, ImportsACrmExportOnceAndReportsCounts) {
    const auto first = importDeals(kCrmExport);
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_TRUE(first.out.contains(QStringLiteral("Read 3 rows"))) << first.out.toStdString();
    EXPECT_TRUE(first.out.contains(QStringLiteral("Outcome <- \"Stage\"")));
    EXPECT_TRUE(first.out.contains(QStringLiteral("3 deals added, 0 updated, 0 unchanged")));
    EXPECT_EQ(dealCount(), 3);

    const auto again = importDeals(kCrmExport);
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_TRUE(again.out.contains(QStringLiteral("0 deals added, 0 updated, 3 unchanged")));
    EXPECT_EQ(dealCount(), 3);
}

TEST_F(DealsImport, BadRowsAreListedByLineAndNothingIsWritten) {
    const QByteArray bytesBefore = fileBytes(workspacePath());
    const auto result = importDeals(
        "Opportunity Name;Close Date;Stage;Amount;Competitor\n"
        "Good;2026-10-01;Won;1;Acme\n"
        "Bad date;01/10/2026;Won;1;Acme\n"
        "\"Two\nlines\";2026-10-01;Maybe;1;Acme\n"
        "Who;2026-10-01;Lost;1;Zenith\n");
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.out.contains(
        QStringLiteral("line 3: Close date \"01/10/2026\" is not a date (use YYYY-MM-DD)")))
        << result.out.toStdString();
    EXPECT_TRUE(result.out.contains(
        QStringLiteral("line 4: Outcome \"Maybe\" is not won, lost or no decision")));
    EXPECT_TRUE(result.out.contains(QStringLiteral("line 6: Competitor \"Zenith\" is not in the")));
    EXPECT_TRUE(result.out.contains(QStringLiteral("--create-competitors")));
    EXPECT_EQ(pmm::test::lines(result.err).size(), 1);
    EXPECT_TRUE(result.err.contains(QStringLiteral("3 problems (3 bad rows)")));
    EXPECT_TRUE(result.err.contains(QStringLiteral("The workspace was not changed")));
    EXPECT_EQ(fileBytes(workspacePath()), bytesBefore);
    EXPECT_EQ(dealCount(), 0);
}

TEST_F(DealsImport, ManyBadRowsShowTheFirstFiftyThenACount) {
    QByteArray csv = "Deal ID,Close Date,Outcome\n";
    for (int n = 0; n < 80; ++n) {
        csv += "D" + QByteArray::number(n) + ",someday,won\n";
    }
    const auto result = importDeals(csv);
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.out.contains(QStringLiteral("line 51: Close date")));
    EXPECT_FALSE(result.out.contains(QStringLiteral("line 52: Close date")));
    EXPECT_TRUE(result.out.contains(QStringLiteral("... and 30 more problems")));
    EXPECT_EQ(dealCount(), 0);
}

TEST_F(DealsImport, DryRunMapAndCreateCompetitors) {
    const QByteArray csv = "Ref,When,Result,Rival\nZ-1,2026-10-05,lost,Zenith\n";
    const QStringList map = {QStringLiteral("--map"), QStringLiteral("deal_id=Ref"),
                             QStringLiteral("--map"), QStringLiteral("date=When"),
                             QStringLiteral("--map"), QStringLiteral("competitor=Rival")};
    const auto dry = importDeals(csv, map + QStringList{QStringLiteral("--dry-run"),
                                                        QStringLiteral("--create-competitors")});
    ASSERT_EQ(dry.exitCode, 0) << dry.err.toStdString();
    EXPECT_TRUE(dry.out.contains(QStringLiteral("Dry run, nothing was written")));
    EXPECT_TRUE(dry.out.contains(QStringLiteral("1 new competitor would be created: Zenith")));
    EXPECT_EQ(dealCount(), 0);

    const auto refused = importDeals(csv, map);
    EXPECT_EQ(refused.exitCode, 1);
    const auto created =
        importDeals(csv, map + QStringList{QStringLiteral("--create-competitors")});
    ASSERT_EQ(created.exitCode, 0) << created.err.toStdString();
    EXPECT_TRUE(created.out.contains(QStringLiteral("1 competitor created: Zenith")));
    EXPECT_EQ(dealCount(), 1);

    const auto wrongMap = importDeals(csv, {QStringLiteral("--map"), QStringLiteral("when=When")});
    EXPECT_EQ(wrongMap.exitCode, 1);
    EXPECT_TRUE(wrongMap.out.contains(QStringLiteral("--map when=When: no field \"when\"")));
}

TEST_F(DealsImport, UsageAndMissingFiles) {
    const auto noFile = runWorkbench(
        {QStringLiteral("import-deals"), QStringLiteral("--workspace"), q(workspacePath())});
    EXPECT_EQ(noFile.exitCode, 2);
    const auto missing =
        runWorkbench({QStringLiteral("import-deals"), QStringLiteral("--workspace"),
                      q(workspacePath()), q(file("absent.csv"))});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("Cannot read")));
    const auto help = runWorkbench({QStringLiteral("import-deals"), QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("--create-competitors")));
    EXPECT_TRUE(help.out.contains(QStringLiteral("line numbers")));
}

TEST_F(DealsImport, CheckListsTheTriggerTheImportCausedWithItsEvidence) {
    const auto quiet =
        runWorkbench({QStringLiteral("check"), QStringLiteral("--workspace"), q(workspacePath())});
    ASSERT_EQ(quiet.exitCode, 0) << quiet.err.toStdString();
    EXPECT_TRUE(quiet.out.contains(QStringLiteral("No framework alerts.")));

    const auto imported = importDeals(
        "Deal ID,Close Date,Outcome,Competitor,Loss Reason\n"
        "L-1," +
        daysAgo(1) +
        ",lost,Acme,Pricing\n"
        "L-2," +
        daysAgo(30) +
        ",lost,Acme,pricing\n"
        "L-3," +
        daysAgo(89) +
        ",lost,Acme,Pricing\n"
        "L-4," +
        daysAgo(90) + ",lost,Acme,Pricing\n");
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    const auto check =
        runWorkbench({QStringLiteral("check"), QStringLiteral("--workspace"), q(workspacePath())});
    EXPECT_EQ(check.exitCode, 0) << check.err.toStdString();
    const QStringList out = pmm::test::lines(check.out);
    ASSERT_GE(out.size(), 3);
    EXPECT_TRUE(out[0].contains(QStringLiteral("integrity ok")));
    EXPECT_TRUE(out[1].startsWith(QStringLiteral("Positioning triggers as of")))
        << out[1].toStdString();
    EXPECT_EQ(out[2].trimmed(), QStringLiteral("failed-deal pattern: 3 deals lost to Acme on "
                                               "Pricing in 90 days; deals L-1, L-2, L-3"));
    EXPECT_FALSE(check.out.contains(QStringLiteral("No framework alerts.")));

    const auto help = runWorkbench({QStringLiteral("check"), QStringLiteral("--help")});
    EXPECT_TRUE(help.out.contains(QStringLiteral("exit status is 0")));
}

}  // namespace
