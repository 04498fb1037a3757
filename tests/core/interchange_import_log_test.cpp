// An import leaves no write-ahead log as large as itself beside the workspace, and gives the
// connection its settings back.
#include <gtest/gtest.h>

#include <filesystem>

#include "interchange_test_data.h"
#include "storage/database.h"
#include "test_support.h"

namespace pmm::test {
namespace {

using storage::Statement;
using storage::Workspace;

long long pragmaValue(Workspace& workspace, const char* pragma) {
    Statement query(workspace.handle(), pragma);
    query.step();
    return query.int64(0);
}

class ImportLog : public WorkspaceTest {
protected:
    // The export of the small demo with every kind of record.
    std::string sampleExport() const {
        const auto source = file("source.pmmw");
        createSampleWorkspace(source, demo::DemoSize::Small);
        auto workspace = Workspace::open(source);
        return exportText(*workspace);
    }
};

TEST_F(ImportLog, IsCopiedIntoTheWorkspaceAndTruncatedWhileTheWorkspaceStaysOpen) {
    const std::string text = sampleExport();
    const auto target = file("target.pmmw");
    auto workspace = Workspace::create(target);
    const long long cacheBefore = pragmaValue(*workspace, "PRAGMA cache_size");
    const long long checkpointBefore = pragmaValue(*workspace, "PRAGMA wal_autocheckpoint");

    const auto report = importText(*workspace, text);
    ASSERT_TRUE(report.written) << report.problemSummary();

    const fs::path wal(target.string() + "-wal");
    ASSERT_TRUE(fs::exists(wal)) << "the workspace is still open in WAL mode";
    EXPECT_EQ(fs::file_size(wal), 0u) << "the import's pages stay in the -wal";
    EXPECT_GT(fs::file_size(target), 1u << 20) << "the import's pages are in the workspace file";
    EXPECT_EQ(pragmaValue(*workspace, "PRAGMA cache_size"), cacheBefore);
    EXPECT_EQ(pragmaValue(*workspace, "PRAGMA wal_autocheckpoint"), checkpointBefore);
    EXPECT_EQ(exportText(*workspace), text);

    workspace.reset();
    auto reopened = Workspace::open(target);
    EXPECT_EQ(exportText(*reopened), text);
    EXPECT_EQ(reopened->integrityProblems(), std::vector<std::string>{});
}

TEST_F(ImportLog, AFailedImportRestoresTheSettingsAndChangesNothing) {
    const std::string text = sampleExport();
    auto workspace = Workspace::create(file("target.pmmw"));
    const std::string empty = exportText(*workspace);
    const long long checkpointBefore = pragmaValue(*workspace, "PRAGMA wal_autocheckpoint");
    // A trigger makes the last section's first write fail inside the import's transaction.
    storage::execScript(workspace->handle(),
                        "CREATE TEMP TRIGGER refuse BEFORE INSERT ON main.deals "
                        "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END");

    EXPECT_THROW(importText(*workspace, text), storage::WorkspaceError);

    storage::execScript(workspace->handle(), "DROP TRIGGER temp.refuse");
    EXPECT_EQ(pragmaValue(*workspace, "PRAGMA wal_autocheckpoint"), checkpointBefore);
    EXPECT_EQ(exportText(*workspace), empty);
}

}  // namespace
}  // namespace pmm::test
