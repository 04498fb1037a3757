// A large export streams to its file: the writer hands on whole records only, the file is
// written piece by piece and appears only once complete, and card snapshots are written
// without a JSON tree yet byte for byte as nlohmann_json writes them.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "battlecards/battlecard_json.h"
#include "interchange/atomic_file_writer.h"
#include "interchange/json_writer.h"
#include "interchange/snapshot_text.h"
#include "test_support.h"

namespace pmm::test {
namespace {

using interchange::AtomicFileWriter;
using interchange::JsonWriter;

// An array of `count` records as a section writes it, flushed to `chunks` when asked.
std::string writeRecords(int count, std::vector<std::string>* chunks) {
    std::string text;
    JsonWriter out(text, 1);
    if (chunks != nullptr) {
        out.flushRecords(
            [chunks](std::string& done) {
                chunks->push_back(done);
                done.clear();
            },
            64);
    }
    out.beginArray();
    for (int i = 0; i < count; ++i) {
        out.beginObject();
        out.key("name");
        out.value("record " + std::to_string(i));
        out.key("tags");
        out.beginArray();
        out.value("a");
        out.value("b");
        out.endArray();
        out.endObject();
    }
    out.endArray();
    return text;
}

TEST(StreamingExport, HandsOnWholeRecordsAndTheSameBytes) {
    const std::string whole = writeRecords(40, nullptr);
    std::vector<std::string> chunks;
    const std::string rest = writeRecords(40, &chunks);
    ASSERT_GT(chunks.size(), 10u);
    std::string joined;
    for (const std::string& chunk : chunks) {
        EXPECT_GE(chunk.size(), 64u);
        EXPECT_EQ(chunk.back(), '}') << "a chunk ends inside a record: " << chunk;
        joined += chunk;
    }
    EXPECT_EQ(joined + rest, whole);
}

// Long text is scanned eight bytes at a time: a character to escape at any place in it, or
// one that is not ASCII, is still found.
TEST(StreamingExport, EscapesACharacterAtAnyPlaceOfLongText) {
    const std::string specials[] = {"\"",   "\\",   "\n",          "\x01",
                                    "\x1f", "\x7f", "caf\xc3\xa9", "\xff"};
    for (const std::string& special : specials) {
        for (std::size_t at = 0; at <= 24; ++at) {
            std::string value(24, 'a');
            value.insert(at, special);
            std::string text;
            JsonWriter::appendString(text, value);
            EXPECT_EQ(text, nlohmann::json(value).dump(-1, ' ', false,
                                                       nlohmann::json::error_handler_t::replace))
                << at << " " << special;
        }
    }
}

using AtomicFileWriting = WorkspaceTest;

TEST_F(AtomicFileWriting, AppearsWholeOnlyWhenCommitted) {
    const auto path = file("plan.json");
    writeBytes(path, "old");
    {
        AtomicFileWriter writer(path);
        writer.append("first ");
        writer.append("second");
        EXPECT_EQ(readBytes(path), "old");
        writer.commit();
        EXPECT_EQ(writer.bytesWritten(), 12u);
    }
    EXPECT_EQ(readBytes(path), "first second");
    EXPECT_EQ(listFolder(dir()), std::vector<std::string>{"plan.json"});
}

TEST_F(AtomicFileWriting, AnAbandonedWriteLeavesTheFileAndNoTemporary) {
    const auto path = file("plan.json");
    writeBytes(path, "old");
    {
        AtomicFileWriter writer(path);
        writer.append("half a docu");
    }  // an exception before commit() ends here
    EXPECT_EQ(readBytes(path), "old");
    EXPECT_EQ(listFolder(dir()), std::vector<std::string>{"plan.json"});
}

battlecards::BattlecardContent awkwardContent() {
    battlecards::BattlecardContent content;
    content.overview = {{"Plain overview", false}, {"caf\xc3\xa9 \"quoted\" \\ back", true}};
    content.whyWeWin = {{"line\nbreak\ttab", false}};
    content.whyWeLose = {{"bad \xff byte", true}, {"", false}};
    content.objections = {{"Too pricey?", "Total cost \xe2\x82\xac", "38 % less", true},
                          {"", "", "", false}};
    content.landmines = {{"\x01 control", false}};
    content.proofPoints = {{"Acme cut close time", "38 %", false}};
    content.pricingNotes = {{"Floor \xf0\x9f\x9a\x80", true}};
    content.decisionTree = {{"Big deal", "Security", "they fear audits", false},
                            {"Small", "Price", "cut \xe2\x82", true}};
    return content;
}

TEST(SnapshotText, IsTheBytesNlohmannWrites) {
    const battlecards::BattlecardContent empty;
    EXPECT_EQ(interchange::snapshotText(empty), battlecards::snapshotText(empty));
    const battlecards::BattlecardContent content = awkwardContent();
    EXPECT_EQ(interchange::snapshotText(content), battlecards::snapshotText(content));
    EXPECT_EQ(battlecards::contentFromSnapshot(interchange::snapshotText(empty)), empty);
}

}  // namespace
}  // namespace pmm::test
