// Schema migrations on real files: from every older version to the latest, and what a
// failure half-way leaves behind. The version lists come from the built-in migrations, so a
// new migration file is covered by these tests without touching them.

#include <gtest/gtest.h>

#include <algorithm>
#include <ostream>
#include <regex>
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

// Rows a user could have saved at each schema version, written as raw SQL the way the app of
// that version wrote them. When a migration adds a table, add a row for it here. When a
// migration moves data, `insertSince` is the same row as the app writes it from version
// `rewrittenIn` on (a workspace created new at the latest version gets that one).
struct SeedRow {
    int sinceVersion;
    const char* insert;
    const char* query;
    const char* expected;
    int rewrittenIn = 0;
    const char* insertSince = nullptr;
};

const SeedRow kSeedRows[] = {
    {1,
     "INSERT INTO people (id, uid, name, email, level_rank) VALUES "
     "(7, '11111111-1111-4111-8111-111111111111', 'Ada', 'ada@example.com', 3)",
     "SELECT uid, name, email, level_rank, manager_id FROM people WHERE id = 7",
     "11111111-1111-4111-8111-111111111111|Ada|ada@example.com|3|NULL"},
    {1,
     "INSERT INTO people (id, uid, name, manager_id) VALUES "
     "(8, '22222222-2222-4222-8222-222222222222', 'Grace', 7)",
     "SELECT name, manager_id FROM people WHERE id = 8", "Grace|7"},
    {1,
     "INSERT INTO products (id, uid, name, description) VALUES "
     "(3, '33333333-3333-4333-8333-333333333333', 'Atlas', 'Data platform')",
     "SELECT name, description FROM products WHERE id = 3", "Atlas|Data platform"},
    {1,
     "INSERT INTO segments (id, uid, name, owner_id) VALUES "
     "(4, '44444444-4444-4444-8444-444444444444', 'Mid-market', 8)",
     "SELECT name, owner_id FROM segments WHERE id = 4", "Mid-market|8"},
    {1,
     "INSERT INTO competitors (id, uid, name, first_seen) VALUES "
     "(5, '55555555-5555-4555-8555-555555555555', 'Globex', '2025-11-03')",
     "SELECT name, first_seen FROM competitors WHERE id = 5", "Globex|2025-11-03"},
    {2, "INSERT INTO settings (key, value) VALUES ('team.name', 'Growth')",
     "SELECT value FROM settings WHERE key = 'team.name'", "Growth"},
    {3,
     "INSERT INTO launches (id, uid, name, product_id, quarter, owner_id, outcome) VALUES "
     "(9, '77777777-7777-4777-8777-777777777777', 'Atlas 2.0', 3, '2026-Q3', 7, 'Faster')",
     "SELECT name, product_id, quarter, owner_id, outcome FROM launches WHERE id = 9",
     "Atlas 2.0|3|2026-Q3|7|Faster"},
    {4,
     "INSERT INTO competitor_launches (id, uid, competitor_id, launched_on, what, logged_by) "
     "VALUES (10, 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', 5, '2026-02-10', 'Free tier', 'Ada')",
     "SELECT competitor_id, launched_on, what, logged_by FROM competitor_launches WHERE id = 10",
     "5|2026-02-10|Free tier|Ada"},
    {4,
     "INSERT INTO battlecards (id, uid, competitor_id, segment_id, owner_id, last_refreshed, "
     "refresh_interval_days, refresh_required, refresh_launch_id) VALUES (11, "
     "'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb', 5, 4, 7, '2026-01-15', 60, 1, 10)",
     "SELECT competitor_id, segment_id, owner_id, last_refreshed, refresh_interval_days, "
     "refresh_required, refresh_launch_id FROM battlecards WHERE id = 11",
     "5|4|7|2026-01-15|60|1|10"},
    {5,
     "INSERT INTO competencies (id, uid, name, description, position, required_for_promotion) "
     "VALUES (20, 'cccccccc-cccc-4ccc-8ccc-cccccccccccc', 'Pricing', 'Packaging and price', 10, "
     "0)",
     "SELECT name, description, position, required_for_promotion FROM competencies WHERE id = 20",
     "Pricing|Packaging and price|10|0"},
    {5,
     "INSERT INTO competency_expectations (competency_id, level_rank, text) VALUES "
     "(20, 3, 'Sets list prices')",
     "SELECT text FROM competency_expectations WHERE competency_id = 20 AND level_rank = 3",
     "Sets list prices"},
    {5,
     "INSERT INTO skill_assessments (id, uid, person_id, competency_id, assessed_on, "
     "level_rank, self_level_rank, evidence, assessor_id, assessor_name) VALUES (14, "
     "'dddddddd-dddd-4ddd-8ddd-dddddddddddd', 8, 20, '2026-03-01', 2, 3, 'Priced Atlas', 7, "
     "'Ada')",
     "SELECT person_id, competency_id, assessed_on, level_rank, self_level_rank, evidence, "
     "assessor_id, assessor_name FROM skill_assessments WHERE id = 14",
     "8|20|2026-03-01|2|3|Priced Atlas|7|Ada"},
    {5,
     "INSERT INTO skill_evidence_links (assessment_id, position, kind, target_uid, label) "
     "VALUES (14, 1, 'launch', '77777777-7777-4777-8777-777777777777', 'Atlas 2.0')",
     "SELECT kind, target_uid, label FROM skill_evidence_links WHERE assessment_id = 14",
     "launch|77777777-7777-4777-8777-777777777777|Atlas 2.0"},
    {6,
     "INSERT INTO positioning_statements (id, uid, product_id, segment_id, version, "
     "for_customer, we_differ, created_on) VALUES (12, '88888888-8888-4888-8888-888888888888', "
     "3, 4, 1, 'Data teams', 'Live in weeks', '2026-01-05')",
     "SELECT product_id, segment_id, version, for_customer, we_differ FROM "
     "positioning_statements WHERE id = 12",
     "3|4|1|Data teams|Live in weeks"},
    {6,
     "INSERT INTO deals (id, uid, dedupe_key, deal_ref, name, closed_on, segment_id, "
     "competitor_id, outcome, arr_cents, reason) VALUES (13, "
     "'99999999-9999-4999-8999-999999999999', 'id:OPP-1', 'OPP-1', 'Initech renewal', "
     "'2026-10-02', 4, 5, 'lost', 4200000, 'Pricing')",
     "SELECT dedupe_key, closed_on, segment_id, competitor_id, outcome, arr_cents, reason FROM "
     "deals WHERE id = 13",
     "id:OPP-1|2026-10-02|4|5|lost|4200000|Pricing"},
    {6,
     "INSERT INTO positioning_reviews (id, uid, reviewed_on, trigger, product_id, segment_id, "
     "competitor_id, evidence, decision, statement_id, follow_ups) VALUES (15, "
     "'dddddddd-dddd-4ddd-8ddd-dddddddddddd', '2026-11-24', 'failed_deals', 3, 4, 5, "
     "'4 deals lost on pricing', 'refine', 12, 'Refresh battlecard: Globex / Mid-market')",
     "SELECT reviewed_on, trigger, competitor_id, decision, statement_id FROM "
     "positioning_reviews WHERE id = 15",
     "2026-11-24|failed_deals|5|refine|12"},
    {8,
     "INSERT INTO battlecard_refresh_requests (id, uid, card_id, review_id, requested_on, note, "
     "card_revision, was_required, was_launch_id) VALUES (16, "
     "'eeeeeeee-eeee-4eee-8eee-eeeeeeeeeeee', 11, 15, '2026-11-24', 'Pricing changed', 0, 1, "
     "10)",
     "SELECT card_id, review_id, requested_on, note, was_required, was_launch_id FROM "
     "battlecard_refresh_requests WHERE id = 16",
     "11|15|2026-11-24|Pricing changed|1|10"},
    // Overview and pricing notes were text on the card until version 7, then lines: one per
    // line of text that is not blank, in order, after the card's other lines.
    {4,
     "INSERT INTO battlecard_points (card_id, section, position, text, internal_only) VALUES "
     "(11, 'why_we_win', 1, 'Live in weeks', 1)",
     "SELECT section, position, text, internal_only FROM battlecard_points WHERE id = 1",
     "why_we_win|1|Live in weeks|1"},
    {4,
     "UPDATE battlecards SET overview = 'Globex sells to IT.' || char(10) || char(10) || "
     "'They lead with price.' || char(10) || ' ' || char(9), pricing_notes = 'Lists 10 % below "
     "us.' WHERE id = 11",
     "SELECT group_concat(section || ':' || position || ':' || text || ':' || internal_only, "
     "'/') FROM (SELECT * FROM battlecard_points WHERE card_id = 11 AND section IN "
     "('overview', 'pricing_notes') ORDER BY id)",
     "overview:1:Globex sells to IT.:0/overview:2:They lead with price.:0/"
     "pricing_notes:1:Lists 10 % below us.:0",
     7,
     "INSERT INTO battlecard_points (card_id, section, position, text, internal_only) VALUES "
     "(11, 'overview', 1, 'Globex sells to IT.', 0), "
     "(11, 'overview', 2, 'They lead with price.', 0), "
     "(11, 'pricing_notes', 1, 'Lists 10 % below us.', 0)"},
};

// The rows of a workspace used since `version`, into a file at `schemaVersion`.
void addSeedRows(const fs::path& path, int version, int schemaVersion) {
    const SqliteFile db(path);
    for (const auto& seed : kSeedRows) {
        if (seed.sinceVersion <= version) {
            const bool rewritten = seed.insertSince != nullptr && schemaVersion >= seed.rewrittenIn;
            db.exec(rewritten ? seed.insertSince : seed.insert);
        }
    }
}

void addSeedRows(const fs::path& path, int version) {
    addSeedRows(path, version, version);
}

void expectSeedRows(const fs::path& path, int version) {
    const SqliteFile db(path, true);
    for (const auto& seed : kSeedRows) {
        if (seed.sinceVersion <= version) {
            EXPECT_EQ(db.rows(seed.query), std::vector<std::string>{seed.expected}) << seed.query;
        }
    }
}

struct FileState {
    std::int64_t applicationId;
    std::int64_t version;
    std::vector<std::string> schema;
    std::vector<std::string> contents;
};

FileState stateOf(const fs::path& path) {
    const SqliteFile db(path, true);
    return {db.integer("PRAGMA application_id"), db.integer("PRAGMA user_version"),
            schemaOf(db.get()), contentsOf(db.get())};
}

// Migrations may seed rows with a fresh uid and the current time; two files that went
// through the same steps differ only there.
std::vector<std::string> withoutGeneratedValues(std::vector<std::string> rows) {
    static const std::regex uid("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    static const std::regex timestamp("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z");
    for (auto& row : rows) {
        row = std::regex_replace(std::regex_replace(row, uid, "<uid>"), timestamp, "<time>");
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

// The pre-migration backups in a workspace's backup folder.
std::vector<fs::path> migrationBackups(const fs::path& workspace) {
    std::vector<fs::path> found;
    for (const auto& name : listFolder(storage::backupFolderFor(workspace))) {
        if (name.starts_with("pre-migration-")) {
            found.push_back(storage::backupFolderFor(workspace) / name);
        }
    }
    return found;
}

// Opens a backup the way a user restoring it would look at it: read-only, with the app that
// knows exactly its version, so nothing migrates it.
void expectBackupAtVersion(const fs::path& backup, int version, const FileState& expected) {
    SCOPED_TRACE("backup " + backup.string());
    EXPECT_EQ(permissionsOf(backup), 0600u);
    const auto migrations = firstMigrations(version);
    OpenOptions options;
    options.mode = OpenMode::ReadOnly;
    options.migrations = &migrations;
    {
        auto opened = Workspace::open(backup, options);
        EXPECT_EQ(opened->schemaVersion(), version);
        EXPECT_TRUE(opened->integrityProblems().empty());
    }
    const FileState state = stateOf(backup);
    EXPECT_EQ(state.applicationId, expected.applicationId);
    EXPECT_EQ(state.version, version);
    EXPECT_EQ(state.schema, expected.schema);
    EXPECT_EQ(state.contents, expected.contents);
}

std::string versionName(const ::testing::TestParamInfo<int>& info) {
    return "v" + std::to_string(info.param);
}

TEST(MigrationFiles, AreNumberedFromOneWithoutGapsAndDocumented) {
    const auto& all = storage::builtInMigrations();
    ASSERT_FALSE(all.empty());
    const std::regex fileName("[0-9]{4}_[a-z0-9_]+\\.sql");
    for (size_t i = 0; i < all.size(); ++i) {
        SCOPED_TRACE(all[i].name);
        EXPECT_EQ(all[i].version, static_cast<int>(i) + 1);
        EXPECT_TRUE(std::regex_match(all[i].name, fileName));
        // The schema is documented by the migration files' comments.
        EXPECT_TRUE(all[i].sql.starts_with("-- ")) << "starts with a comment saying why";
    }
    EXPECT_EQ(storage::latestSchemaVersion(), all.back().version);
}

// --- From every older version -------------------------------------------------------------

class MigrateFrom : public WithTempDir<::testing::TestWithParam<int>> {};

TEST_P(MigrateFrom, ReachesTheLatestSchemaKeepingDataAndABackup) {
    const int from = GetParam();
    const int latest = storage::latestSchemaVersion();
    const auto path = file("old.pmmw");
    createAtVersion(path, from);
    addSeedRows(path, from);
    const FileState before = stateOf(path);
    ASSERT_EQ(before.version, from);

    fs::path backup;
    {
        auto workspace = Workspace::open(path);
        EXPECT_EQ(workspace->schemaVersion(), latest);
        EXPECT_TRUE(workspace->integrityProblems().empty());
        ASSERT_TRUE(workspace->migrationBackup().has_value());
        backup = *workspace->migrationBackup();
        if (from >= 1) {
            // The app's own stores see the old rows.
            catalog::Catalog catalog(*workspace);
            const auto ada = catalog.people.find(7);
            ASSERT_TRUE(ada.has_value());
            EXPECT_EQ(ada->name, "Ada");
            EXPECT_EQ(ada->levelRank, 3);
        }
    }
    expectSeedRows(path, from);

    // Same schema and contents as a workspace created new at the latest version that got the
    // same rows: nothing of the old version lingers, nothing is missing.
    const auto fresh = file("fresh.pmmw");
    Workspace::create(fresh);
    addSeedRows(fresh, from, latest);
    const FileState migrated = stateOf(path);
    const FileState expected = stateOf(fresh);
    EXPECT_EQ(migrated.applicationId, storage::kApplicationId);
    EXPECT_EQ(migrated.version, latest);
    EXPECT_EQ(migrated.schema, expected.schema);
    EXPECT_EQ(withoutGeneratedValues(migrated.contents), withoutGeneratedValues(expected.contents));
    EXPECT_EQ(SqliteFile(path, true).text("PRAGMA journal_mode"), "wal");

    // The copy made before migrating, in the workspace's backup folder, at the old version.
    EXPECT_EQ(backup.parent_path(), storage::backupFolderFor(path));
    EXPECT_EQ(migrationBackups(path), std::vector<fs::path>{backup});
    EXPECT_TRUE(backup.filename().string().starts_with("pre-migration-v" + std::to_string(from)))
        << backup;
    expectBackupAtVersion(backup, from, before);
}

TEST_P(MigrateFrom, OpeningAgainNeedsNoMigrationAndMakesNoNewBackup) {
    const auto path = file("old.pmmw");
    createAtVersion(path, GetParam());
    Workspace::open(path);
    const auto backups = listFolder(storage::backupFolderFor(path));
    auto again = Workspace::open(path);
    EXPECT_FALSE(again->migrationBackup().has_value());
    EXPECT_EQ(listFolder(storage::backupFolderFor(path)), backups);
}

TEST_P(MigrateFrom, ReadOnlyRefusesAnOlderVersionAndChangesNothing) {
    const auto path = file("old.pmmw");
    createAtVersion(path, GetParam());
    addSeedRows(path, GetParam());
    const FileSnapshot before = snapshotOf(path);
    OpenOptions options;
    options.mode = OpenMode::ReadOnly;
    EXPECT_TRUE(isError(caught([&] { Workspace::open(path, options); }),
                        WorkspaceErrorKind::ReadOnly, "version " + std::to_string(GetParam())));
    EXPECT_EQ(readBytes(path), before.bytes);
    EXPECT_FALSE(fs::exists(storage::backupFolderFor(path))) << "no backup for a look";
}

INSTANTIATE_TEST_SUITE_P(EveryOlderVersion, MigrateFrom,
                         ::testing::Range(0, storage::latestSchemaVersion()), versionName);

// --- A migration that fails half-way ------------------------------------------------------

using MigrationFailure = WorkspaceTest;

TEST_F(MigrationFailure, BadStepIsRolledBackAndReported) {
    const int latest = storage::latestSchemaVersion();
    const auto path = file("team.pmmw");
    createAtVersion(path, latest);
    addSeedRows(path, latest);
    const FileState before = stateOf(path);

    // A step that changes something, then fails: the change must not survive.
    auto migrations = storage::builtInMigrations();
    migrations.push_back({latest + 1, "9999_broken.sql",
                          "-- broken on purpose\n"
                          "CREATE TABLE half_done (x INTEGER);\n"
                          "UPDATE people SET name = 'changed';\n"
                          "INSERT INTO no_such_table VALUES (1);\n"});
    OpenOptions options;
    options.migrations = &migrations;
    const auto error = caught([&] { Workspace::open(path, options); });
    EXPECT_TRUE(isError(error, WorkspaceErrorKind::MigrationFailed,
                        "version " + std::to_string(latest + 1)));
    EXPECT_TRUE(isError(error, WorkspaceErrorKind::MigrationFailed, "9999_broken.sql"));

    const FileState after = stateOf(path);
    EXPECT_EQ(after.version, latest);
    EXPECT_EQ(after.schema, before.schema) << "half_done must not exist";
    EXPECT_EQ(after.contents, before.contents);

    const auto backups = migrationBackups(path);
    ASSERT_EQ(backups.size(), 1u);
    expectBackupAtVersion(backups.front(), latest, before);

    // The app of today still opens the file as if nothing happened.
    auto workspace = Workspace::open(path);
    EXPECT_EQ(workspace->schemaVersion(), latest);
    EXPECT_TRUE(workspace->integrityProblems().empty());
}

// The hook throws inside step N's transaction, after its SQL ran, just before COMMIT.
class MigrationFailsAt : public WithTempDir<::testing::TestWithParam<int>> {};

TEST_P(MigrationFailsAt, LeavesTheFileAtThePreviousVersionWithDataAndBackupIntact) {
    const int failing = GetParam();
    const int latest = storage::latestSchemaVersion();
    // Start from version 1 (data possible) when there are steps between it and the failure.
    const int from = failing >= 2 ? 1 : 0;
    const auto path = file("team.pmmw");
    createAtVersion(path, from);
    addSeedRows(path, from);
    const FileState before = stateOf(path);

    OpenOptions options;
    options.migrationHook = [failing](int version) {
        if (version == failing) {
            throw std::runtime_error("simulated failure");
        }
    };
    const auto error = caught([&] { Workspace::open(path, options); });
    EXPECT_TRUE(
        isError(error, WorkspaceErrorKind::MigrationFailed, "version " + std::to_string(failing)));
    EXPECT_TRUE(isError(error, WorkspaceErrorKind::MigrationFailed,
                        "left at version " + std::to_string(failing - 1)));

    // Steps before the failing one stay applied; the failing one left no trace.
    const auto reference = file("reference.pmmw");
    createAtVersion(reference, failing - 1);
    const FileState after = stateOf(path);
    EXPECT_EQ(after.version, failing - 1);
    EXPECT_EQ(after.applicationId, storage::kApplicationId);
    EXPECT_EQ(after.schema, stateOf(reference).schema);
    expectSeedRows(path, from);

    const auto backups = migrationBackups(path);
    ASSERT_EQ(backups.size(), 1u);
    expectBackupAtVersion(backups.front(), from, before);

    // Once the cause is gone, opening again finishes the upgrade.
    auto workspace = Workspace::open(path);
    EXPECT_EQ(workspace->schemaVersion(), latest);
    workspace.reset();
    expectSeedRows(path, from);
}

INSTANTIATE_TEST_SUITE_P(EveryVersion, MigrationFailsAt,
                         ::testing::Range(1, storage::latestSchemaVersion() + 1), versionName);

}  // namespace
}  // namespace pmm::test
