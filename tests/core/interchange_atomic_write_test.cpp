// Exports are written atomically: the previous file stays byte-identical when the write
// fails, whether the folder may not be written or the disk (a file size limit) is full, and
// also when the writing happens on a background thread fed piece by piece.
#include <gtest/gtest.h>

#include <signal.h>
#include <sys/resource.h>
#include <unistd.h>
#include <stdexcept>

#include "interchange/atomic_file_writer.h"
#include "interchange/background_file_writer.h"
#include "interchange/exporter.h"
#include "interchange_test_data.h"
#include "test_support.h"

namespace pmm::test {
namespace {

using namespace std::chrono_literals;
using interchange::BackgroundFileWriter;
using interchange::writeFileAtomically;
using storage::WorkspaceErrorKind;

using AtomicWrite = WorkspaceTest;

TEST_F(AtomicWrite, ReplacesTheFileKeepingItsPermissions) {
    const auto path = file("plan.json");
    writeBytes(path, "old");
    fs::permissions(path, fs::perms(0644));
    writeFileAtomically(path, "new contents\n");
    EXPECT_EQ(readBytes(path), "new contents\n");
    EXPECT_EQ(permissionsOf(path), 0644u);
    EXPECT_EQ(listFolder(dir()), std::vector<std::string>{"plan.json"});
    writeFileAtomically(file("fresh.json"), "x");
    EXPECT_EQ(permissionsOf(file("fresh.json")), 0600u);
}

TEST_F(AtomicWrite, RefusesToReplaceAFolder) {
    fs::create_directory(file("folder"));
    EXPECT_TRUE(isError(caught([&] { writeFileAtomically(file("folder"), "x"); }),
                        WorkspaceErrorKind::Io, "not a regular file"));
}

// Runs `body` in a child process, with a failed check reported as a line.
std::vector<std::string> inChild(const std::function<std::string()>& body) {
    ChildProcess child([&](ChildProcess::Channel& channel) {
        const std::string failure = body();
        if (!failure.empty()) {
            channel.send(failure);
        }
        return failure.empty() ? 0 : 1;
    });
    std::vector<std::string> lines;
    while (auto line = child.receive(30s)) {
        lines.push_back(*line);
    }
    if (const int code = child.wait(); code != 0 && lines.empty()) {
        lines.push_back("child exited with " + std::to_string(code));
    }
    return lines;
}

std::string expectFailure(const std::function<void()>& write, WorkspaceErrorKind kind,
                          const std::string& phrase) {
    const auto error = caught(write);
    if (!error) {
        return "the write did not fail";
    }
    if (error->kind() != kind || std::string(error->what()).find(phrase) == std::string::npos) {
        return "unexpected error: " + kindName(error->kind()) + " " + error->what();
    }
    return {};
}

TEST_F(AtomicWrite, AFullDiskLeavesThePreviousFileByteIdentical) {
    const auto path = file("plan.json");
    const std::string previous(4000, 'p');
    writeBytes(path, previous);
    const auto failures = inChild([&] {
        ::signal(SIGXFSZ, SIG_IGN);  // else the kernel kills the writer at the limit
        const rlimit limit{8192, 8192};
        ::setrlimit(RLIMIT_FSIZE, &limit);
        return expectFailure([&] { writeFileAtomically(path, std::string(100'000, 'n')); },
                             WorkspaceErrorKind::Io, "a file size limit");
    });
    EXPECT_EQ(failures, std::vector<std::string>{});
    EXPECT_EQ(readBytes(path), previous);
    EXPECT_EQ(listFolder(dir()), std::vector<std::string>{"plan.json"}) << "no partial file left";
}

TEST(AtomicWriteWithoutPermission, LeavesThePreviousFileByteIdentical) {
    // Permission bits do not stop root: the write runs as "nobody" when the test is root.
    const TempDir temp(fs::path("/tmp"));
    const auto folder = temp.path() / "exports";
    fs::create_directory(folder);
    const auto path = folder / "plan.json";
    writeBytes(path, "previous export");
    fs::permissions(temp.path(), fs::perms(0755));
    fs::permissions(folder, fs::perms(0755));
    fs::permissions(path, fs::perms(0644));
    const auto failures = inChild([&] {
        if (::geteuid() == 0 && (::setgid(65534) != 0 || ::setuid(65534) != 0)) {
            return std::string("cannot become nobody");
        }
        if (::geteuid() != 0) {
            ::chmod(folder.c_str(), 0555);
        }
        return expectFailure([&] { writeFileAtomically(path, "new"); },
                             WorkspaceErrorKind::ReadOnly, "no permission");
    });
    EXPECT_EQ(failures, std::vector<std::string>{});
    EXPECT_EQ(readBytes(path), "previous export");
    EXPECT_EQ(listFolder(folder), std::vector<std::string>{"plan.json"});
}

// Pieces of `count` × 4 KiB, each marked with its number, through a background writer.
std::string writeInBackground(const fs::path& path, int count, bool commit = true) {
    BackgroundFileWriter file(path, 2);
    std::string all;
    for (int i = 0; i < count; ++i) {
        std::string piece = std::to_string(i) + std::string(4096, 'n') + "\n";
        all += piece;
        file.append(piece);
        if (!piece.empty()) {
            throw std::logic_error("append() left a buffer that is not empty");
        }
    }
    if (commit) {
        file.commit();
        EXPECT_EQ(file.bytesWritten(), all.size());
    }
    return all;
}

using BackgroundWrite = WorkspaceTest;

TEST_F(BackgroundWrite, WritesEveryPieceInOrderAndOnlyOnCommit) {
    const auto path = file("plan.json");
    writeBytes(path, "old");
    fs::permissions(path, fs::perms(0640));
    const std::string all = writeInBackground(path, 300);
    EXPECT_EQ(readBytes(path), all);
    EXPECT_EQ(permissionsOf(path), 0640u);
    EXPECT_EQ(listFolder(dir()), std::vector<std::string>{"plan.json"});
}

TEST_F(BackgroundWrite, AnAbandonedWriteLeavesTheFileAndNoTemporary) {
    const auto path = file("plan.json");
    writeBytes(path, "old");
    writeInBackground(path, 50, false);  // an exception before commit() ends here
    EXPECT_EQ(readBytes(path), "old");
    EXPECT_EQ(listFolder(dir()), std::vector<std::string>{"plan.json"});
}

// The write that fails runs on the writer's own thread: its error still reaches the caller
// (from a later append() or from commit()), and nothing is left behind.
TEST_F(BackgroundWrite, AFullDiskIsReportedAndLeavesThePreviousFileByteIdentical) {
    const auto path = file("plan.json");
    const std::string previous(4000, 'p');
    writeBytes(path, previous);
    for (const int pieces : {1, 400}) {  // fails in commit(), then in a later append()
        const auto failures = inChild([&] {
            ::signal(SIGXFSZ, SIG_IGN);
            const rlimit limit{pieces == 1 ? 2048u : 65536u, pieces == 1 ? 2048u : 65536u};
            ::setrlimit(RLIMIT_FSIZE, &limit);
            return expectFailure([&] { writeInBackground(path, pieces); }, WorkspaceErrorKind::Io,
                                 "a file size limit");
        });
        EXPECT_EQ(failures, std::vector<std::string>{}) << pieces;
        EXPECT_EQ(readBytes(path), previous);
        EXPECT_EQ(listFolder(dir()), std::vector<std::string>{"plan.json"}) << "no partial file";
    }
}

// A whole export fills the disk while the workspace is still being read: the read stops, and
// the previous file stays as it was.
TEST_F(BackgroundWrite, AnExportThatFillsTheDiskLeavesThePreviousFileByteIdentical) {
    const auto workspacePath = file("team.pmmw");
    createSampleWorkspace(workspacePath, demo::DemoSize::Medium);
    const auto path = file("team.json");
    const std::string previous(4000, 'p');
    writeBytes(path, previous);
    const auto failures = inChild([&] {
        ::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{1u << 20, 1u << 20};  // the export is several megabytes
        ::setrlimit(RLIMIT_FSIZE, &limit);
        auto workspace = storage::Workspace::open(workspacePath);
        return expectFailure([&] { interchange::exportWorkspace(*workspace, path); },
                             WorkspaceErrorKind::Io, "a file size limit");
    });
    EXPECT_EQ(failures, std::vector<std::string>{});
    EXPECT_EQ(readBytes(path), previous);
    for (const std::string& name : listFolder(dir())) {
        EXPECT_TRUE(name.starts_with("team.pmmw") || name == "team.json") << "left: " << name;
    }
}

}  // namespace
}  // namespace pmm::test
