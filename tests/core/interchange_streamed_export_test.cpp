// An export writes launches, battlecards and deals record by record as they are read, in
// table order, then lists them by uid: the file is byte for byte what exportJson() gives for
// the same data read in one go, whatever the uids look like.
#include <gtest/gtest.h>

#include <sqlite3.h>

#include <string>

#include "interchange/exporter.h"
#include "interchange/record_texts.h"
#include "interchange_test_data.h"
#include "storage/interchange_reader.h"
#include "test_support.h"

namespace pmm::test {
namespace {

using interchange::JsonWriter;
using interchange::RecordTexts;
using storage::Workspace;

using StreamedExport = WorkspaceTest;

std::string streamedExport(Workspace& workspace, const std::filesystem::path& output) {
    interchange::exportWorkspace(workspace, output);
    return readBytes(output);
}

TEST_F(StreamedExport, IsExportJsonOfTheDataReadInOneGo) {
    const auto path = file("team.pmmw");
    createSampleWorkspace(path, demo::DemoSize::Medium);
    auto workspace = Workspace::open(path);
    const std::string expected =
        interchange::exportJson(storage::readWorkspaceData(workspace->handle()));
    EXPECT_GT(expected.size(), 1'000'000u) << "the medium demo is several megabytes";
    EXPECT_EQ(streamedExport(*workspace, file("team.json")), expected);
}

// Uids of any length and bytes, in an order unlike the table's: "!b" before "!ba" before
// "!b\xc3\xa9" (bytes compare unsigned), and a card line stored after all others.
TEST_F(StreamedExport, ListsRecordsByUidWhateverTheUidsAre) {
    const auto path = file("team.pmmw");
    createSampleWorkspace(path, demo::DemoSize::Medium);
    auto workspace = Workspace::open(path);
    sqlite3* db = workspace->handle();
    const char* edits =
        "UPDATE deals SET uid = '!ba' WHERE id = (SELECT min(id) FROM deals);"
        "UPDATE deals SET uid = '!b' WHERE id = (SELECT max(id) FROM deals);"
        "UPDATE deals SET uid = '!b' || char(233) WHERE id = (SELECT min(id) + 1 FROM deals);"
        "UPDATE launches SET uid = 'zz' WHERE id = (SELECT min(id) FROM launches);"
        "UPDATE launches SET uid = '0' WHERE id = (SELECT max(id) FROM launches);"
        "UPDATE battlecards SET uid = '!' WHERE id = (SELECT max(id) FROM battlecards);"
        "INSERT INTO battlecard_points (card_id, section, position, text) VALUES "
        "((SELECT min(id) FROM battlecards), 'overview', 99, 'Stored after every other line');";
    ASSERT_EQ(sqlite3_exec(db, edits, nullptr, nullptr, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
    const std::string expected = interchange::exportJson(storage::readWorkspaceData(db));
    const std::string streamed = streamedExport(*workspace, file("team.json"));
    EXPECT_EQ(streamed, expected);
    const auto document = nlohmann::json::parse(streamed);
    EXPECT_EQ(document["deals"][0]["uid"], "!b");
    EXPECT_EQ(document["deals"][1]["uid"], "!ba");
    EXPECT_EQ(document["deals"][2]["uid"], "!b\u00e9");
    EXPECT_EQ(document["launches"][0]["uid"], "0");
    EXPECT_EQ(document["launches"].back()["uid"], "zz");
    EXPECT_EQ(document["battlecards"][0]["uid"], "!");
}

std::string listed(const RecordTexts& texts) {
    std::string text;
    JsonWriter out(text, 1);
    out.beginArray();
    texts.writeTo(out);
    out.endArray();
    return text;
}

void addText(RecordTexts& texts, const std::string& uid, const std::string& body) {
    texts.add(uid, [&](JsonWriter& out) {
        out.beginObject();
        out.key("uid");
        out.value(uid);
        out.key("body");
        out.value(body);
        out.endObject();
    });
}

// Records larger than a block of text, and many small ones: each stays whole.
TEST(RecordTexts, ListsLargeAndSmallRecordsWholeByUid) {
    RecordTexts texts;
    const std::string large(5u << 20, 'x');
    addText(texts, "c", large);
    addText(texts, "a", large);
    for (int i = 0; i < 3000; ++i) {
        addText(texts, "b" + std::to_string(i), "small");
    }
    texts.sortByUid();
    ASSERT_EQ(texts.size(), 3002u);
    const auto document = nlohmann::json::parse(listed(texts));
    ASSERT_EQ(document.size(), 3002u);
    EXPECT_EQ(document[0]["uid"], "a");
    EXPECT_EQ(document[0]["body"].get<std::string>().size(), large.size());
    EXPECT_EQ(document[1]["uid"], "b0");
    EXPECT_EQ(document[2]["uid"], "b1");
    EXPECT_EQ(document[3]["uid"], "b10");
    EXPECT_EQ(document[3001]["uid"], "c");
    EXPECT_EQ(document[3001]["body"].get<std::string>().size(), large.size());
}

TEST(RecordTexts, ListsNothingAsAnEmptyArray) {
    RecordTexts texts;
    texts.sortByUid();
    EXPECT_EQ(listed(texts), "[]");
}

}  // namespace
}  // namespace pmm::test
