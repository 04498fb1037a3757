// Files the app must refuse to open without changing a byte: written by a newer app, not a
// workspace at all, damaged. And damage that only an integrity check finds.

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <ostream>
#include <random>
#include <string>
#include <vector>

#include "storage/catalog.h"
#include "storage/workspace.h"
#include "test_support.h"

namespace pmm::test {
namespace {

using storage::OpenMode;
using storage::OpenOptions;
using storage::Workspace;
using storage::WorkspaceErrorKind;

std::string modeName(OpenMode mode) {
    return mode == OpenMode::ReadWrite ? "ReadWrite" : "ReadOnly";
}

OpenOptions optionsFor(OpenMode mode) {
    OpenOptions options;
    options.mode = mode;
    return options;
}

// A populated workspace whose data is all in the main file.
void createPopulated(const fs::path& path, int people) {
    auto workspace = Workspace::create(path);
    workspace->setSetting("team.name", "Growth");
    addManyPeople(*workspace, people);
    checkpoint(*workspace);
}

// --- Written by a newer app ---------------------------------------------------------------

class NewerVersion : public WithTempDir<::testing::TestWithParam<OpenMode>> {};

TEST_P(NewerVersion, IsRefusedAndNeverModified) {
    const auto path = file("future.pmmw");
    createPopulated(path, 3);
    const int future = storage::latestSchemaVersion() + 5;
    SqliteFile(path).exec("PRAGMA user_version = " + std::to_string(future));
    const FileSnapshot before = snapshotOf(path);
    ASSERT_FALSE(before.hasWal);

    const auto error = caught([&] { Workspace::open(path, optionsFor(GetParam())); });
    EXPECT_TRUE(isError(error, WorkspaceErrorKind::NewerVersion, "newer"));
    EXPECT_TRUE(isError(error, WorkspaceErrorKind::NewerVersion, std::to_string(future)));
    EXPECT_TRUE(isError(error, WorkspaceErrorKind::NewerVersion, "future.pmmw"));

    EXPECT_EQ(snapshotOf(path), before);
    EXPECT_FALSE(fs::exists(storage::backupFolderFor(path))) << "no migration backup either";
    EXPECT_EQ(listFolder(dir()), std::vector<std::string>{"future.pmmw"});
}

INSTANTIATE_TEST_SUITE_P(Modes, NewerVersion,
                         ::testing::Values(OpenMode::ReadWrite, OpenMode::ReadOnly),
                         [](const auto& instance) { return modeName(instance.param); });

// --- Not a workspace, or damaged ----------------------------------------------------------

struct BadFile {
    const char* name;
    // Makes the file (or folder) at the path.
    std::function<void(const fs::path&)> make;
    std::vector<WorkspaceErrorKind> acceptedKinds;
};

std::string randomBytes(size_t size, unsigned seed) {
    std::mt19937 generator(seed);
    std::string bytes(size, '\0');
    for (auto& byte : bytes) {
        byte = static_cast<char>(generator() & 0xff);
    }
    return bytes;
}

const std::string kSqliteMagic("SQLite format 3\0", 16);

const BadFile kBadFiles[] = {
    {"RandomBytes",
     [](const fs::path& p) { writeBytes(p, randomBytes(16384, 20260214)); },
     {WorkspaceErrorKind::NotAWorkspace}},
    {"EmptyFile",
     [](const fs::path& p) { writeBytes(p, ""); },
     {WorkspaceErrorKind::NotAWorkspace}},
    {"TextFile",
     [](const fs::path& p) {
         writeBytes(p, "name,email\nAda,ada@example.com\nGrace,grace@example.com\n");
     },
     {WorkspaceErrorKind::NotAWorkspace}},
    {"OtherAppsDatabase",
     [](const fs::path& p) {
         const SqliteFile db(p);
         db.exec("CREATE TABLE recipes (id INTEGER PRIMARY KEY, title TEXT)");
         db.exec("INSERT INTO recipes (title) VALUES ('Bread'), ('Soup')");
     },
     {WorkspaceErrorKind::NotAWorkspace}},
    {"OtherAppsDatabaseInWalMode",
     [](const fs::path& p) {
         const SqliteFile db(p);
         db.exec("PRAGMA journal_mode = WAL");
         db.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)");
         db.exec("INSERT INTO notes (body) VALUES ('hello')");
     },
     {WorkspaceErrorKind::NotAWorkspace}},
    {"Folder",
     [](const fs::path& p) { fs::create_directory(p); },
     {WorkspaceErrorKind::NotAWorkspace}},
    {"OnlyTheSqliteMagic",
     [](const fs::path& p) { writeBytes(p, kSqliteMagic); },
     {WorkspaceErrorKind::Corrupt}},
    {"SqliteMagicThenGarbage",
     [](const fs::path& p) { writeBytes(p, kSqliteMagic + randomBytes(8192, 7)); },
     {WorkspaceErrorKind::NotAWorkspace, WorkspaceErrorKind::Corrupt}},
    {"TruncatedToHalf",
     [](const fs::path& p) {
         createPopulated(p, 300);
         const std::string bytes = readBytes(p);
         writeBytes(p, bytes.substr(0, bytes.size() / 2));
     },
     {WorkspaceErrorKind::Corrupt}},
    {"GarbledVersion",
     [](const fs::path& p) {
         createPopulated(p, 3);
         SqliteFile(p).exec("PRAGMA user_version = -3");
     },
     {WorkspaceErrorKind::Corrupt}},
};

struct BadFileCase {
    BadFile file;
    OpenMode mode;
};

void PrintTo(const BadFileCase& bad, std::ostream* out) {
    *out << bad.file.name << " " << modeName(bad.mode);
}

class RefusedFile : public WithTempDir<::testing::TestWithParam<BadFileCase>> {};

TEST_P(RefusedFile, WithAMessageAndWithoutChangingIt) {
    const BadFile& bad = GetParam().file;
    const auto path = file("input.pmmw");
    bad.make(path);
    const bool isFile = fs::is_regular_file(path);
    const std::string before = isFile ? readBytes(path) : std::string();
    const auto folderBefore = listFolder(dir());

    const auto error = caught([&] { Workspace::open(path, optionsFor(GetParam().mode)); });
    ASSERT_TRUE(error.has_value()) << "the file was accepted as a workspace";
    EXPECT_NE(std::find(bad.acceptedKinds.begin(), bad.acceptedKinds.end(), error->kind()),
              bad.acceptedKinds.end())
        << "unexpected " << kindName(error->kind()) << ": " << error->what();
    const std::string message = error->what();
    EXPECT_GT(message.size(), 20u) << message;
    EXPECT_EQ(message.back(), '.') << "a sentence: " << message;

    if (isFile) {
        EXPECT_EQ(readBytes(path), before);
    }
    EXPECT_EQ(listFolder(dir()), folderBefore) << "no -wal, -shm, journal or backup left";
}

std::vector<BadFileCase> allBadFileCases() {
    std::vector<BadFileCase> cases;
    for (const auto& bad : kBadFiles) {
        cases.push_back({bad, OpenMode::ReadWrite});
        cases.push_back({bad, OpenMode::ReadOnly});
    }
    return cases;
}

INSTANTIATE_TEST_SUITE_P(Files, RefusedFile, ::testing::ValuesIn(allBadFileCases()),
                         [](const auto& instance) {
                             return std::string(instance.param.file.name) + "_" +
                                    modeName(instance.param.mode);
                         });

using DamagedWorkspace = WorkspaceTest;

TEST_F(DamagedWorkspace, MessageNamesTheFileAndSuggestsABackup) {
    const auto path = file("team.pmmw");
    createPopulated(path, 300);
    const std::string bytes = readBytes(path);
    writeBytes(path, bytes.substr(0, bytes.size() / 2));
    EXPECT_TRUE(
        isError(caught([&] { Workspace::open(path); }), WorkspaceErrorKind::Corrupt, "team.pmmw"));
    EXPECT_TRUE(
        isError(caught([&] { Workspace::open(path); }), WorkspaceErrorKind::Corrupt, "backup"));
}

TEST_F(DamagedWorkspace, FlippedByteInAMiddlePageIsFoundByTheIntegrityCheck) {
    const auto path = file("team.pmmw");
    createPopulated(path, 400);
    {
        auto healthy = Workspace::open(path);
        EXPECT_EQ(healthy->integrityProblems(), std::vector<std::string>{});
    }
    std::string bytes = readBytes(path);
    // From the database header: page size at offset 16, page count at offset 28 (big-endian).
    const auto byteAt = [&bytes](size_t offset) {
        return static_cast<size_t>(static_cast<unsigned char>(bytes[offset]));
    };
    const size_t pageSize = byteAt(16) << 8 | byteAt(17);
    const size_t pages = byteAt(28) << 24 | byteAt(29) << 16 | byteAt(30) << 8 | byteAt(31);
    ASSERT_GE(pages, 10u) << "the data should span many pages";
    ASSERT_EQ(bytes.size(), pageSize * pages) << "all data checkpointed into the file";

    // Byte 5 of a b-tree page header is the high byte of where its cell content starts:
    // flipping it breaks the page's structure without touching the file header.
    const size_t middle = pages / 2;
    bytes[middle * pageSize + 5] = static_cast<char>(bytes[middle * pageSize + 5] ^ 0x5a);
    writeBytes(path, bytes);

    auto damaged = Workspace::open(path, optionsFor(OpenMode::ReadOnly));
    const auto problems = damaged->integrityProblems();
    EXPECT_FALSE(problems.empty()) << "page " << middle + 1 << " of " << pages << " was damaged";
}

}  // namespace
}  // namespace pmm::test
