// export and import run as a user runs them: the real binary, exit codes, the one-line
// summary on stderr, the list of problems, and files left exactly as they were on failure.
#include <gtest/gtest.h>

#include <QDir>
#include <QTemporaryDir>

#include <filesystem>

#include "cli_support.h"

namespace {

namespace fs = std::filesystem;
using pmm::test::fileBytes;
using pmm::test::lines;
using pmm::test::runWorkbench;

class InterchangeCommands : public ::testing::Test {
protected:
    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    static pmm::test::ProcessResult run(const QStringList& arguments) {
        return runWorkbench(arguments);
    }
    void demo(const QString& workspace) const {
        const auto result = run({QStringLiteral("demo"), QStringLiteral("--workspace"), workspace});
        ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    }
    static pmm::test::ProcessResult exportTo(const QString& workspace, const QString& output) {
        return run({QStringLiteral("export"), QStringLiteral("--workspace"), workspace,
                    QStringLiteral("--output"), output});
    }
    static pmm::test::ProcessResult import(const QString& workspace, const QString& file,
                                           bool dryRun = false) {
        QStringList arguments{QStringLiteral("import"), QStringLiteral("--workspace"), workspace,
                              file};
        if (dryRun) {
            arguments << QStringLiteral("--dry-run");
        }
        return run(arguments);
    }

    QTemporaryDir m_dir;
};

TEST_F(InterchangeCommands, ExportImportIntoANewWorkspaceExportGivesTheSameBytes) {
    const QString source = path("source.pmmw");
    demo(source);
    const auto exported = exportTo(source, path("a.json"));
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    EXPECT_TRUE(exported.out.startsWith(QStringLiteral("Exported ")));
    EXPECT_TRUE(exported.out.contains(QStringLiteral("12 people")));
    EXPECT_TRUE(exported.err.isEmpty()) << exported.err.toStdString();
    // Win/loss records and positioning are in the file: nothing is left out.
    EXPECT_TRUE(exported.out.contains(QStringLiteral(" positioning_reviews.\n")))
        << exported.out.toStdString();
    EXPECT_FALSE(exported.out.contains(QStringLiteral(" 0 deals")));
    EXPECT_FALSE(exported.out.contains(QStringLiteral("Not in the file")));

    const QString target = path("target.pmmw");
    ASSERT_EQ(run({QStringLiteral("init"), QStringLiteral("--workspace"), target}).exitCode, 0);
    const auto imported = import(target, path("a.json"));
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    // One line per entity, the counts in a column after the longest name.
    EXPECT_TRUE(imported.out.contains(
        QStringLiteral("\n  people                 12 added, 0 updated, 0 unchanged\n")))
        << imported.out.toStdString();
    EXPECT_TRUE(imported.out.contains(
        QStringLiteral("\n  battlecards            24 added, 0 updated, 0 unchanged\n")))
        << imported.out.toStdString();
    EXPECT_TRUE(imported.out.contains(
        QStringLiteral("\n  positioning_statements 4 added, 0 updated, 0 unchanged\n")))
        << imported.out.toStdString();
    EXPECT_TRUE(
        imported.out.contains(QStringLiteral("replaced the workspace's untouched default")));

    ASSERT_EQ(exportTo(target, path("b.json")).exitCode, 0);
    EXPECT_EQ(fileBytes(fs::path(path("b.json").toStdString())),
              fileBytes(fs::path(path("a.json").toStdString())));

    const auto again = import(target, path("a.json"));
    EXPECT_EQ(again.exitCode, 0);
    EXPECT_TRUE(again.out.contains(QStringLiteral("(0 records changed)")))
        << again.out.toStdString();
}

TEST_F(InterchangeCommands, DryRunReportsWhatWouldChangeAndWritesNothing) {
    const QString source = path("source.pmmw");
    demo(source);
    ASSERT_EQ(exportTo(source, path("a.json")).exitCode, 0);
    const QString target = path("target.pmmw");
    ASSERT_EQ(run({QStringLiteral("init"), QStringLiteral("--workspace"), target}).exitCode, 0);
    const QByteArray before = fileBytes(fs::path(target.toStdString()));
    const auto dry = import(target, path("a.json"), true);
    ASSERT_EQ(dry.exitCode, 0) << dry.err.toStdString();
    EXPECT_TRUE(dry.out.startsWith(QStringLiteral("Dry run, nothing was written.")));
    EXPECT_TRUE(dry.out.contains(QStringLiteral("  people                 12 added")))
        << dry.out.toStdString();
    EXPECT_TRUE(dry.out.contains(QStringLiteral("  skill_assessments      ")))
        << dry.out.toStdString();
    EXPECT_EQ(fileBytes(fs::path(target.toStdString())), before);
}

TEST_F(InterchangeCommands, AHostileFileGivesClearErrorsAndChangesNothing) {
    const QString workspace = path("team.pmmw");
    demo(workspace);
    const QByteArray before = fileBytes(fs::path(workspace.toStdString()));
    struct Hostile {
        QByteArray text;
        QString firstProblem;
    };
    const QByteArray deep = QByteArray(5000, '[') + QByteArray(5000, ']');
    const Hostile files[] = {
        {R"({"format": "pmm-workbench", "version": 1, "people": )" + deep + "}",
         QStringLiteral("/people/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0: "
                        "nested deeper than 32 levels")},
        {R"({"format": "pmm-workbench", "version": 1, "levels": [{"rank": 1e999, "name": "x"}]})",
         QStringLiteral("/levels/0/rank: number out of range")},
        {R"({"format": "pmm-workbench", "version": 1, "launches": [{"uid":
            "f47ac10b-58cc-4372-a567-0e02b2c3d479", "name": "x", "quarter": "2026-Q3",
            "product": "00000000-0000-4000-8000-000000000001",
            "owner": "00000000-0000-4000-8000-000000000002",
            "criteria": {"revenue": {"score": 9}}}]})",
         QStringLiteral("/launches/0/criteria/revenue/score: expected 1-5, got 9")},
    };
    for (const Hostile& hostile : files) {
        pmm::test::writeBytes(fs::path(path("bad.json").toStdString()), hostile.text);
        const auto result = import(workspace, path("bad.json"));
        EXPECT_EQ(result.exitCode, 1);
        const QStringList errors = lines(result.err);
        ASSERT_EQ(errors.size(), 1) << result.err.toStdString();
        EXPECT_TRUE(errors[0].startsWith(QStringLiteral("pmm-workbench import: ")));
        EXPECT_TRUE(errors[0].contains(QStringLiteral("was not imported")));
        EXPECT_TRUE(errors[0].contains(hostile.firstProblem)) << errors[0].toStdString();
        EXPECT_TRUE(errors[0].endsWith(QStringLiteral("The workspace was not changed.")) ||
                    errors[0].contains(QStringLiteral("listed on standard output")));
        EXPECT_TRUE(result.out.contains(hostile.firstProblem)) << result.out.toStdString();
        EXPECT_EQ(fileBytes(fs::path(workspace.toStdString())), before);
    }
    // The third file has more than one problem: all are listed on standard output.
    const auto result = import(workspace, path("bad.json"));
    EXPECT_TRUE(result.out.contains(QStringLiteral("/launches/0/product: no product with uid")));
    EXPECT_TRUE(result.out.contains(QStringLiteral("/launches/0/owner: no person with uid")));
    EXPECT_TRUE(result.err.contains(QStringLiteral("3 problems, the first:")));
}

TEST_F(InterchangeCommands, UsageMistakesExitTwo) {
    const QString workspace = path("team.pmmw");
    demo(workspace);
    const QList<QStringList> mistakes = {
        {QStringLiteral("import"), QStringLiteral("--workspace"), workspace},
        {QStringLiteral("export"), QStringLiteral("--workspace"), workspace},
        {QStringLiteral("export"), QStringLiteral("--workspace"), workspace,
         QStringLiteral("--output"), workspace},
        {QStringLiteral("import"), QStringLiteral("--workspace"), workspace, path("a.json"),
         path("b.json")},
    };
    for (const QStringList& arguments : mistakes) {
        const auto result = run(arguments);
        EXPECT_EQ(result.exitCode, 2) << arguments.join(QLatin1Char(' ')).toStdString();
        EXPECT_EQ(lines(result.err).size(), 1) << result.err.toStdString();
    }
    const auto help = run({QStringLiteral("--help")});
    EXPECT_TRUE(help.out.contains(QStringLiteral("export --workspace FILE --output FILE.json")));
    EXPECT_TRUE(help.out.contains(QStringLiteral("import --workspace FILE FILE.json [--dry-run]")));
}

TEST_F(InterchangeCommands, MissingFilesAreOneClearLine) {
    const auto noWorkspace = exportTo(path("missing.pmmw"), path("a.json"));
    EXPECT_EQ(noWorkspace.exitCode, 1);
    EXPECT_TRUE(noWorkspace.err.contains(QStringLiteral("There is no workspace")));
    EXPECT_FALSE(QFileInfo::exists(path("a.json")));
    const QString workspace = path("team.pmmw");
    demo(workspace);
    const auto noFile = import(workspace, path("missing.json"));
    EXPECT_EQ(noFile.exitCode, 1);
    EXPECT_EQ(lines(noFile.err).size(), 1);
    EXPECT_TRUE(noFile.err.contains(QStringLiteral("Cannot read"))) << noFile.err.toStdString();
}

}  // namespace
