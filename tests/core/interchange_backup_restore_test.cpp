// Restoring a backup: a stale -wal beside the workspace must not be replayed over the
// restored file, a workspace in use is not replaced, and a bad backup is refused.
#include <gtest/gtest.h>

#include "storage/backup_restore.h"
#include "storage/catalog.h"
#include "storage/database.h"
#include "test_support.h"

namespace pmm::test {
namespace {

using storage::Workspace;
using storage::WorkspaceErrorKind;

std::vector<std::string> dataOf(const fs::path& path) {
    SqliteFile file(path, true);
    return contentsOf(file.get());
}

class RestoreBackup : public WorkspaceTest {
protected:
    // A backup of a first state, then a workspace file whose main file holds a second state
    // and whose -wal holds a third, as a crash or a copy made while the app ran leaves them.
    void SetUp() override {
        m_backup = file("backup.pmmw");
        const auto live = file("live.pmmw");
        auto workspace = Workspace::create(live);
        addManyPeople(*workspace, 40);
        workspace->setSetting("state", "backed up");
        checkpoint(*workspace);
        workspace->backupTo(m_backup);
        addManyPeople(*workspace, 40);
        workspace->setSetting("state", "checkpointed later");
        checkpoint(*workspace);
        workspace->setSetting("state", "only in the wal");
        addManyPeople(*workspace, 5);
        m_stale = file("stale.pmmw");
        writeBytes(m_stale, readBytes(live));
        writeBytes(walOf(m_stale), readBytes(walOf(live)));
        ASSERT_GT(fs::file_size(walOf(m_stale)), 0u);
        m_walBytes = readBytes(walOf(m_stale));
    }

    fs::path m_backup;
    fs::path m_stale;
    std::string m_walBytes;
};

TEST_F(RestoreBackup, ACopyBesideAStaleWalWouldBringBackTheWalsState) {
    // What the BUILD-NOTES warn about, shown: copying the backup over the file is not enough.
    writeBytes(m_stale, readBytes(m_backup));
    std::vector<std::string> data;
    bool damaged = false;
    try {
        auto reopened = Workspace::open(m_stale);
        damaged = !reopened->integrityProblems().empty();
        data = contentsOf(reopened->handle());
    } catch (const storage::WorkspaceError&) {
        damaged = true;
    }
    EXPECT_TRUE(damaged || data != dataOf(m_backup))
        << "the stale -wal was expected to be replayed over the copied backup";
}

TEST_F(RestoreBackup, MovesTheWalAsideAndRestoresExactlyTheBackupsData) {
    const auto expected = dataOf(m_backup);
    const auto restored = storage::restoreBackup(m_backup, m_stale);
    ASSERT_EQ(restored.movedAside.size(), 2u);  // the -wal and the replaced file (no -shm)
    EXPECT_EQ(readBytes(restored.movedAside[0]), m_walBytes);
    EXPECT_FALSE(fs::exists(walOf(m_stale)));
    EXPECT_EQ(readBytes(m_stale), readBytes(m_backup));
    {
        auto workspace = Workspace::open(m_stale);
        EXPECT_EQ(workspace->integrityProblems(), std::vector<std::string>{});
        EXPECT_EQ(workspace->setting("state"), "backed up");
        EXPECT_EQ(catalog::Catalog(*workspace).people.list().size(), 40u);
    }
    EXPECT_EQ(dataOf(m_stale), expected);
}

TEST_F(RestoreBackup, RefusesAWorkspaceInUseAndChangesNothing) {
    const auto path = file("open.pmmw");
    auto holder = Workspace::create(path);
    holder->setSetting("state", "in use");
    const auto before = readBytes(path);
    EXPECT_TRUE(isError(caught([&] { storage::restoreBackup(m_backup, path); }),
                        WorkspaceErrorKind::InUse, "in use"));
    EXPECT_EQ(readBytes(path), before);
    EXPECT_EQ(holder->setting("state"), "in use");
}

TEST_F(RestoreBackup, RefusesABackupThatIsNotAHealthyWorkspace) {
    const auto before = snapshotOf(m_stale);
    const auto garbage = file("garbage.pmmw");
    writeBytes(garbage, std::string(8192, 'x'));
    EXPECT_TRUE(isError(caught([&] { storage::restoreBackup(garbage, m_stale); }),
                        WorkspaceErrorKind::NotAWorkspace));
    EXPECT_TRUE(isError(caught([&] { storage::restoreBackup(file("missing.pmmw"), m_stale); }),
                        WorkspaceErrorKind::NotFound));
    EXPECT_EQ(snapshotOf(m_stale), before);
    for (const auto& name : listFolder(dir())) {
        EXPECT_EQ(name.find("restoring"), std::string::npos) << name;
    }
}

}  // namespace
}  // namespace pmm::test
