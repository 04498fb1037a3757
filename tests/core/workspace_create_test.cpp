// Creating a workspace, and opening one that is not there: what `pmm-workbench init` and
// the first start of the app rely on.

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <functional>
#include <ostream>
#include <string>

#include "storage/catalog.h"
#include "storage/workspace.h"
#include "test_support.h"

namespace pmm::test {
namespace {

using storage::OpenMode;
using storage::OpenOptions;
using storage::Workspace;
using storage::WorkspaceErrorKind;

using WorkspaceCreate = WorkspaceTest;

TEST_F(WorkspaceCreate, NewFileIsPrivateEvenWithAPermissiveUmask) {
    const UmaskGuard umask(022);  // would give 0644 to a file SQLite created itself
    const auto path = file("team.pmmw");
    {
        auto workspace = Workspace::create(path);
        // The write-ahead log holds recent data too: it must be as private as the file.
        workspace->setSetting("team.name", "Growth");
        ASSERT_TRUE(fs::exists(walOf(path)));
        EXPECT_EQ(permissionsOf(walOf(path)), 0600u);
        EXPECT_EQ(permissionsOf(shmOf(path)), 0600u);
    }
    EXPECT_EQ(permissionsOf(path), 0600u);
}

TEST_F(WorkspaceCreate, NewFileIsMarkedAsOursAtTheLatestSchemaInWalMode) {
    const auto path = file("team.pmmw");
    {
        auto workspace = Workspace::create(path);
        EXPECT_EQ(workspace->schemaVersion(), storage::latestSchemaVersion());
        EXPECT_FALSE(workspace->isReadOnly());
        EXPECT_EQ(workspace->path(), path);
        EXPECT_FALSE(workspace->migrationBackup().has_value());
        EXPECT_TRUE(workspace->integrityProblems().empty());
    }
    // As the sqlite3 tool sees the closed file.
    const SqliteFile db(path, true);
    EXPECT_EQ(db.integer("PRAGMA application_id"), storage::kApplicationId);
    EXPECT_EQ(db.integer("PRAGMA user_version"), storage::latestSchemaVersion());
    EXPECT_EQ(db.text("PRAGMA journal_mode"), "wal");
    EXPECT_EQ(readBytes(path).substr(0, 16), std::string("SQLite format 3\0", 16));
}

TEST_F(WorkspaceCreate, NewWorkspaceHasTheDefaultLevelsAndNoOtherData) {
    auto workspace = Workspace::create(file("team.pmmw"));
    catalog::Catalog catalog(*workspace);
    std::vector<std::string> names;
    for (const auto& level : catalog.levels()) {
        names.push_back(std::to_string(level.rank) + " " + level.name);
    }
    EXPECT_EQ(names, (std::vector<std::string>{"1 Junior PMM", "2 PMM", "3 Senior PMM",
                                               "4 Staff PMM", "5 Principal PMM"}));
    EXPECT_TRUE(catalog.people.list().empty());
    EXPECT_TRUE(catalog.products.list().empty());
    EXPECT_TRUE(catalog.segments.list().empty());
    EXPECT_TRUE(catalog.competitors.list().empty());
}

TEST_F(WorkspaceCreate, EditsAreSavedAtOnceAndSurviveReopening) {
    const auto path = file("team.pmmw");
    {
        auto workspace = Workspace::create(path);
        workspace->setSetting("team.name", "Growth");
        workspace->setSetting("team.name", "Growth & Brand");  // overwrite, not duplicate
        catalog::Catalog catalog(*workspace);
        catalog.products.add({0, "", "Atlas", "Data platform"});
    }
    auto workspace = Workspace::open(path);
    EXPECT_EQ(workspace->setting("team.name"), "Growth & Brand");
    EXPECT_EQ(workspace->setting("no.such.key"), std::nullopt);
    catalog::Catalog catalog(*workspace);
    ASSERT_EQ(catalog.products.list().size(), 1u);
    EXPECT_EQ(catalog.products.list().front().name, "Atlas");
}

// Something already at the path: create must refuse and leave it exactly as it was.
struct ExistingThing {
    const char* name;
    std::function<void(const fs::path&)> make;
};

void PrintTo(const ExistingThing& thing, std::ostream* out) {
    *out << thing.name;
}

class CreateRefusesExisting : public WithTempDir<::testing::TestWithParam<ExistingThing>> {};

TEST_P(CreateRefusesExisting, WithAlreadyExistsAndLeavesItUntouched) {
    const auto path = file("team.pmmw");
    GetParam().make(path);
    const bool isFile = fs::is_regular_file(path);
    const std::string before = isFile ? readBytes(path) : std::string();
    const auto folderBefore = listFolder(dir());

    EXPECT_TRUE(isError(caught([&] { Workspace::create(path); }), WorkspaceErrorKind::AlreadyExists,
                        "\"" + path.string() + "\""));

    EXPECT_EQ(listFolder(dir()), folderBefore) << "no file was added or removed";
    if (isFile) {
        EXPECT_EQ(readBytes(path), before);
    }
}

INSTANTIATE_TEST_SUITE_P(
    Things, CreateRefusesExisting,
    ::testing::Values(ExistingThing{"Workspace",
                                    [](const fs::path& p) {
                                        auto workspace = Workspace::create(p);
                                        workspace->setSetting("team.name", "Original");
                                    }},
                      ExistingThing{"TextFile",
                                    [](const fs::path& p) { writeBytes(p, "my notes\n"); }},
                      ExistingThing{"EmptyFile", [](const fs::path& p) { writeBytes(p, ""); }},
                      ExistingThing{"Folder", [](const fs::path& p) { fs::create_directory(p); }},
                      // A dangling link must not be followed to create a file somewhere else.
                      ExistingThing{"DanglingSymlink",
                                    [](const fs::path& p) {
                                        fs::create_symlink(p.parent_path() / "elsewhere.pmmw", p);
                                    }}),
    [](const auto& instance) { return std::string(instance.param.name); });

TEST_F(WorkspaceCreate, ExistingWorkspaceStillOpensWithItsDataAfterARefusedCreate) {
    const auto path = file("team.pmmw");
    Workspace::create(path)->setSetting("team.name", "Original");
    EXPECT_TRUE(caught([&] { Workspace::create(path); }).has_value());
    EXPECT_EQ(Workspace::open(path)->setting("team.name"), "Original");
}

TEST_F(WorkspaceCreate, InAMissingFolderFailsAndCreatesNothing) {
    const auto path = file("missing") / "team.pmmw";
    const auto error = caught([&] { Workspace::create(path); });
    ASSERT_TRUE(error.has_value());
    EXPECT_NE(std::string(error->what()).find("team.pmmw"), std::string::npos) << error->what();
    EXPECT_FALSE(fs::exists(file("missing")));
}

TEST_F(WorkspaceCreate, AFailedSetupLeavesNoHalfMadeFile) {
    const auto path = file("team.pmmw");
    OpenOptions options;
    options.migrationHook = [](int version) {
        if (version == storage::latestSchemaVersion()) {
            throw std::runtime_error("simulated failure");
        }
    };
    EXPECT_TRUE(isError(caught([&] { Workspace::create(path, options); }),
                        WorkspaceErrorKind::MigrationFailed,
                        "version " + std::to_string(storage::latestSchemaVersion())));
    EXPECT_EQ(listFolder(dir()), std::vector<std::string>{}) << "no file, -wal or -shm left";
}

// --- Opening a file that is not there -------------------------------------------------------

class OpenMissing : public WithTempDir<::testing::TestWithParam<OpenMode>> {};

TEST_P(OpenMissing, ThrowsNotFoundAndCreatesNothing) {
    OpenOptions options;
    options.mode = GetParam();
    for (const auto& path : {file("absent.pmmw"), file("no-folder") / "absent.pmmw"}) {
        SCOPED_TRACE(path.string());
        EXPECT_TRUE(isError(caught([&] { Workspace::open(path, options); }),
                            WorkspaceErrorKind::NotFound, path.filename().string()));
    }
    EXPECT_EQ(listFolder(dir()), std::vector<std::string>{});
}

INSTANTIATE_TEST_SUITE_P(Modes, OpenMissing,
                         ::testing::Values(OpenMode::ReadWrite, OpenMode::ReadOnly),
                         [](const auto& instance) {
                             return instance.param == OpenMode::ReadWrite ? "ReadWrite"
                                                                          : "ReadOnly";
                         });

}  // namespace
}  // namespace pmm::test
