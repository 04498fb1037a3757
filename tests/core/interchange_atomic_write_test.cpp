// Exports are written atomically: the previous file stays byte-identical when the write
// fails, whether the folder may not be written or the disk (a file size limit) is full.
#include <gtest/gtest.h>

#include <signal.h>
#include <sys/resource.h>
#include <unistd.h>

#include "interchange/atomic_file_writer.h"
#include "test_support.h"

namespace pmm::test {
namespace {

using namespace std::chrono_literals;
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

std::string expectFailure(const fs::path& path, std::string_view bytes, WorkspaceErrorKind kind,
                          const std::string& phrase) {
    const auto error = caught([&] { writeFileAtomically(path, bytes); });
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
        return expectFailure(path, std::string(100'000, 'n'), WorkspaceErrorKind::Io,
                             "a file size limit");
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
        return expectFailure(path, "new", WorkspaceErrorKind::ReadOnly, "no permission");
    });
    EXPECT_EQ(failures, std::vector<std::string>{});
    EXPECT_EQ(readBytes(path), "previous export");
    EXPECT_EQ(listFolder(folder), std::vector<std::string>{"plan.json"});
}

}  // namespace
}  // namespace pmm::test
