// An export to a target that cannot take it (a folder without write permission, a full
// disk) exits 1 with one line and leaves the previous export byte-identical, with no
// partial file beside it; the workspace itself is only read.
#include <gtest/gtest.h>

#include <grp.h>
#include <sys/resource.h>
#include <unistd.h>

#include <QProcess>

#include <filesystem>

#include "cli_support.h"

namespace {

namespace fs = std::filesystem;
using pmm::test::fileBytes;
using pmm::test::lines;

QString q(const fs::path& path) {
    return QString::fromStdString(path.string());
}

pmm::test::ProcessResult runModified(const QStringList& arguments,
                                     const std::function<void()>& modifier) {
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.insert(QStringLiteral("HOME"), QStringLiteral("/tmp"));
    process.setProcessEnvironment(environment);
    process.setChildProcessModifier(modifier);
    process.start(QStringLiteral(PMM_BINARY), arguments);
    pmm::test::ProcessResult result;
    if (process.waitForFinished(120000)) {
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
    }
    return result;
}

class FaultExport : public ::testing::Test {
protected:
    void SetUp() override {
        std::string pattern = "/tmp/pmm-fault-XXXXXX";
        m_folder = ::mkdtemp(pattern.data());
        fs::permissions(m_folder, fs::perms(0755));
        m_workspace = m_folder / "team.pmmw";
        const auto demo = pmm::test::runWorkbench(
            {QStringLiteral("demo"), QStringLiteral("--workspace"), q(m_workspace)});
        ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
        fs::permissions(m_workspace, fs::perms(0644));
        m_exports = m_folder / "exports";
        fs::create_directory(m_exports);
        fs::permissions(m_exports, fs::perms(0755));
        m_previous = m_exports / "team.json";
        pmm::test::writeBytes(m_previous, QByteArray("{\"previous\": \"export\"}\n"));
        fs::permissions(m_previous, fs::perms(0644));
    }
    void TearDown() override {
        std::error_code error;
        fs::permissions(m_exports, fs::perms(0755), error);
        fs::remove_all(m_folder, error);
    }

    QStringList exportArguments() const {
        return {QStringLiteral("export"), QStringLiteral("--workspace"), q(m_workspace),
                QStringLiteral("--output"), q(m_previous)};
    }
    void expectPreviousUntouched() const {
        EXPECT_EQ(fileBytes(m_previous), QByteArray("{\"previous\": \"export\"}\n"));
        std::vector<std::string> names;
        for (const auto& entry : fs::directory_iterator(m_exports)) {
            names.push_back(entry.path().filename().string());
        }
        EXPECT_EQ(names, std::vector<std::string>{"team.json"}) << "a partial file was left";
    }

    fs::path m_folder;
    fs::path m_workspace;
    fs::path m_exports;
    fs::path m_previous;
};

TEST_F(FaultExport, ToAFullDiskLeavesThePreviousFileByteIdentical) {
    const QByteArray workspace = fileBytes(m_workspace);
    const auto result = runModified(exportArguments(), [] {
        // Above the 32 KiB SQLite needs for the -shm of a read, below the ~70 KiB export.
        const rlimit limit{48 * 1024, 48 * 1024};
        ::setrlimit(RLIMIT_FSIZE, &limit);
    });
    EXPECT_EQ(result.exitCode, 1) << "a process killed by SIGXFSZ has no exit code";
    ASSERT_EQ(lines(result.err).size(), 1) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(QStringLiteral("file size limit"))) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(QStringLiteral("the file was not changed")));
    expectPreviousUntouched();
    EXPECT_EQ(fileBytes(m_workspace), workspace);
}

TEST_F(FaultExport, ToAFolderWithoutWritePermissionLeavesThePreviousFileByteIdentical) {
    const bool root = ::geteuid() == 0;
    if (!root) {
        fs::permissions(m_exports, fs::perms(0555));
    }
    // Root ignores permission bits: the binary runs as "nobody" then.
    const auto result = runModified(exportArguments(), [root] {
        if (root &&
            (::setgroups(0, nullptr) != 0 || ::setgid(65534) != 0 || ::setuid(65534) != 0)) {
            ::_exit(99);
        }
    });
    EXPECT_EQ(result.exitCode, 1);
    ASSERT_EQ(lines(result.err).size(), 1) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(QStringLiteral("no permission"))) << result.err.toStdString();
    fs::permissions(m_exports, fs::perms(0755));
    expectPreviousUntouched();
}

TEST_F(FaultExport, ReplacesThePreviousFileWhenItCan) {
    const auto result = pmm::test::runWorkbench(exportArguments());
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(fileBytes(m_previous).startsWith("{\n  \"format\": \"pmm-workbench\""));
    EXPECT_EQ(fs::status(m_previous).permissions(), fs::perms(0644)) << "permissions kept";
}

}  // namespace
