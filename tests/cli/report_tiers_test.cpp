// `report tiers` as a user runs it: the real binary on a demo workspace, the PDF read back
// with pdftotext and pdfinfo, the workspace left untouched, and every error with its exit
// code, one line on stderr and no file written.
#include <gtest/gtest.h>

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <functional>
#include <set>

#include "cli_support.h"
#include "storage/launch_quarters.h"
#include "storage/tier_report.h"
#include "storage/workspace.h"

namespace {

namespace fs = std::filesystem;
using pmm::test::fileBytes;
using pmm::test::lines;
using pmm::test::runWorkbench;

QString tool(const QString& program, const QStringList& arguments) {
    QProcess process;
    process.start(program, arguments);
    EXPECT_TRUE(process.waitForFinished(120000)) << program.toStdString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString pdfInfo(const QString& path, const QString& field) {
    const auto match = QRegularExpression(field + QStringLiteral(":\\s+(.*)\\n"))
                           .match(tool(QStringLiteral("pdfinfo"), {path}));
    return match.captured(1).trimmed();
}

// The Tier 1 launch names of a quarter, read with core as the report reads them.
std::set<std::string> tierOneNames(const fs::path& workspace, const pmm::launches::Quarter& q) {
    pmm::storage::OpenOptions options;
    options.mode = pmm::storage::OpenMode::ReadOnly;
    auto open = pmm::storage::Workspace::open(workspace, options);
    std::set<std::string> names;
    for (const auto& section : pmm::launches::computeTierReport(*open, q, {2026, 11, 23}).tierOne) {
        names.insert(section.launch.name);
    }
    return names;
}

class ReportTiers : public ::testing::Test {
protected:
    void SetUp() override {
        m_workspace = path("demo.pmmw");
        const auto demo =
            runWorkbench({QStringLiteral("demo"), QStringLiteral("--workspace"), m_workspace});
        ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    }

    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    pmm::test::ProcessResult report(const QStringList& extra,
                                    const QProcessEnvironment& environment = {}) {
        return runWorkbench(QStringList{QStringLiteral("report"), QStringLiteral("tiers"),
                                        QStringLiteral("--workspace"), m_workspace} +
                                extra,
                            240000, environment);
    }

    // One line on stderr with `part` in it, the exit code, and no output file.
    void expectRefused(const pmm::test::ProcessResult& result, int exitCode, const QString& part,
                       const QString& output) {
        EXPECT_EQ(result.exitCode, exitCode) << result.err.toStdString();
        EXPECT_EQ(lines(result.err).size(), 1) << result.err.toStdString();
        EXPECT_TRUE(result.err.contains(part)) << result.err.toStdString();
        EXPECT_TRUE(result.err.startsWith(QStringLiteral("pmm-workbench report")))
            << result.err.toStdString();
        if (!output.isEmpty()) {
            EXPECT_FALSE(QFileInfo::exists(output)) << output.toStdString();
        }
        // No temporary file is left beside it either (only the workspace and, from a
        // read-only open in WAL mode, its -wal and -shm).
        const QStringList files = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden);
        EXPECT_EQ(files.filter(QRegularExpression(QStringLiteral("^demo\\.pmmw(-wal|-shm)?$"))),
                  files);
    }

    QTemporaryDir m_dir;
    QString m_workspace;
};

TEST_F(ReportTiers, WritesThePdfWithEveryTierOneLaunchAndLeavesTheWorkspaceAlone) {
    const QByteArray before = fileBytes(m_workspace.toStdString());
    const QString output = path("q4.pdf");
    const auto result =
        report({QStringLiteral("--quarter"), QStringLiteral("2026-Q4"), QStringLiteral("--output"),
                output, QStringLiteral("--page-size"), QStringLiteral("Letter")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.err.isEmpty()) << result.err.toStdString();
    EXPECT_TRUE(result.out.startsWith(QStringLiteral("Wrote the tier report of 2026-Q4 to ")));
    EXPECT_EQ(fileBytes(m_workspace.toStdString()), before);

    const QString text =
        tool(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), output, QStringLiteral("-")})
            .simplified();
    const auto names = tierOneNames(m_workspace.toStdString(), {2026, 4});
    ASSERT_FALSE(names.empty());
    for (const std::string& name : names) {
        EXPECT_TRUE(text.contains(QString::fromStdString(name))) << name;
    }
    EXPECT_TRUE(
        pdfInfo(output, QStringLiteral("Page size")).startsWith(QStringLiteral("612 x 792")));
    const int pages = pdfInfo(output, QStringLiteral("Pages")).toInt();
    EXPECT_GE(pages, 4);
    EXPECT_TRUE(result.out.contains(QStringLiteral("%1 pages (Letter)").arg(pages)));
}

TEST_F(ReportTiers, PaperComesFromTheLocaleUnlessGiven) {
    QProcessEnvironment us;
    us.insert(QStringLiteral("LC_ALL"), QString());
    us.insert(QStringLiteral("LC_PAPER"), QStringLiteral("en_US.UTF-8"));
    const QString letter = path("us.pdf");
    ASSERT_EQ(report({QStringLiteral("--quarter"), QStringLiteral("2026-Q3"),
                      QStringLiteral("--output"), letter},
                     us)
                  .exitCode,
              0);
    EXPECT_TRUE(
        pdfInfo(letter, QStringLiteral("Page size")).startsWith(QStringLiteral("612 x 792")));

    QProcessEnvironment germany;
    germany.insert(QStringLiteral("LC_ALL"), QString());
    germany.insert(QStringLiteral("LC_PAPER"), QStringLiteral("de_DE.UTF-8"));
    const QString a4 = path("de.pdf");
    ASSERT_EQ(report({QStringLiteral("--quarter"), QStringLiteral("2026-Q3"),
                      QStringLiteral("--output"), a4},
                     germany)
                  .exitCode,
              0);
    EXPECT_TRUE(pdfInfo(a4, QStringLiteral("Page size")).startsWith(QStringLiteral("595 x 842")));

    const QString forced = path("forced.pdf");
    ASSERT_EQ(
        report({QStringLiteral("--quarter"), QStringLiteral("2026-Q3"), QStringLiteral("--output"),
                forced, QStringLiteral("--page-size"), QStringLiteral("a4")},
               us)
            .exitCode,
        0);
    EXPECT_TRUE(
        pdfInfo(forced, QStringLiteral("Page size")).startsWith(QStringLiteral("595 x 842")));
}

TEST_F(ReportTiers, UsageErrorsExitTwoBeforeOpeningAnything) {
    const QString output = path("out.pdf");
    expectRefused(report({QStringLiteral("--quarter"), QStringLiteral("2026-Q5"),
                          QStringLiteral("--output"), output}),
                  2, QStringLiteral("Quarter: \"2026-Q5\" is not a quarter (use YYYY-Qn)"), output);
    expectRefused(report({QStringLiteral("--quarter"), QStringLiteral("Q3 2026"),
                          QStringLiteral("--output"), output}),
                  2, QStringLiteral("is not a quarter"), output);
    expectRefused(report({QStringLiteral("--output"), output}), 2,
                  QStringLiteral("--quarter is required"), output);
    expectRefused(report({QStringLiteral("--quarter"), QStringLiteral("2026-Q3")}), 2,
                  QStringLiteral("--output is required"), QString());
    expectRefused(
        report({QStringLiteral("--quarter"), QStringLiteral("2026-Q3"), QStringLiteral("--output"),
                output, QStringLiteral("--page-size"), QStringLiteral("A5")}),
        2, QStringLiteral("unknown page size 'A5' (use A4 or Letter)"), output);
    expectRefused(runWorkbench({QStringLiteral("report"), QStringLiteral("--workspace"),
                                m_workspace, QStringLiteral("--output"), output}),
                  2, QStringLiteral("which report? (one of: tiers, skills, battlecards)"), output);
    expectRefused(
        runWorkbench({QStringLiteral("report"), QStringLiteral("roadmap"),
                      QStringLiteral("--workspace"), m_workspace, QStringLiteral("--output"),
                      output}),
        2, QStringLiteral("unknown report 'roadmap' (one of: tiers, skills, battlecards)"), output);
}

TEST_F(ReportTiers, FailuresExitOneAndWriteNothing) {
    const QString output = path("out.pdf");
    expectRefused(runWorkbench({QStringLiteral("report"), QStringLiteral("tiers"),
                                QStringLiteral("--workspace"), path("missing.pmmw"),
                                QStringLiteral("--quarter"), QStringLiteral("2026-Q3"),
                                QStringLiteral("--output"), output}),
                  1, QStringLiteral("missing.pmmw"), output);
    expectRefused(report({QStringLiteral("--quarter"), QStringLiteral("2030-Q1"),
                          QStringLiteral("--output"), output}),
                  1,
                  QStringLiteral("pmm-workbench report: No launches in 2030-Q1: nothing to report"),
                  output);
    const QString noFolder = path("no such folder/out.pdf");
    expectRefused(report({QStringLiteral("--quarter"), QStringLiteral("2026-Q3"),
                          QStringLiteral("--output"), noFolder}),
                  1, QStringLiteral("does not exist"), noFolder);
    // A folder that exists and that nobody, not even root, may create files in.
    expectRefused(report({QStringLiteral("--quarter"), QStringLiteral("2026-Q3"),
                          QStringLiteral("--output"), QStringLiteral("/proc/out.pdf")}),
                  1, QStringLiteral("Cannot write /proc/out.pdf"), QStringLiteral("/proc/out.pdf"));
    const QByteArray before = fileBytes(m_workspace.toStdString());
    expectRefused(report({QStringLiteral("--quarter"), QStringLiteral("2026-Q3"),
                          QStringLiteral("--output"), m_workspace}),
                  1, QStringLiteral("is the workspace itself"), QString());
    EXPECT_EQ(fileBytes(m_workspace.toStdString()), before);
}

TEST_F(ReportTiers, AFailedReportKeepsAnExistingFile) {
    const QString output = path("existing.pdf");
    pmm::test::writeBytes(output.toStdString(), "last quarter's report");
    const auto result = report({QStringLiteral("--quarter"), QStringLiteral("2030-Q1"),
                                QStringLiteral("--output"), output});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_EQ(fileBytes(output.toStdString()), QByteArray("last quarter's report"));
}

TEST_F(ReportTiers, HelpDocumentsTheReportKinds) {
    const auto help = runWorkbench({QStringLiteral("report"), QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    for (const char* part : {"report tiers --workspace FILE --quarter YYYY-Qn --output FILE.pdf",
                             "[--page-size A4|Letter]", "KIND is one of: tiers", "read-only",
                             "--page-size SIZE", "no file is written"}) {
        EXPECT_TRUE(help.out.contains(QString::fromLatin1(part))) << part;
    }
    const auto overview = runWorkbench({QStringLiteral("--help")});
    EXPECT_TRUE(overview.out.contains(QStringLiteral("pmm-workbench report tiers --workspace")));
}

// PRODUCT's "done when": the large demo's busiest quarter, every Tier 1 launch in the text.
TEST(ReportTiersLarge, TheBusiestQuarterOfTheLargeDemoHasEveryTierOneLaunch) {
    QTemporaryDir dir;
    const QString workspace = dir.filePath(QStringLiteral("large.pmmw"));
    const auto demo = runWorkbench({QStringLiteral("demo"), QStringLiteral("--workspace"),
                                    workspace, QStringLiteral("--size"), QStringLiteral("large")});
    ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    pmm::launches::QuarterLaunchCount busiest;
    {
        pmm::storage::OpenOptions options;
        options.mode = pmm::storage::OpenMode::ReadOnly;
        auto open = pmm::storage::Workspace::open(workspace.toStdString(), options);
        const auto quarters = pmm::launches::launchQuarters(*open);
        busiest = *std::max_element(quarters.begin(), quarters.end(),
                                    [](auto& a, auto& b) { return a.launches < b.launches; });
    }
    ASSERT_GE(busiest.launches, 10000);
    const QString output = dir.filePath(QStringLiteral("busiest.pdf"));
    const auto result =
        runWorkbench({QStringLiteral("report"), QStringLiteral("tiers"),
                      QStringLiteral("--workspace"), workspace, QStringLiteral("--quarter"),
                      QString::fromStdString(pmm::launches::toText(busiest.quarter)),
                      QStringLiteral("--output"), output});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const std::string text =
        tool(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), output, QStringLiteral("-")})
            .simplified()
            .toStdString();
    const auto names = tierOneNames(workspace.toStdString(), busiest.quarter);
    ASSERT_GE(names.size(), 100u);
    // Thousands of names in megabytes of text: a skipping search keeps this to a second.
    for (const std::string& name : names) {
        const std::boyer_moore_horspool_searcher searcher(name.begin(), name.end());
        ASSERT_NE(std::search(text.begin(), text.end(), searcher), text.end()) << name;
    }
}

}  // namespace
