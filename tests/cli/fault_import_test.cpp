// Faults during an import, with the real binary: killed at random moments, a full disk, a
// read-only location, another writer, random bytes, a damaged page, a newer schema. After
// each, the workspace passes the integrity check and holds exactly the data of the last
// acknowledged commit. (A migration failing half way is tests/core/migration_test.cpp,
// MigrationFailsAt; restoring a backup beside a stale -wal is
// tests/core/interchange_backup_restore_test.cpp.)
#include <gtest/gtest.h>

#include <grp.h>
#include <sqlite3.h>
#include <sys/resource.h>
#include <unistd.h>

#include <QElapsedTimer>
#include <QProcess>
#include <QThread>

#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>
#include <iostream>
#include <random>

#include "cli_support.h"
#include "interchange/exporter.h"
#include "storage/interchange_reader.h"
#include "storage/migrations.h"
#include "storage/workspace.h"

namespace {

namespace fs = std::filesystem;
using pmm::test::fileBytes;
using pmm::test::lines;
using pmm::test::runWorkbench;

QString q(const fs::path& path) {
    return QString::fromStdString(path.string());
}

// A folder every user may enter (the read-only test runs the binary as "nobody").
class OpenFolder {
public:
    OpenFolder() {
        std::string pattern = "/tmp/pmm-fault-XXXXXX";
        m_path = ::mkdtemp(pattern.data());
        fs::permissions(m_path, fs::perms(0755));
    }
    ~OpenFolder() {
        std::error_code error;
        fs::remove_all(m_path, error);
    }
    fs::path operator/(const char* name) const { return m_path / name; }

private:
    fs::path m_path;
};

// The workspace as a user would find it next: opened (which recovers a -wal), checked, and
// its whole data as the export document. Empty when it cannot be opened or is damaged.
std::string dataOf(const fs::path& path, std::string* problem = nullptr) {
    try {
        auto workspace = pmm::storage::Workspace::open(path);
        const auto problems = workspace->integrityProblems();
        if (!problems.empty()) {
            if (problem) {
                *problem = "integrity: " + problems.front();
            }
            return {};
        }
        return pmm::interchange::exportJson(pmm::storage::readWorkspaceData(workspace->handle()));
    } catch (const std::exception& error) {
        if (problem) {
            *problem = error.what();
        }
        return {};
    }
}

void copyWorkspace(const fs::path& from, const fs::path& to) {
    std::error_code error;
    for (const char* suffix : {"", "-wal", "-shm"}) {
        fs::remove(fs::path(to.string() + suffix), error);
    }
    fs::copy_file(from, to);
}

pmm::test::ProcessResult run(const QStringList& arguments) {
    return runWorkbench(arguments);
}

pmm::test::ProcessResult import(const fs::path& workspace, const fs::path& file) {
    return run({QStringLiteral("import"), QStringLiteral("--workspace"), q(workspace), q(file)});
}

// Runs the binary with `modifier` applied in the child between fork and exec.
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
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

// A demo workspace and its export, made once for the whole suite.
class FaultImport : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        s_folder = new OpenFolder;
        const fs::path demo = *s_folder / "demo.pmmw";
        ASSERT_EQ(run({QStringLiteral("demo"), QStringLiteral("--workspace"), q(demo),
                       QStringLiteral("--size"), QStringLiteral("medium")})
                      .exitCode,
                  0);
        ASSERT_EQ(run({QStringLiteral("export"), QStringLiteral("--workspace"), q(demo),
                       QStringLiteral("--output"), q(*s_folder / "medium.json")})
                      .exitCode,
                  0);
        // The acknowledged state every test starts from: a new workspace with one import.
        const fs::path base = *s_folder / "base.pmmw";
        ASSERT_EQ(run({QStringLiteral("init"), QStringLiteral("--workspace"), q(base)}).exitCode,
                  0);
        pmm::test::writeBytes(*s_folder / "one.json",
                              R"({"format": "pmm-workbench", "version": 1, "settings": )"
                              R"({"team.name": "Before the fault"}})");
        ASSERT_EQ(import(base, *s_folder / "one.json").exitCode, 0);
    }
    static void TearDownTestSuite() {
        delete s_folder;
        s_folder = nullptr;
    }

    static fs::path at(const char* name) { return *s_folder / name; }
    // A fresh copy of the base workspace at `name`, and its data.
    static fs::path freshWorkspace(const char* name, std::string* data = nullptr) {
        copyWorkspace(at("base.pmmw"), at(name));
        if (data) {
            *data = dataOf(at("base.pmmw"));
        }
        return at(name);
    }

    static OpenFolder* s_folder;
};

OpenFolder* FaultImport::s_folder = nullptr;

// The medium demo's export with its launches repeated under new uids: an import that takes
// long enough to be killed in every phase (parsing, checking, writing, committing).
void writeLargeImport(const fs::path& from, const fs::path& to, int copies) {
    auto document = nlohmann::ordered_json::parse(fileBytes(from).toStdString());
    auto& launches = document["launches"];
    const auto originals = launches;
    int counter = 0;
    char uid[40];
    for (int copy = 1; copy < copies; ++copy) {
        for (auto launch : originals) {
            std::snprintf(uid, sizeof uid, "%08x-0000-4000-8000-%012x", 0xfa000000u + copy,
                          ++counter);
            launch["uid"] = uid;
            launch["name"] =
                launch["name"].get<std::string>() + " (copy " + std::to_string(copy) + ")";
            for (auto& entry : launch["overrides"]) {
                std::snprintf(uid, sizeof uid, "%08x-1111-4000-8000-%012x", 0xfb000000u + copy,
                              ++counter);
                entry["uid"] = uid;
            }
            launches.push_back(std::move(launch));
        }
    }
    pmm::test::writeBytes(to, QByteArray::fromStdString(document.dump(2) + "\n"));
}

TEST_F(FaultImport, KilledAtRandomMomentsTheWorkspaceHoldsAllOrNothing) {
    writeLargeImport(at("medium.json"), at("large.json"), 4);
    std::string before;
    const fs::path reference = freshWorkspace("reference.pmmw", &before);
    ASSERT_FALSE(before.empty());
    QElapsedTimer timer;
    timer.start();
    const auto full = import(reference, at("large.json"));
    const qint64 duration = timer.elapsed();
    ASSERT_EQ(full.exitCode, 0) << full.err.toStdString();
    const std::string after = dataOf(reference);
    ASSERT_NE(after, before);

    std::mt19937 random(20251123);  // seeded: a failure names its delay and can be replayed
    // From late in the parse, through the checks and the writes, to just past the commit.
    std::uniform_int_distribution<qint64> delay(duration * 3 / 10, duration + duration / 20);
    int none = 0;
    int all = 0;
    for (int iteration = 0; iteration < 20; ++iteration) {
        const fs::path path = freshWorkspace("killed.pmmw");
        const qint64 wait = delay(random);
        QProcess process;
        process.start(QStringLiteral(PMM_BINARY),
                      {QStringLiteral("import"), QStringLiteral("--workspace"), q(path),
                       q(at("large.json"))});
        ASSERT_TRUE(process.waitForStarted());
        QThread::msleep(static_cast<unsigned long>(wait));
        process.kill();  // SIGKILL
        process.waitForFinished();
        std::string problem;
        const std::string data = dataOf(path, &problem);
        ASSERT_TRUE(problem.empty())
            << "iteration " << iteration << ", killed after " << wait << " ms: " << problem;
        if (data == before) {
            ++none;
        } else if (data == after) {
            ++all;
        } else {
            ADD_FAILURE() << "iteration " << iteration << ", killed after " << wait
                          << " ms: the workspace holds part of the import";
        }
    }
    std::cout << "import of " << duration << " ms killed 20 times: " << none << " left nothing, "
              << all << " left everything\n";
    EXPECT_EQ(none + all, 20);
    EXPECT_GE(none, 5) << "most kills should land before the commit (import took " << duration
                       << " ms)";
}

TEST_F(FaultImport, AFullDiskFailsWithOneLineAndChangesNothing) {
    std::string before;
    const fs::path path = freshWorkspace("full.pmmw", &before);
    const QByteArray bytes = fileBytes(path);
    // The log of the import's transaction outgrows a 256 KiB file size limit long before
    // the commit; SQLite sees EFBIG (the binary ignores SIGXFSZ so it can report it).
    const auto result = runModified(
        {QStringLiteral("import"), QStringLiteral("--workspace"), q(path), q(at("medium.json"))},
        [] {
            const rlimit limit{256 * 1024, 256 * 1024};
            ::setrlimit(RLIMIT_FSIZE, &limit);
        });
    EXPECT_EQ(result.exitCode, 1) << "a process killed by SIGXFSZ has no exit code";
    ASSERT_EQ(lines(result.err).size(), 1) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(QStringLiteral("could not be written")) ||
                result.err.contains(QStringLiteral("disk is full")))
        << result.err.toStdString();
    EXPECT_EQ(fileBytes(path), bytes);
    EXPECT_EQ(dataOf(path), before);
}

TEST_F(FaultImport, AReadOnlyLocationIsRefusedAndNothingChanges) {
    const fs::path folder = at("shared");
    fs::create_directory(folder);
    fs::permissions(folder, fs::perms(0755));
    const fs::path path = folder / "team.pmmw";
    copyWorkspace(at("base.pmmw"), path);
    fs::permissions(path, fs::perms(0644));
    const QByteArray bytes = fileBytes(path);
    const bool root = ::geteuid() == 0;
    if (!root) {
        fs::permissions(folder, fs::perms(0555));
    }
    // Permission bits do not stop root: the binary runs as "nobody" when the test is root.
    const auto result = runModified(
        {QStringLiteral("import"), QStringLiteral("--workspace"), q(path), q(at("medium.json"))},
        [root] {
            if (root &&
                (::setgroups(0, nullptr) != 0 || ::setgid(65534) != 0 || ::setuid(65534) != 0)) {
                ::_exit(99);
            }
        });
    fs::permissions(folder, fs::perms(0755));
    EXPECT_EQ(result.exitCode, 1);
    ASSERT_EQ(lines(result.err).size(), 1) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(QStringLiteral("read-only"))) << result.err.toStdString();
    EXPECT_EQ(fileBytes(path), bytes);
    EXPECT_EQ(fs::exists(path.string() + "-wal"), false);
    EXPECT_EQ(dataOf(path), dataOf(at("base.pmmw")));
}

TEST_F(FaultImport, AnotherWriterHoldingTheWorkspaceIsReportedAsInUse) {
    std::string before;
    const fs::path path = freshWorkspace("held.pmmw", &before);
    {
        auto holder = pmm::storage::Workspace::open(path);
        const QByteArray bytes = fileBytes(path);
        const auto result = import(path, at("medium.json"));
        EXPECT_EQ(result.exitCode, 1);
        ASSERT_EQ(lines(result.err).size(), 1);
        EXPECT_TRUE(result.err.contains(QStringLiteral("in use"))) << result.err.toStdString();
        EXPECT_EQ(fileBytes(path), bytes);
        const auto dry = run({QStringLiteral("import"), QStringLiteral("--workspace"), q(path),
                              q(at("medium.json")), QStringLiteral("--dry-run")});
        EXPECT_EQ(dry.exitCode, 0) << "a dry run only looks: " << dry.err.toStdString();
    }
    EXPECT_EQ(dataOf(path), before);
}

TEST_F(FaultImport, RandomBytesAreRefusedAsWorkspaceAndAsFile) {
    std::mt19937 random(7);
    QByteArray noise(64 * 1024, '\0');
    for (auto& byte : noise) {
        byte = static_cast<char>(random());
    }
    const fs::path garbage = at("garbage.pmmw");
    pmm::test::writeBytes(garbage, noise);
    const auto asWorkspace = import(garbage, at("medium.json"));
    EXPECT_EQ(asWorkspace.exitCode, 1);
    EXPECT_TRUE(asWorkspace.err.contains(QStringLiteral("not a PMM Workbench workspace")))
        << asWorkspace.err.toStdString();
    EXPECT_EQ(fileBytes(garbage), noise);
    EXPECT_FALSE(fs::exists(garbage.string() + "-wal"));

    std::string before;
    const fs::path path = freshWorkspace("noise.pmmw", &before);
    const QByteArray bytes = fileBytes(path);
    pmm::test::writeBytes(at("noise.json"), noise);
    const auto asFile = import(path, at("noise.json"));
    EXPECT_EQ(asFile.exitCode, 1);
    ASSERT_EQ(lines(asFile.err).size(), 1);
    EXPECT_TRUE(asFile.err.contains(QStringLiteral("not valid JSON"))) << asFile.err.toStdString();
    EXPECT_EQ(fileBytes(path), bytes);
    EXPECT_EQ(dataOf(path), before);
}

TEST_F(FaultImport, AFlippedPageIsFoundByCheckAndRefusedByImport) {
    const fs::path path = at("flipped.pmmw");
    copyWorkspace(at("demo.pmmw"), path);
    QByteArray bytes = fileBytes(path);
    const auto byteAt = [&bytes](int offset) { return static_cast<unsigned char>(bytes[offset]); };
    const int pageSize = byteAt(16) << 8 | byteAt(17);
    const int pages = bytes.size() / pageSize;
    ASSERT_GE(pages, 10);
    // A table b-tree leaf (type 13) near the middle of the file; byte 5 of its header says
    // where its cells start. The file header is untouched.
    int middle = pages / 2;
    while (middle < pages && byteAt(middle * pageSize) != 13) {
        ++middle;
    }
    ASSERT_LT(middle, pages);
    bytes[middle * pageSize + 5] = static_cast<char>(bytes[middle * pageSize + 5] ^ 0x5a);
    pmm::test::writeBytes(path, bytes);

    const auto check = run({QStringLiteral("check"), QStringLiteral("--workspace"), q(path)});
    EXPECT_EQ(check.exitCode, 1);
    EXPECT_TRUE(check.err.contains(QStringLiteral("damaged"))) << check.err.toStdString();
    const auto result = import(path, at("one.json"));
    EXPECT_EQ(result.exitCode, 1);
    ASSERT_EQ(lines(result.err).size(), 1);
    EXPECT_TRUE(result.err.contains(QStringLiteral("damaged"))) << result.err.toStdString();
    EXPECT_EQ(fileBytes(path), bytes);
}

TEST_F(FaultImport, ANewerSchemaIsRefusedAndNeverModified) {
    const fs::path path = freshWorkspace("newer.pmmw");
    {
        sqlite3* db = nullptr;
        ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
        const std::string sql =
            "PRAGMA user_version = " + std::to_string(pmm::storage::latestSchemaVersion() + 1);
        ASSERT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
    }
    const QByteArray bytes = fileBytes(path);
    for (const auto& result : {import(path, at("one.json")),
                               run({QStringLiteral("export"), QStringLiteral("--workspace"),
                                    q(path), QStringLiteral("--output"), q(at("newer.json"))})}) {
        EXPECT_EQ(result.exitCode, 1);
        ASSERT_EQ(lines(result.err).size(), 1);
        EXPECT_TRUE(result.err.contains(QStringLiteral("newer PMM Workbench")))
            << result.err.toStdString();
    }
    EXPECT_EQ(fileBytes(path), bytes);
    EXPECT_FALSE(fs::exists(at("newer.json")));
    EXPECT_FALSE(fs::exists(path.string() + "-wal"));
}

}  // namespace
