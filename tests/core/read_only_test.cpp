// Looking without changing: the ReadOnly open mode, and workspaces the user has no
// permission to write (a file or folder without write permission).

#include <grp.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <functional>
#include <ostream>
#include <string>
#include <vector>

#include "storage/backups.h"
#include "storage/catalog.h"
#include "storage/database.h"
#include "storage/workspace.h"
#include "test_support.h"

namespace pmm::test {
namespace {

using namespace std::chrono_literals;
using storage::OpenMode;
using storage::OpenOptions;
using storage::Workspace;
using storage::WorkspaceError;
using storage::WorkspaceErrorKind;

OpenOptions readOnly() {
    OpenOptions options;
    options.mode = OpenMode::ReadOnly;
    return options;
}

void createSample(const fs::path& path) {
    auto workspace = Workspace::create(path);
    workspace->setSetting("team.name", "Growth");
    catalog::Catalog catalog(*workspace);
    catalog::Person ada;
    ada.name = "Ada";
    ada.email = "ada@example.com";
    ada = catalog.people.add(ada);
    catalog.segments.add({0, "", "Mid-market", "", ada.id});
    catalog.products.add({0, "", "Atlas", ""});
    catalog.competitors.add({0, "", "Globex", "", "2025-11-03", ""});
}

// --- The ReadOnly open mode ---------------------------------------------------------------

struct WriteAttempt {
    const char* name;
    std::function<void(Workspace&, catalog::Catalog&)> write;
};

const WriteAttempt kWrites[] = {
    {"Setting", [](Workspace& w, catalog::Catalog&) { w.setSetting("team.name", "Brand"); }},
    {"AddPerson",
     [](Workspace&, catalog::Catalog& c) {
         catalog::Person grace;
         grace.name = "Grace";
         c.people.add(grace);
     }},
    {"UpdatePerson",
     [](Workspace&, catalog::Catalog& c) {
         auto ada = c.people.list().front();
         ada.name = "Ada Lovelace";
         c.people.update(ada);
     }},
    {"RemoveProduct",
     [](Workspace&, catalog::Catalog& c) { c.products.remove(c.products.list().front().id); }},
    {"AddSegment",
     [](Workspace&, catalog::Catalog& c) {
         c.segments.add({0, "", "SMB", "", {}});
     }},
    {"UpdateCompetitor",
     [](Workspace&, catalog::Catalog& c) {
         auto globex = c.competitors.list().front();
         globex.notes = "Cheaper";
         c.competitors.update(globex);
     }},
    // Defence in depth: even SQL that skips the stores' checks cannot write.
    {"RawSql", [](Workspace& w,
                  catalog::Catalog&) { storage::execScript(w.handle(), "DELETE FROM settings"); }},
};

void PrintTo(const WriteAttempt& attempt, std::ostream* out) {
    *out << attempt.name;
}

class ReadOnlyMode : public WithTempDir<::testing::TestWithParam<WriteAttempt>> {};

TEST_P(ReadOnlyMode, RefusesTheWriteWithAMessageAndChangesNothing) {
    const auto path = file("team.pmmw");
    createSample(path);
    const std::string before = readBytes(path);
    {
        auto workspace = Workspace::open(path, readOnly());
        ASSERT_TRUE(workspace->isReadOnly());
        catalog::Catalog catalog(*workspace);
        int notifications = 0;
        workspace->subscribe([&](const storage::Change&) { ++notifications; });
        const auto contents = contentsOf(workspace->handle());

        EXPECT_TRUE(isError(caught([&] { GetParam().write(*workspace, catalog); }),
                            WorkspaceErrorKind::ReadOnly, "read-only"));

        EXPECT_EQ(contentsOf(workspace->handle()), contents);
        EXPECT_EQ(notifications, 0);
        // Reading works as usual.
        EXPECT_EQ(workspace->setting("team.name"), "Growth");
        EXPECT_EQ(catalog.people.list().size(), 1u);
    }
    EXPECT_EQ(readBytes(path), before);
}

INSTANTIATE_TEST_SUITE_P(Writes, ReadOnlyMode, ::testing::ValuesIn(kWrites),
                         [](const auto& instance) { return std::string(instance.param.name); });

using ReadOnlyWorkspace = WorkspaceTest;

TEST_F(ReadOnlyWorkspace, CanStillBeCopiedToABackup) {
    const auto path = file("team.pmmw");
    createSample(path);
    const auto copy = file("copy.pmmw");
    Workspace::open(path, readOnly())->backupTo(copy);
    auto opened = Workspace::open(copy, readOnly());
    EXPECT_EQ(opened->setting("team.name"), "Growth");
}

// --- Without write permission -------------------------------------------------------------

// Permission bits do not stop root, and the tests run as root in CI. So the checks run in a
// child process that, when started as root, becomes the unprivileged user "nobody".
constexpr uid_t kNobody = 65534;
constexpr gid_t kNogroup = 65534;

bool traversableByAnyone(const fs::path& folder) {
    for (fs::path p = folder; !p.empty(); p = p.parent_path()) {
        struct stat info {};
        if (::stat(p.c_str(), &info) != 0 || (info.st_mode & S_IXOTH) == 0) {
            return false;
        }
        if (p == p.root_path()) {
            break;
        }
    }
    return true;
}

void giveTo(const fs::path& folder, uid_t uid, gid_t gid) {
    ASSERT_EQ(::chown(folder.c_str(), uid, gid), 0);
    for (const auto& entry : fs::recursive_directory_iterator(folder)) {
        ASSERT_EQ(::lchown(entry.path().c_str(), uid, gid), 0) << entry.path();
    }
}

// Collects failed checks in the child as lines for the parent to report.
class Checks {
public:
    explicit Checks(ChildProcess::Channel& channel) : m_channel(channel) {}
    void expect(bool ok, const std::string& what) {
        if (!ok) {
            m_channel.send("FAILED: " + what);
            ++m_failures;
        }
    }
    void expectError(const std::optional<WorkspaceError>& error, WorkspaceErrorKind kind,
                     const std::string& what) {
        if (!error) {
            expect(false, what + ": no error");
        } else {
            expect(error->kind() == kind,
                   what + ": " + kindName(error->kind()) + " \"" + error->what() + "\"");
        }
    }
    int failures() const { return m_failures; }

private:
    ChildProcess::Channel& m_channel;
    int m_failures = 0;
};

std::vector<std::string> peopleIn(Workspace& workspace) {
    std::vector<std::string> names;
    for (const auto& person : catalog::Catalog(workspace).people.list()) {
        names.push_back(person.name);
    }
    return names;
}

int checkWithoutWritePermission(const fs::path& folder, const fs::path& path,
                                ChildProcess::Channel& channel) {
    if (::geteuid() == 0) {
        if (::setgroups(0, nullptr) != 0 || ::setgid(kNogroup) != 0 || ::setuid(kNobody) != 0) {
            channel.send("FAILED: cannot become nobody");
            return 2;
        }
    }
    Checks checks(channel);
    checks.expect(::geteuid() != 0, "runs unprivileged");
    const std::string before = readBytes(path);
    const std::vector<std::string> ada{"Ada"};

    // A file without write permission, in a folder we can write.
    checks.expect(::chmod(path.c_str(), 0400) == 0, "chmod 0400");
    checks.expectError(caught([&] { Workspace::open(path); }), WorkspaceErrorKind::ReadOnly,
                       "read-write open of a 0400 file");
    try {
        auto look = Workspace::open(path, readOnly());
        checks.expect(peopleIn(*look) == ada, "a 0400 file can be looked at");
    } catch (const std::exception& error) {
        checks.expect(false, std::string("read-only open of a 0400 file: ") + error.what());
    }

    // A folder without write permission: SQLite cannot make its -shm file there.
    checks.expect(::chmod(folder.c_str(), 0500) == 0, "chmod folder 0500");
    const auto folderBefore = listFolder(folder);
    try {
        auto look = Workspace::open(path, readOnly());
        checks.expect(peopleIn(*look) == ada, "a workspace in a read-only folder can be read");
        checks.expectError(caught([&] { look->backupTo(folder / "copy.pmmw"); }),
                           WorkspaceErrorKind::Io, "copy into the read-only folder");
        checks.expectError(caught([&] { storage::rotateDailyBackup(*look, utc(2026, 3, 2)); }),
                           WorkspaceErrorKind::Io, "daily backup beside a read-only folder");
    } catch (const std::exception& error) {
        checks.expect(false, std::string("read-only open in a 0500 folder: ") + error.what());
    }
    checks.expectError(caught([&] { Workspace::open(path); }), WorkspaceErrorKind::ReadOnly,
                       "read-write open in a 0500 folder");
    checks.expectError(caught([&] { Workspace::create(folder / "new.pmmw"); }),
                       WorkspaceErrorKind::ReadOnly, "create in a 0500 folder");
    checks.expect(listFolder(folder) == folderBefore, "nothing was added to the 0500 folder");
    checks.expect(readBytes(path) == before, "the workspace's bytes are unchanged");

    // Permission given back: the workspace is fully usable again.
    checks.expect(::chmod(folder.c_str(), 0700) == 0, "chmod folder 0700");
    checks.expect(::chmod(path.c_str(), 0600) == 0, "chmod 0600");
    try {
        auto workspace = Workspace::open(path);
        workspace->setSetting("team.name", "Brand");
        checks.expect(workspace->setting("team.name") == "Brand", "writable again");
    } catch (const std::exception& error) {
        checks.expect(false, std::string("read-write open after chmod back: ") + error.what());
    }
    return checks.failures() == 0 ? 0 : 1;
}

TEST(WithoutWritePermission, TheWorkspaceCanBeLookedAtButNotChanged) {
    // "nobody" must be able to reach the folder.
    const fs::path base =
        traversableByAnyone(fs::temp_directory_path()) ? fs::temp_directory_path() : "/tmp";
    const TempDir temp(base);
    const auto folder = temp.path() / "shared";
    fs::create_directory(folder);
    const auto path = folder / "team.pmmw";
    createSample(path);
    if (::geteuid() == 0) {
        giveTo(temp.path(), kNobody, kNogroup);
    }

    ChildProcess child([&](ChildProcess::Channel& channel) {
        return checkWithoutWritePermission(folder, path, channel);
    });
    std::vector<std::string> failures;
    while (auto line = child.receive(60s)) {
        failures.push_back(*line);
    }
    EXPECT_EQ(child.wait(), 0);
    EXPECT_EQ(failures, std::vector<std::string>{});
}

}  // namespace
}  // namespace pmm::test
