// Reading JSON from outside within limits: depth, duplicate keys, numbers out of range,
// bytes that are not UTF-8 and syntax errors are problems with a JSON path, never a crash.
#include <gtest/gtest.h>

#include <string>

#include "interchange/json_path.h"
#include "interchange/limited_json_parser.h"
#include "interchange/object_reader.h"
#include "interchange/problem_list.h"

namespace pmm::interchange {
namespace {

std::vector<std::string> problemsOf(const std::string& text, bool* parsed = nullptr) {
    ProblemList problems;
    const auto document = LimitedJsonParser().parse(text, problems);
    if (parsed != nullptr) {
        *parsed = document.has_value();
    }
    return problems.lines();
}

std::string nested(int depth, const std::string& inner = "1") {
    return std::string(static_cast<std::size_t>(depth), '[') + inner +
           std::string(static_cast<std::size_t>(depth), ']');
}

TEST(LimitedJsonParser, ReadsAnOrdinaryDocumentWhole) {
    bool parsed = false;
    EXPECT_EQ(problemsOf(R"({"a": [1, {"b": "c"}], "d": null})", &parsed),
              std::vector<std::string>{});
    EXPECT_TRUE(parsed);
    ProblemList problems;
    const auto document = LimitedJsonParser().parse(R"({"a": [1, {"b": "c"}]})", problems);
    ASSERT_TRUE(document);
    EXPECT_EQ((*document)["a"][1]["b"], "c");
    EXPECT_EQ(LimitedJsonParser().parse("[1, 2]", problems)->size(), 2u);
    EXPECT_EQ(*LimitedJsonParser().parse("\"text\"", problems), "text");
}

TEST(LimitedJsonParser, StopsAtTheDepthLimitWithThePath) {
    bool parsed = true;
    const auto lines = problemsOf(nested(33), &parsed);
    EXPECT_FALSE(parsed);
    ASSERT_EQ(lines.size(), 1u);
    EXPECT_EQ(lines[0], std::string(32 * 2, ' ').replace(0, 64, [] {
        std::string path;
        for (int i = 0; i < 32; ++i) {
            path += "/0";
        }
        return path;
    }()) + ": nested deeper than 32 levels; a workspace file is never that deep");
    EXPECT_EQ(problemsOf(nested(32)), std::vector<std::string>{});
}

TEST(LimitedJsonParser, SurvivesAMillionOpenBrackets) {
    const auto lines = problemsOf(std::string(1'000'000, '['));
    ASSERT_EQ(lines.size(), 1u);
    EXPECT_NE(lines[0].find("nested deeper than 32"), std::string::npos);
    const auto objects = problemsOf(std::string(200'000, '{').insert(0, ""));
    ASSERT_FALSE(objects.empty());
}

TEST(LimitedJsonParser, ReportsEveryDuplicateKeyWhereItIs) {
    const auto lines = problemsOf(
        R"({"format": 1, "people": [{"uid": "a"}, {"uid": "a", "name": "x", "uid": "b"}],
            "settings": {"k": "1", "k": "2"}, "format": 2})");
    EXPECT_EQ(lines, (std::vector<std::string>{
                         "/people/1/uid: duplicate key: this object states it more than once",
                         "/settings/k: duplicate key: this object states it more than once",
                         "/format: duplicate key: this object states it more than once"}));
}

TEST(LimitedJsonParser, StreamsTheElementsOfTheArraysTheSinkAsksFor) {
    struct Recorder : LimitedJsonParser::Sink {
        bool streams(std::string_view key) const override { return key == "launches"; }
        void element(std::string_view key, std::size_t index, nlohmann::json&& value) override {
            seen.push_back(std::string(key) + "[" + std::to_string(index) + "]=" + value.dump());
        }
        void member(std::string_view key, nlohmann::json&& value) override {
            seen.push_back(std::string(key) + "=" + value.dump());
        }
        void root(nlohmann::json&& value) override { seen.push_back("root=" + value.dump()); }
        std::vector<std::string> seen;
    } recorder;
    ProblemList problems;
    ASSERT_TRUE(LimitedJsonParser().parse(
        R"({"format": "x", "launches": [{"a": [1]}, 2], "people": [3]})", recorder, problems));
    EXPECT_EQ(recorder.seen, (std::vector<std::string>{"format=\"x\"", "launches[0]={\"a\":[1]}",
                                                       "launches[1]=2", "people=[3]"}));
}

struct BadText {
    const char* name;
    std::string text;
    std::string expected;  // the whole first line
};

void PrintTo(const BadText& bad, std::ostream* out) {
    *out << bad.name;
}

class UnreadableText : public ::testing::TestWithParam<BadText> {};

TEST_P(UnreadableText, IsOneProblemNamingWhere) {
    bool parsed = true;
    const auto lines = problemsOf(GetParam().text, &parsed);
    EXPECT_FALSE(parsed);
    ASSERT_EQ(lines.size(), 1u);
    EXPECT_EQ(lines[0], GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(
    BadJson, UnreadableText,
    ::testing::Values(
        BadText{"HugeNumber", R"({"launches": [{"criteria": {"revenue": {"score": 1e500}}}]})",
                "/launches/0/criteria/revenue/score: number out of range (number overflow "
                "parsing '1e500')"},
        BadText{"InvalidUtf8", "{\"people\": [{\"name\": \"Ada \xff\xfe\"}]}",
                "/people/0/name: not valid JSON: line 1, column 27: syntax error while parsing "
                "value - invalid string: ill-formed UTF-8 byte; last read: '\"Ada \\xff'"},
        BadText{"Truncated", "{\"people\": [{\"name\": \"Ada\"}",
                "/people/1: not valid JSON: line 1, column 28: syntax error while parsing array - "
                "unexpected end of input; expected ']'"},
        BadText{"Empty", "",
                "not valid JSON: line 1, column 1: syntax error while parsing value - unexpected "
                "end of input; expected '[', '{', or a literal"},
        BadText{"Garbage", "\x01\x02PK\x03\x04",
                "not valid JSON: line 1, column 1: syntax error while parsing value - invalid "
                "literal; last read: '<U+0001>'"},
        BadText{"SecondLine", "{\n  \"a\": tru\n}",
                "/a: not valid JSON: line 3, column 0: syntax error while parsing value - invalid "
                "literal; last read: '\"a\": tru<U+000A>'"}),
    [](const auto& test) { return std::string(test.param.name); });

TEST(ObjectReader, NamesTheFieldAndWhatWasExpected) {
    ProblemList problems;
    const auto value = nlohmann::json::parse(
        R"({"score": 9, "big": 18446744073709551615, "neg": -9223372036854775809, "half": 4.5,
            "whole": 4.0, "text": 3, "when": "2026-02-30", "uid": "ABC", "extra": true,
            "at": "2026-01-01 10:00:00", "ok": 3, "money": 0.405, "word": "started"})");
    ObjectReader reader(value, "/launches/17", problems);
    EXPECT_EQ(reader.integer("score", Need::Required, 1, 5), std::nullopt);
    EXPECT_EQ(reader.integer("big", Need::Required, 1, 5), std::nullopt);
    EXPECT_EQ(reader.integer("neg", Need::Required, 1, 5), std::nullopt);
    EXPECT_EQ(reader.integer("half", Need::Required, 1, 5), std::nullopt);
    EXPECT_EQ(reader.integer("whole", Need::Required, 1, 5), std::nullopt);
    EXPECT_EQ(reader.text("text", Need::Required), "");
    EXPECT_EQ(reader.date("when"), std::nullopt);
    EXPECT_EQ(reader.uid("uid"), "");
    EXPECT_EQ(reader.timestamp("at", Need::Optional), "");
    EXPECT_EQ(reader.integer("ok", Need::Required, 1, 5), 3);
    EXPECT_EQ(reader.hundredths("money", Need::Required, 0, 100), std::nullopt);
    EXPECT_EQ(reader.word("word", Need::Required, {"idea", "planned"}, "idea"), "idea");
    EXPECT_EQ(reader.text("missing", Need::Required), "");
    EXPECT_EQ(reader.text("absent", Need::Optional), "");
    reader.finish();
    EXPECT_FALSE(reader.intact());
    EXPECT_EQ(
        problems.lines(),
        (std::vector<std::string>{
            "/launches/17/score: expected 1-5, got 9",
            "/launches/17/big: expected 1-5, got 18446744073709551615",
            "/launches/17/neg: expected a whole number 1-5, got -9.223372036854776e+18",
            "/launches/17/half: expected a whole number 1-5, got 4.5",
            "/launches/17/whole: expected a whole number 1-5, got 4.0",
            "/launches/17/text: expected a string, got 3",
            "/launches/17/when: expected a date YYYY-MM-DD or null, got \"2026-02-30\"",
            "/launches/17/uid: expected a lower-case UUID (8-4-4-4-12 hex digits), got "
            "\"ABC\"",
            "/launches/17/at: expected a UTC time YYYY-MM-DDTHH:MM:SSZ, got \"2026-01-01 "
            "10:00:00\"",
            "/launches/17/money: expected 0.00-1.00 with at most two decimals, got 0.405",
            "/launches/17/word: expected one of idea, planned; got \"started\"",
            "/launches/17/missing: required field missing", "/launches/17/extra: unknown field"}));
}

TEST(ObjectReader, AcceptsDecimalsWithTwoPlacesExactly) {
    ProblemList problems;
    const auto value = nlohmann::json::parse(R"({"a": 0.3, "b": 0.29, "c": 4, "d": 0.07})");
    ObjectReader reader(value, "", problems);
    EXPECT_EQ(reader.hundredths("a", Need::Required, 0, 500), 30);
    EXPECT_EQ(reader.hundredths("b", Need::Required, 0, 500), 29);
    EXPECT_EQ(reader.hundredths("c", Need::Required, 0, 500), 400);
    EXPECT_EQ(reader.hundredths("d", Need::Required, 0, 500), 7);
    EXPECT_TRUE(problems.empty());
}

TEST(ObjectReader, ANonObjectIsOneProblemAndEveryFieldReadsEmpty) {
    ProblemList problems;
    const nlohmann::json value = nlohmann::json::array();
    ObjectReader reader(value, "/people/2", problems);
    EXPECT_EQ(reader.uid("uid"), "");
    EXPECT_EQ(reader.text("name", Need::Required), "");
    reader.finish();
    EXPECT_EQ(problems.lines(),
              std::vector<std::string>{"/people/2: expected an object, got an array"});
}

TEST(ProblemList, KeepsTheFirstFiftyAndCountsTheRest) {
    ProblemList problems;
    for (int i = 0; i < 120; ++i) {
        problems.add("/people/" + std::to_string(i) + "/level", "expected 1-20, got 99");
    }
    const auto lines = problems.lines();
    ASSERT_EQ(lines.size(), 51u);
    EXPECT_EQ(lines.front(), "/people/0/level: expected 1-20, got 99");
    EXPECT_EQ(lines[49], "/people/49/level: expected 1-20, got 99");
    EXPECT_EQ(lines.back(), "and 70 more");
    EXPECT_EQ(problems.total(), 120u);
    ProblemList merged;
    merged.add("", "first");
    merged.append(problems);
    EXPECT_EQ(merged.total(), 121u);
    EXPECT_EQ(merged.lines().back(), "and 71 more");
}

TEST(ProblemList, KeepsEveryProblemOnOnePrintableLine) {
    // Found by the fuzzer: a key with an escaped carriage return reached the message raw.
    ProblemList problems;
    const auto document =
        LimitedJsonParser().parse(R"({"ok": 1, "bad\rkey": [1, 2, {"x": 1, "x": 2}]})", problems);
    ASSERT_TRUE(document);
    EXPECT_EQ(problems.lines(),
              std::vector<std::string>{
                  "/bad\\x0dkey/2/x: duplicate key: this object states it more than once"});
    problems.add(std::string(1000, 'k'), "m");
    EXPECT_EQ(problems.kept().back().path, std::string(300, 'k') + "\u2026");
}

TEST(JsonPath, EscapesSlashAndTilde) {
    EXPECT_EQ(childPath("/settings", "a/b~c"), "/settings/a~1b~0c");
    EXPECT_EQ(childPath("/launches", std::size_t{17}), "/launches/17");
    EXPECT_EQ(childPath("", "format"), "/format");
}

TEST(ShownText, IsOnePrintableLine) {
    EXPECT_EQ(shownText("a\nb\x01\xff\xc3\xa9"), "a\\x0ab\\x01\\xff\xc3\xa9");
    EXPECT_EQ(shownText(std::string(100, 'x'), 5), "xxxxx\u2026");
    EXPECT_EQ(shownText("\xed\xa0\x80"), "\\xed\\xa0\\x80");  // a UTF-16 surrogate
}

}  // namespace
}  // namespace pmm::interchange
