// One writer at a time, between real processes: a second app instance (or command) on the
// same workspace gets a clear message, may look read-only, and never corrupts anything.

#include <gtest/gtest.h>

#include <chrono>
#include <ostream>
#include <string>
#include <vector>

#include "storage/catalog.h"
#include "storage/workspace.h"
#include "test_support.h"

namespace pmm::test {
namespace {

using namespace std::chrono_literals;
using storage::OpenMode;
using storage::OpenOptions;
using storage::Workspace;
using storage::WorkspaceErrorKind;
using Clock = std::chrono::steady_clock;

catalog::Person personNamed(const std::string& name) {
    catalog::Person person;
    person.name = name;
    return person;
}

std::vector<std::string> peopleNames(Workspace& workspace) {
    std::vector<std::string> names;
    for (const auto& person : catalog::Catalog(workspace).people.list()) {
        names.push_back(person.name);
    }
    return names;
}

void createWithAda(const fs::path& path) {
    auto workspace = Workspace::create(path);
    catalog::Catalog(*workspace).people.add(personNamed("Ada"));
}

// The other app instance: opens the workspace for writing, saves a person, says "ready" and
// keeps the workspace open until told to exit.
int runSecondInstance(const fs::path& path, ChildProcess::Channel& channel) {
    auto workspace = Workspace::open(path);
    catalog::Catalog(*workspace).people.add(personNamed("Grace"));
    channel.send("ready");
    while (auto line = channel.receive()) {
        if (*line == "exit") {
            break;
        }
    }
    return 0;
}

using WorkspaceLock = WorkspaceTest;

TEST_F(WorkspaceLock, SecondWriterProcessIsToldTheWorkspaceIsInUseAndMayLook) {
    const auto path = file("team.pmmw");
    createWithAda(path);
    ChildProcess other(
        [&](ChildProcess::Channel& channel) { return runSecondInstance(path, channel); });
    ASSERT_EQ(other.receive(10s), "ready");

    const auto started = Clock::now();
    EXPECT_TRUE(
        isError(caught([&] { Workspace::open(path); }), WorkspaceErrorKind::InUse, "in use"));
    EXPECT_LT(Clock::now() - started, 2s) << "refused at once, without waiting or hanging";

    {
        OpenOptions look;
        look.mode = OpenMode::ReadOnly;
        auto readOnly = Workspace::open(path, look);
        EXPECT_TRUE(readOnly->isReadOnly());
        // Sees what the writer has saved so far.
        EXPECT_EQ(peopleNames(*readOnly), (std::vector<std::string>{"Ada", "Grace"}));
    }
    {
        OpenOptions check;  // what `pmm-workbench check` asks for
        check.mode = OpenMode::ReadOnly;
        check.failIfInUse = true;
        EXPECT_TRUE(isError(caught([&] { Workspace::open(path, check); }),
                            WorkspaceErrorKind::InUse, "in use"));
    }

    other.send("exit");
    EXPECT_EQ(other.wait(), 0);
    auto workspace = Workspace::open(path);
    EXPECT_EQ(peopleNames(*workspace), (std::vector<std::string>{"Ada", "Grace"}));
    EXPECT_TRUE(workspace->integrityProblems().empty());
}

TEST_F(WorkspaceLock, AReaderDoesNotBlockTheWriter) {
    const auto path = file("team.pmmw");
    createWithAda(path);
    // Fork before opening anything: an SQLite connection must not cross a fork().
    ChildProcess other([&](ChildProcess::Channel& channel) {
        channel.receive();  // "go" once the reader is open
        return runSecondInstance(path, channel);
    });
    OpenOptions look;
    look.mode = OpenMode::ReadOnly;
    auto reader = Workspace::open(path, look);
    EXPECT_EQ(peopleNames(*reader), std::vector<std::string>{"Ada"});
    other.send("go");
    EXPECT_EQ(other.receive(10s), "ready") << "the writer could not open or save";
    other.send("exit");
    EXPECT_EQ(other.wait(), 0);
    EXPECT_EQ(peopleNames(*reader), (std::vector<std::string>{"Ada", "Grace"}));
}

TEST_F(WorkspaceLock, ACrashedWriterReleasesTheWorkspaceAndItsSavedEditsSurvive) {
    const auto path = file("team.pmmw");
    createWithAda(path);
    ChildProcess crashing(
        [&](ChildProcess::Channel& channel) { return runSecondInstance(path, channel); });
    ASSERT_EQ(crashing.receive(10s), "ready");
    crashing.kill();  // SIGKILL: no destructor, no checkpoint, -wal left behind

    auto workspace = Workspace::open(path);
    EXPECT_EQ(peopleNames(*workspace), (std::vector<std::string>{"Ada", "Grace"}));
    EXPECT_TRUE(workspace->integrityProblems().empty());
}

TEST_F(WorkspaceLock, AnotherProgramWritingMakesAnEditFailAfterTheBusyTimeoutChangingNothing) {
    const auto path = file("team.pmmw");
    createWithAda(path);
    // Another program (the sqlite3 tool, say) holds SQLite's write lock mid-transaction.
    ChildProcess other([&](ChildProcess::Channel& channel) {
        const SqliteFile db(path);
        db.exec("BEGIN IMMEDIATE");
        db.exec(
            "INSERT INTO products (uid, name) VALUES "
            "('66666666-6666-4666-8666-666666666666', 'Uncommitted')");
        channel.send("ready");
        channel.receive();
        return 0;  // closing rolls the transaction back
    });
    ASSERT_EQ(other.receive(10s), "ready");

    auto workspace = Workspace::open(path);
    catalog::Catalog catalog(*workspace);
    int notifications = 0;
    workspace->subscribe([&](const storage::Change&) { ++notifications; });
    const auto before = contentsOf(workspace->handle());

    const auto started = Clock::now();
    EXPECT_TRUE(isError(caught([&] {
                            catalog.products.add({0, "", "Atlas", ""});
                        }),
                        WorkspaceErrorKind::InUse, "busy"));
    const auto waited = Clock::now() - started;
    EXPECT_GE(waited, 1500ms) << "waits for the other program for the busy timeout";
    EXPECT_LT(waited, 10s);
    EXPECT_TRUE(isError(caught([&] { workspace->setSetting("team.name", "Growth"); }),
                        WorkspaceErrorKind::InUse));

    EXPECT_EQ(contentsOf(workspace->handle()), before);
    EXPECT_EQ(notifications, 0);

    other.send("exit");
    EXPECT_EQ(other.wait(), 0);
    // Once the other program is done, the same edit goes through.
    catalog.products.add({0, "", "Atlas", ""});
    ASSERT_EQ(catalog.products.list().size(), 1u);
    EXPECT_EQ(catalog.products.list().front().name, "Atlas");
    EXPECT_EQ(notifications, 1);
}

}  // namespace
}  // namespace pmm::test
