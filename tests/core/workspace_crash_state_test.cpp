// A workspace as a crash mid-checkpoint leaves it: page 1 (with the new database size) was
// copied from the -wal into the main file, the later pages were not. SQLite finishes the
// checkpoint from the -wal; the app must open it, not call it truncated.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <fstream>

#include "storage/catalog.h"
#include "storage/workspace.h"
#include "test_support.h"

namespace pmm::test {
namespace {

void patchHeaderPageCount(const fs::path& file, std::uint32_t pages) {
    std::fstream stream(file, std::ios::in | std::ios::out | std::ios::binary);
    unsigned char header[100];
    stream.read(reinterpret_cast<char*>(header), sizeof header);
    for (int i = 0; i < 4; ++i) {
        header[28 + i] = static_cast<unsigned char>(pages >> (24 - 8 * i));
        header[92 + i] = header[24 + i];  // keep the in-header size "valid"
    }
    stream.seekp(0);
    stream.write(reinterpret_cast<const char*>(header), sizeof header);
}

TEST_F(WorkspaceTest, AHeaderAheadOfTheFileWithAHotWalOpensWithAllItsData) {
    const fs::path original = file("live.pmmw");
    storage::Workspace::create(original).reset();

    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(original.c_str(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db,
                           "PRAGMA wal_autocheckpoint = 0;"
                           "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                           "WHERE i < 3000) INSERT INTO people (uid, name) "
                           "SELECT printf('00000000-0000-4000-8000-%012d', i), "
                           "'Person ' || i FROM n",
                           nullptr, nullptr, nullptr),
              SQLITE_OK);
    // The crash image: the files as they are while the writer still runs.
    const fs::path crashed = file("crashed.pmmw");
    fs::copy_file(original, crashed);
    fs::copy_file(fs::path(original.string() + "-wal"), fs::path(crashed.string() + "-wal"));
    sqlite3_close(db);

    const auto mainSize = fs::file_size(crashed);
    patchHeaderPageCount(crashed, static_cast<std::uint32_t>(mainSize / 4096 * 4));
    ASSERT_GT(fs::file_size(fs::path(crashed.string() + "-wal")), 0u);

    auto workspace = storage::Workspace::open(crashed);
    EXPECT_TRUE(workspace->integrityProblems().empty());
    EXPECT_EQ(catalog::Catalog(*workspace).people.list().size(), 3000u);
}

}  // namespace
}  // namespace pmm::test
