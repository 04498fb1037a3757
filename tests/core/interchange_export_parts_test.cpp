// An export reads the workspace in parts and writes each part while the next is read: every
// section comes in exactly one part and is the same as when read in one go, and a read that
// fails midway stops the writing too and leaves the previous file as it was.
#include <gtest/gtest.h>

#include <sqlite3.h>

#include <algorithm>
#include <map>

#include "interchange/entity_section.h"
#include "interchange/exporter.h"
#include "interchange_test_data.h"
#include "storage/interchange_reader.h"
#include "test_support.h"

namespace pmm::test {
namespace {

using interchange::EntitySection;
using interchange::entitySections;
using interchange::WorkspaceData;
using storage::Workspace;
using storage::WorkspaceErrorKind;

using ExportInParts = WorkspaceTest;

TEST_F(ExportInParts, EverySectionComesInOnePartAsReadInOneGo) {
    const auto path = file("team.pmmw");
    createSampleWorkspace(path, demo::DemoSize::Small);
    auto workspace = Workspace::open(path);
    const WorkspaceData whole = storage::readWorkspaceData(workspace->handle());
    std::map<std::string_view, int> parts;
    storage::readWorkspaceParts(workspace->handle(), [&](WorkspaceData&& part, auto sections) {
        for (const EntitySection* section : entitySections()) {
            const bool named =
                std::find(sections.begin(), sections.end(), section->key()) != sections.end();
            if (named) {
                ++parts[section->key()];
                EXPECT_EQ(section->toJson(part), section->toJson(whole)) << section->key();
            } else {
                EXPECT_EQ(section->count(part), 0u) << section->key() << " in another part";
            }
        }
    });
    for (const EntitySection* section : entitySections()) {
        EXPECT_EQ(parts[section->key()], 1) << section->key();
        EXPECT_GT(section->count(whole), 0u) << section->key() << ": the sample lacks it";
    }
}

std::vector<std::string> column(sqlite3* db, const char* sql, std::int64_t card) {
    sqlite3_stmt* statement = nullptr;
    sqlite3_prepare_v2(db, sql, -1, &statement, nullptr);
    sqlite3_bind_int64(statement, 1, card);
    std::vector<std::string> values;
    while (sqlite3_step(statement) == SQLITE_ROW) {
        values.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)));
    }
    sqlite3_finalize(statement);
    return values;
}

std::vector<std::string> exported(const nlohmann::json& card, const char* list, const char* field) {
    std::vector<std::string> values;
    for (const auto& line : card[list]) {
        values.push_back(line[field].get<std::string>());
    }
    return values;
}

// Card lines are read in table order (a scan): a card whose lines are stored in another order
// than their positions still lists them in its order.
TEST_F(ExportInParts, CardLinesStoredOutOfOrderAreListedInTheirOrder) {
    const auto path = file("team.pmmw");
    createSampleWorkspace(path, demo::DemoSize::Small);
    auto workspace = Workspace::open(path);
    sqlite3* db = workspace->handle();
    const std::int64_t card = 1;
    // Reverses the lines of card 1 (each point section, and the objections): a line that was
    // first in the table is now last on the card.
    const char* reverse =
        "UPDATE battlecard_points SET position = position + 1000 WHERE card_id = 1;"
        "UPDATE battlecard_points SET position = 1001 - position + (SELECT count(*) FROM "
        "battlecard_points o WHERE o.card_id = 1 AND o.section = battlecard_points.section) "
        "WHERE card_id = 1;"
        "UPDATE battlecard_objections SET position = position + 1000 WHERE card_id = 1;"
        "UPDATE battlecard_objections SET position = 1001 - position + (SELECT count(*) FROM "
        "battlecard_objections WHERE card_id = 1) WHERE card_id = 1;";
    ASSERT_EQ(sqlite3_exec(db, reverse, nullptr, nullptr, nullptr), SQLITE_OK)
        << sqlite3_errmsg(db);
    const auto document = exportDocument(*workspace);
    const auto uid = column(db, "SELECT uid FROM battlecards WHERE id = ?1", card);
    const auto found =
        std::find_if(document["battlecards"].begin(), document["battlecards"].end(),
                     [&](const nlohmann::json& each) { return each["uid"] == uid.at(0); });
    ASSERT_NE(found, document["battlecards"].end());
    const auto wins = column(db,
                             "SELECT text FROM battlecard_points WHERE card_id = ?1 AND "
                             "section = 'why_we_win' ORDER BY position",
                             card);
    ASSERT_GE(wins.size(), 2u);
    EXPECT_EQ(exported(*found, "why_we_win", "text"), wins);
    const auto objections = column(
        db, "SELECT objection FROM battlecard_objections WHERE card_id = ?1 ORDER BY position",
        card);
    ASSERT_GE(objections.size(), 2u);
    EXPECT_EQ(exported(*found, "objections", "objection"), objections);
}

// A card whose history cannot be read fails the read after launches were written.
TEST_F(ExportInParts, AReadThatFailsLeavesThePreviousFileAndNoTemporary) {
    const auto path = file("team.pmmw");
    createSampleWorkspace(path, demo::DemoSize::Small);
    auto workspace = Workspace::open(path);
    ASSERT_EQ(sqlite3_exec(workspace->handle(),
                           "UPDATE battlecard_revisions SET snapshot = '[\"not a card\"]' "
                           "WHERE id = (SELECT min(id) FROM battlecard_revisions)",
                           nullptr, nullptr, nullptr),
              SQLITE_OK);
    const auto output = file("team.json");
    writeBytes(output, "previous export");
    const auto error = caught([&] { interchange::exportWorkspace(*workspace, output); });
    ASSERT_TRUE(error);
    EXPECT_EQ(error->kind(), WorkspaceErrorKind::Corrupt) << error->what();
    EXPECT_EQ(readBytes(output), "previous export");
    for (const std::string& name : listFolder(dir())) {
        EXPECT_TRUE(name.starts_with("team.pmmw") || name == "team.json") << "left: " << name;
    }
    EXPECT_TRUE(sqlite3_get_autocommit(workspace->handle())) << "the read transaction ended";
}

}  // namespace
}  // namespace pmm::test
