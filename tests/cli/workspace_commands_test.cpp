// The workspace subcommands, run as a user runs them: the real binary, its exit code,
// its one line on stderr, and the file left exactly as it was when anything is wrong.
#include <gtest/gtest.h>

#include <sqlite3.h>

#include <QDir>
#include <QTemporaryDir>

#include <algorithm>
#include <random>

#include "cli_support.h"
#include "storage/catalog.h"
#include "storage/migrations.h"
#include "storage/workspace.h"

namespace {

namespace fs = std::filesystem;
using pmm::test::fileBytes;
using pmm::test::lines;
using pmm::test::runWorkbench;

class WorkspaceCommands : public ::testing::Test {
protected:
    fs::path file(const char* name) const { return fs::path(m_dir.path().toStdString()) / name; }
    static QString q(const fs::path& path) { return QString::fromStdString(path.string()); }

    // Data of every catalog table as text, to compare two workspaces.
    static std::string catalogDump(const fs::path& path) {
        pmm::storage::OpenOptions options;
        options.mode = pmm::storage::OpenMode::ReadOnly;
        auto workspace = pmm::storage::Workspace::open(path, options);
        pmm::catalog::Catalog catalog(*workspace);
        std::string dump;
        for (const auto& p : catalog.people.list()) {
            dump += p.uid + p.name + p.email + std::to_string(p.levelRank) + "\n";
        }
        for (const auto& c : catalog.competitors.list()) {
            dump += c.uid + c.name + c.firstSeen.value_or("") + "\n";
        }
        for (const auto& s : catalog.segments.list()) {
            dump += s.uid + s.name + std::to_string(s.ownerId.value_or(0)) + "\n";
        }
        return dump;
    }

    static void setUserVersion(const fs::path& path, int version) {
        sqlite3* db = nullptr;
        ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
        const std::string sql = "PRAGMA user_version = " + std::to_string(version);
        ASSERT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
    }

    QTemporaryDir m_dir;
};

TEST_F(WorkspaceCommands, HelpDocumentsEveryCommand) {
    const auto result = runWorkbench({QStringLiteral("--help")});
    EXPECT_EQ(result.exitCode, 0);
    for (const char* command : {"init --workspace FILE", "demo --workspace FILE", "check"}) {
        EXPECT_TRUE(result.out.contains(QLatin1String(command))) << command;
    }
    const auto demoHelp = runWorkbench({QStringLiteral("demo"), QStringLiteral("--help")});
    EXPECT_EQ(demoHelp.exitCode, 0);
    EXPECT_TRUE(demoHelp.out.contains(QStringLiteral("--seed N")));
}

TEST_F(WorkspaceCommands, VersionPrintsTheVersion) {
    const auto result = runWorkbench({QStringLiteral("--version")});
    EXPECT_EQ(result.exitCode, 0);
    EXPECT_EQ(result.out.trimmed(), QStringLiteral("pmm-workbench " PMM_VERSION));
}

TEST_F(WorkspaceCommands, UsageErrorsExitTwoWithOneLine) {
    const QList<QStringList> calls = {
        {QStringLiteral("frobnicate")},
        {QStringLiteral("--frobnicate")},
        {QStringLiteral("init")},
        {QStringLiteral("check"), QStringLiteral("--wrkspace"), QStringLiteral("x")},
        {QStringLiteral("demo"), QStringLiteral("--workspace"), q(file("d.pmmw")),
         QStringLiteral("--size"), QStringLiteral("huge")},
        {QStringLiteral("demo"), QStringLiteral("--workspace"), q(file("d.pmmw")),
         QStringLiteral("--seed"), QStringLiteral("-4")},
    };
    for (const QStringList& call : calls) {
        const auto result = runWorkbench(call);
        EXPECT_EQ(result.exitCode, 2) << call.join(QLatin1Char(' ')).toStdString();
        EXPECT_EQ(lines(result.err).size(), 1) << result.err.toStdString();
    }
    EXPECT_FALSE(fs::exists(file("d.pmmw")));
}

TEST_F(WorkspaceCommands, InitCreatesAndNeverOverwrites) {
    const fs::path path = file("team.pmmw");
    auto created = runWorkbench({QStringLiteral("init"), QStringLiteral("--workspace"), q(path)});
    ASSERT_EQ(created.exitCode, 0) << created.err.toStdString();
    EXPECT_TRUE(created.out.contains(QStringLiteral("Created an empty workspace")));
    EXPECT_EQ(fs::status(path).permissions() & fs::perms::all,
              fs::perms::owner_read | fs::perms::owner_write);
    const QByteArray before = fileBytes(path);

    auto again = runWorkbench({QStringLiteral("init"), QStringLiteral("--workspace"), q(path)});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_EQ(lines(again.err).size(), 1);
    EXPECT_TRUE(again.err.contains(QStringLiteral("already exists")));
    EXPECT_EQ(fileBytes(path), before);
}

TEST_F(WorkspaceCommands, DemoIsDeterministicForASeed) {
    const auto make = [&](const char* name, const char* seed) {
        const auto result =
            runWorkbench({QStringLiteral("demo"), QStringLiteral("--workspace"), q(file(name)),
                          QStringLiteral("--seed"), QLatin1String(seed)});
        EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
        return catalogDump(file(name));
    };
    const std::string first = make("a.pmmw", "7");
    EXPECT_EQ(make("b.pmmw", "7"), first);
    EXPECT_NE(make("c.pmmw", "8"), first);
    EXPECT_FALSE(first.empty());
}

TEST_F(WorkspaceCommands, DemoRefusesAWorkspaceWithDataAndLeavesItUnchanged) {
    const fs::path path = file("full.pmmw");
    ASSERT_EQ(
        runWorkbench({QStringLiteral("demo"), QStringLiteral("--workspace"), q(path)}).exitCode, 0);
    const QByteArray before = fileBytes(path);
    const auto result =
        runWorkbench({QStringLiteral("demo"), QStringLiteral("--workspace"), q(path)});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(QStringLiteral("already holds data")));
    EXPECT_EQ(fileBytes(path), before);
}

TEST_F(WorkspaceCommands, LargeDemoThenCheckSucceedAndSqliteReadsEveryTable) {
    const fs::path path = file("large.pmmw");
    const auto demo = runWorkbench({QStringLiteral("demo"), QStringLiteral("--workspace"), q(path),
                                    QStringLiteral("--size"), QStringLiteral("large")});
    ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    EXPECT_TRUE(demo.out.contains(QStringLiteral("2000 people")));

    const auto check =
        runWorkbench({QStringLiteral("check"), QStringLiteral("--workspace"), q(path)});
    EXPECT_EQ(check.exitCode, 0) << check.err.toStdString();
    EXPECT_TRUE(check.out.contains(QStringLiteral("integrity ok")));

    // The standard sqlite3 tool reads every table.
    QProcess tables;
    tables.start(QStringLiteral("sqlite3"),
                 {q(path), QStringLiteral("SELECT name FROM sqlite_master WHERE type='table'")});
    ASSERT_TRUE(tables.waitForFinished(60000));
    const QStringList names = lines(QString::fromUtf8(tables.readAllStandardOutput()));
    ASSERT_GE(names.size(), 6);
    for (const QString& table : names) {
        QProcess count;
        count.start(QStringLiteral("sqlite3"),
                    {q(path), QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table)});
        ASSERT_TRUE(count.waitForFinished(60000));
        EXPECT_EQ(count.exitCode(), 0) << table.toStdString();
        bool ok = false;
        QString::fromUtf8(count.readAllStandardOutput()).trimmed().toLongLong(&ok);
        EXPECT_TRUE(ok) << table.toStdString();
    }
    EXPECT_EQ(catalogDump(path).empty(), false);
}

struct BadWorkspace {
    const char* name;
    const char* expected;  // a phrase of the one-line message
};

class CheckRefuses : public WorkspaceCommands,
                     public ::testing::WithParamInterface<BadWorkspace> {};

TEST_P(CheckRefuses, ExitsOneWithOneLineAndLeavesTheFileUnchanged) {
    const fs::path path = file("bad.pmmw");
    const std::string kind = GetParam().name;
    std::unique_ptr<pmm::storage::Workspace> holder;
    if (kind == "random bytes") {
        std::mt19937 random(42);
        QByteArray bytes(64 * 1024, '\0');
        for (auto& byte : bytes) {
            byte = static_cast<char>(random());
        }
        pmm::test::writeBytes(path, bytes);
    } else {
        ASSERT_EQ(
            runWorkbench({QStringLiteral("demo"), QStringLiteral("--workspace"), q(path)}).exitCode,
            0);
        if (kind == "newer version") {
            setUserVersion(path, pmm::storage::latestSchemaVersion() + 1);
        } else if (kind == "locked") {
            holder = pmm::storage::Workspace::open(path);
        } else if (kind == "truncated") {
            QByteArray bytes = fileBytes(path);
            pmm::test::writeBytes(path, bytes.left(bytes.size() / 2));
        }
    }
    const QByteArray before = fileBytes(path);
    const auto result =
        runWorkbench({QStringLiteral("check"), QStringLiteral("--workspace"), q(path)});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_EQ(lines(result.err).size(), 1) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(QLatin1String(GetParam().expected)))
        << result.err.toStdString();
    EXPECT_EQ(fileBytes(path), before);
}

INSTANTIATE_TEST_SUITE_P(
    BadFiles, CheckRefuses,
    ::testing::Values(BadWorkspace{"random bytes", "not a PMM Workbench workspace"},
                      BadWorkspace{"newer version", "newer PMM Workbench"},
                      BadWorkspace{"locked", "in use"}, BadWorkspace{"truncated", "truncated"}),
    [](const auto& test) {
        std::string name = test.param.name;
        std::replace(name.begin(), name.end(), ' ', '_');
        return name;
    });

TEST_F(WorkspaceCommands, CheckOfAMissingFileCreatesNothing) {
    const fs::path path = file("missing.pmmw");
    const auto result =
        runWorkbench({QStringLiteral("check"), QStringLiteral("--workspace"), q(path)});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(QStringLiteral("no workspace")));
    EXPECT_FALSE(fs::exists(path));
}

}  // namespace
