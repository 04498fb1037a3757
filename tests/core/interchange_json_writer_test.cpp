// The export's writer gives byte for byte what nlohmann_json's dump(2) gives.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "interchange/json_writer.h"

namespace pmm::interchange {
namespace {

using nlohmann::ordered_json;

std::string dumped(const ordered_json& value) {
    return value.dump(2, ' ', false, ordered_json::error_handler_t::replace);
}

TEST(JsonWriter, WritesDecimalsAsNlohmannPrintsTheDouble) {
    for (int hundredths = 0; hundredths <= 1000; ++hundredths) {
        std::string text;
        JsonWriter(text).decimal(hundredths);
        EXPECT_EQ(text, ordered_json(hundredths / 100.0).dump()) << hundredths;
    }
}

TEST(JsonWriter, EscapesStringsAsNlohmannDoes) {
    const std::string strings[] = {"plain",
                                   "",
                                   "quote \" backslash \\ slash /",
                                   "\b\f\n\r\t",
                                   std::string("nul \0 end", 9),
                                   "\x01\x1f\x7f",
                                   "caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x9a\x80",
                                   "bad \xff\xfe byte",
                                   "cut \xe2\x82",
                                   "surrogate \xed\xa0\x80"};
    for (const std::string& value : strings) {
        std::string text;
        JsonWriter(text).value(value);
        EXPECT_EQ(text, dumped(ordered_json(value))) << value;
    }
}

TEST(JsonWriter, LaysOutNestedValuesAsDump2) {
    std::string text;
    JsonWriter out(text);
    out.beginObject();
    out.key("empty array");
    out.beginArray();
    out.endArray();
    out.key("empty object");
    out.beginObject();
    out.endObject();
    out.key("list");
    out.beginArray();
    out.value(1);
    out.null();
    out.value(true);
    out.beginObject();
    out.key("k");
    out.value(std::optional<std::string>("v"));
    out.key("n");
    out.value(std::optional<int>());
    out.endObject();
    out.endArray();
    out.key("score");
    out.decimal(340);
    out.endObject();
    const ordered_json expected = {{"empty array", ordered_json::array()},
                                   {"empty object", ordered_json::object()},
                                   {"list", {1, nullptr, true, {{"k", "v"}, {"n", nullptr}}}},
                                   {"score", 3.4}};
    EXPECT_EQ(text, dumped(expected));
}

TEST(JsonWriter, StartsDeeperInADocumentAnotherWriterBegan) {
    std::string text = "{\n  \"a\": ";
    JsonWriter out(text, 1);
    out.beginArray();
    out.value(1);
    out.endArray();
    text += "\n}";
    EXPECT_EQ(text, dumped(ordered_json{{"a", {1}}}));
}

}  // namespace
}  // namespace pmm::interchange
