// Automatic daily backups (at most one a UTC day, the newest 7 kept) and copies of a
// workspace written atomically, so a failed copy never leaves half a file.

#include <gtest/gtest.h>

#include <functional>
#include <ostream>
#include <string>
#include <vector>

#include "storage/backups.h"
#include "storage/catalog.h"
#include "storage/workspace.h"
#include "test_support.h"

namespace pmm::test {
namespace {

using storage::OpenMode;
using storage::OpenOptions;
using storage::Workspace;
using storage::WorkspaceErrorKind;

int peopleCountIn(const fs::path& backup) {
    OpenOptions options;
    options.mode = OpenMode::ReadOnly;
    auto opened = Workspace::open(backup, options);
    EXPECT_EQ(opened->schemaVersion(), storage::latestSchemaVersion());
    EXPECT_TRUE(opened->integrityProblems().empty());
    return static_cast<int>(catalog::Catalog(*opened).people.list().size());
}

void addPerson(Workspace& workspace, const std::string& name) {
    catalog::Person person;
    person.name = name;
    catalog::Catalog(workspace).people.add(person);
}

std::vector<std::string> fileNames(const std::vector<fs::path>& paths) {
    std::vector<std::string> names;
    for (const auto& path : paths) {
        names.push_back(path.filename().string());
    }
    return names;
}

using DailyBackup = WorkspaceTest;

TEST_F(DailyBackup, FirstOfTheDayIsMadeThenNoMoreThatDay) {
    const auto path = file("team.pmmw");
    auto workspace = Workspace::create(path);
    addPerson(*workspace, "Ada");

    const auto first = storage::rotateDailyBackup(*workspace, utc(2026, 3, 2, 8, 30));
    ASSERT_TRUE(first.has_value());
    EXPECT_EQ(first->parent_path(), storage::backupFolderFor(path));
    EXPECT_EQ(first->filename().string(), "daily-20260302T083000Z.pmmw");
    EXPECT_EQ(permissionsOf(*first), 0600u);
    EXPECT_EQ(peopleCountIn(*first), 1);

    addPerson(*workspace, "Grace");
    EXPECT_EQ(storage::rotateDailyBackup(*workspace, utc(2026, 3, 2, 23, 59, 59)), std::nullopt);
    EXPECT_EQ(storage::dailyBackups(path), std::vector<fs::path>{*first});
    EXPECT_EQ(peopleCountIn(*first), 1) << "the day's backup was not overwritten";
}

// Calendar days are UTC days: two seconds apart across midnight are two days.
struct DayCase {
    const char* name;
    std::chrono::system_clock::time_point first;
    std::chrono::system_clock::time_point second;
    bool secondMakesABackup;
};

void PrintTo(const DayCase& day, std::ostream* out) {
    *out << day.name;
}

class DailyBackupDay : public WithTempDir<::testing::TestWithParam<DayCase>> {};

TEST_P(DailyBackupDay, IsAUtcCalendarDay) {
    auto workspace = Workspace::create(file("team.pmmw"));
    ASSERT_TRUE(storage::rotateDailyBackup(*workspace, GetParam().first).has_value());
    EXPECT_EQ(storage::rotateDailyBackup(*workspace, GetParam().second).has_value(),
              GetParam().secondMakesABackup);
    EXPECT_EQ(storage::dailyBackups(workspace->path()).size(),
              GetParam().secondMakesABackup ? 2u : 1u);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, DailyBackupDay,
    ::testing::Values(
        DayCase{"SameMinute", utc(2026, 3, 2, 9), utc(2026, 3, 2, 9, 0, 30), false},
        DayCase{"MidnightToLastSecond", utc(2026, 3, 2, 0), utc(2026, 3, 2, 23, 59, 59), false},
        DayCase{"AcrossMidnight", utc(2026, 3, 2, 23, 59, 59), utc(2026, 3, 3, 0, 0, 1), true},
        DayCase{"AcrossNewYear", utc(2025, 12, 31, 12), utc(2026, 1, 1, 12), true},
        DayCase{"AWeekLater", utc(2026, 3, 2), utc(2026, 3, 9), true}),
    [](const auto& instance) { return std::string(instance.param.name); });

TEST_F(DailyBackup, TenDaysKeepTheNewestSevenEachWithItsDaysData) {
    const auto path = file("team.pmmw");
    auto workspace = Workspace::create(path);
    std::vector<std::string> expectedNames;
    for (int day = 1; day <= 10; ++day) {
        addPerson(*workspace, "Person " + std::to_string(day));
        const auto made =
            storage::rotateDailyBackup(*workspace, utc(2026, 3, static_cast<unsigned>(day), 7));
        ASSERT_TRUE(made.has_value()) << "day " << day;
        expectedNames.push_back(made->filename().string());
    }
    expectedNames.erase(expectedNames.begin(), expectedNames.end() - storage::kDailyBackupsKept);

    const auto kept = storage::dailyBackups(path);
    EXPECT_EQ(fileNames(kept), expectedNames) << "the newest seven, oldest first";
    ASSERT_EQ(kept.size(), 7u);
    for (size_t i = 0; i < kept.size(); ++i) {
        SCOPED_TRACE(kept[i].filename().string());
        EXPECT_EQ(permissionsOf(kept[i]), 0600u);
        // The backup of day d holds the d people added up to that day.
        EXPECT_EQ(peopleCountIn(kept[i]), static_cast<int>(i) + 4);
    }
}

TEST_F(DailyBackup, RotationLeavesOtherFilesInTheBackupFolderAlone) {
    const auto path = file("team.pmmw");
    createAtVersion(path, 1);
    auto workspace = Workspace::open(path);  // migrates: makes a pre-migration backup
    ASSERT_TRUE(workspace->migrationBackup().has_value());
    const fs::path note = storage::backupFolderFor(path) / "README.txt";
    writeBytes(note, "my own notes\n");
    for (unsigned day = 1; day <= 9; ++day) {
        storage::rotateDailyBackup(*workspace, utc(2026, 4, day));
    }
    EXPECT_EQ(storage::dailyBackups(path).size(), 7u);
    EXPECT_TRUE(fs::exists(*workspace->migrationBackup())) << "pre-migration copies stay";
    EXPECT_TRUE(fs::exists(note));
}

TEST_F(DailyBackup, CustomKeepCount) {
    auto workspace = Workspace::create(file("team.pmmw"));
    for (unsigned day = 1; day <= 5; ++day) {
        storage::rotateDailyBackup(*workspace, utc(2026, 5, day), 2);
    }
    EXPECT_EQ(
        fileNames(storage::dailyBackups(workspace->path())),
        (std::vector<std::string>{"daily-20260504T120000Z.pmmw", "daily-20260505T120000Z.pmmw"}));
}

// --- Copies -------------------------------------------------------------------------------

using DatabaseCopy = WorkspaceTest;

TEST_F(DatabaseCopy, IsOneSelfContainedPrivateFile) {
    const UmaskGuard umask(022);
    auto workspace = Workspace::create(file("team.pmmw"));
    addPerson(*workspace, "Ada");
    const auto copy = file("copy.pmmw");
    workspace->backupTo(copy);

    EXPECT_EQ(permissionsOf(copy), 0600u);
    EXPECT_FALSE(fs::exists(walOf(copy)));
    EXPECT_FALSE(fs::exists(copy.string() + ".partial"));
    // File format bytes 18 and 19 are 1 for a rollback-journal file, 2 for WAL: a copy in
    // rollback mode is the one file to restore and creates no -wal when looked at.
    const std::string bytes = readBytes(copy);
    EXPECT_EQ(bytes[18], 1);
    EXPECT_EQ(bytes[19], 1);
    EXPECT_EQ(peopleCountIn(copy), 1);
}

TEST_F(DatabaseCopy, IncludesEditsNotYetCheckpointed) {
    auto workspace = Workspace::create(file("team.pmmw"));
    addPerson(*workspace, "Ada");
    ASSERT_GT(fs::file_size(walOf(workspace->path())), 0u) << "the edit is still in the -wal";
    workspace->backupTo(file("copy.pmmw"));
    EXPECT_EQ(peopleCountIn(file("copy.pmmw")), 1);
}

TEST_F(DatabaseCopy, CreatesMissingFolders) {
    auto workspace = Workspace::create(file("team.pmmw"));
    const auto copy = file("a") / "b" / "copy.pmmw";
    workspace->backupTo(copy);
    EXPECT_EQ(peopleCountIn(copy), 0);
}

TEST_F(DatabaseCopy, ReplacesAnOlderCopyAtTheSamePath) {
    auto workspace = Workspace::create(file("team.pmmw"));
    const auto copy = file("copy.pmmw");
    workspace->backupTo(copy);
    addPerson(*workspace, "Ada");
    workspace->backupTo(copy);
    EXPECT_EQ(peopleCountIn(copy), 1);
}

struct BadDestination {
    const char* name;
    // Prepares the folder and returns the destination path.
    std::function<fs::path(const fs::path& folder)> prepare;
};

void PrintTo(const BadDestination& destination, std::ostream* out) {
    *out << destination.name;
}

class CopyToBadDestination : public WithTempDir<::testing::TestWithParam<BadDestination>> {};

TEST_P(CopyToBadDestination, ThrowsAndLeavesNoPartialFile) {
    auto workspace = Workspace::create(file("team.pmmw"));
    const auto destination = GetParam().prepare(dir());
    const auto before = listFolder(dir());
    const auto error = caught([&] { workspace->backupTo(destination); });
    EXPECT_TRUE(isError(error, WorkspaceErrorKind::Io, "\"")) << "names the path";
    EXPECT_EQ(listFolder(dir()), before);
    EXPECT_FALSE(fs::exists(destination.string() + ".partial"));
}

INSTANTIATE_TEST_SUITE_P(Destinations, CopyToBadDestination,
                         ::testing::Values(
                             // The parent "folder" is a file: it cannot be created.
                             BadDestination{"ParentIsAFile",
                                            [](const fs::path& folder) {
                                                writeBytes(folder / "notes.txt", "text");
                                                return folder / "notes.txt" / "copy.pmmw";
                                            }},
                             // A folder sits where the copy should go: the final rename fails.
                             BadDestination{"DestinationIsAFolder",
                                            [](const fs::path& folder) {
                                                fs::create_directories(folder / "copy.pmmw" /
                                                                       "inside");
                                                return folder / "copy.pmmw";
                                            }}),
                         [](const auto& instance) { return std::string(instance.param.name); });

}  // namespace
}  // namespace pmm::test
