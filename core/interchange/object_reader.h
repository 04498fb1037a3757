#pragma once

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "interchange/problem_list.h"

namespace pmm::interchange {

enum class Need { Required, Optional };
enum class TextRule { Any, NonBlank, OneLine };

// Reads the fields of one JSON object of an imported file, reporting every problem with the
// field's JSON path: wrong types, missing required fields, values out of range, unknown
// fields (finish()). A field with a problem reads as its default and marks the object as
// not intact, so rules that need a sound record can skip it instead of piling up
// consequences of the same mistake. Optional fields may be missing; nullable ones may also
// be null.
class ObjectReader {
public:
    // When `value` is not an object, that is reported and every field reads as its default.
    ObjectReader(const nlohmann::json& value, std::string path, ProblemList& problems);
    // The same for record `index` of a section ("/launches/17"), or a field of `parent`
    // ("/launches/17/metric"), or element `index` of an array field of `parent`
    // ("/launches/17/checklist/2"). The path is only spelled out when a problem needs it:
    // 100,000 launches have millions of fields and almost never a problem.
    ObjectReader(const nlohmann::json& value, std::string_view section, std::size_t index,
                 ProblemList& problems);
    ObjectReader(const nlohmann::json& value, const ObjectReader& parent, std::string_view key);
    ObjectReader(const nlohmann::json& value, const ObjectReader& parent, std::string_view key,
                 std::size_t index);

    const std::string& path() const;
    std::string fieldPath(std::string_view key) const;
    bool intact() const { return m_intact; }
    bool isObject() const { return m_object != nullptr; }
    // Reports a problem with `key` found by the caller.
    void report(std::string_view key, const std::string& message);

    std::string uid(const char* key);                       // required lower-case UUID
    std::optional<std::string> reference(const char* key);  // a UUID, or null / missing
    std::string text(const char* key, Need need, TextRule rule = TextRule::Any);
    std::optional<std::string> nullableText(const char* key);
    std::optional<std::string> date(const char* key);   // YYYY-MM-DD, or null / missing
    std::string requiredDate(const char* key);          // YYYY-MM-DD; "" when wrong
    std::string timestamp(const char* key, Need need);  // YYYY-MM-DDTHH:MM:SSZ; "" if missing
    std::string quarter(const char* key);               // required YYYY-Qn
    // A whole number from `min` to `max`; nothing when missing, null or wrong.
    std::optional<int> integer(const char* key, Need need, int min, int max);
    std::optional<int> nullableInteger(const char* key, int min, int max);
    // Text of at most `maxCharacters` characters (UTF-8 code points).
    std::string boundedText(const char* key, Need need, std::size_t maxCharacters,
                            TextRule rule = TextRule::Any);
    // A decimal number with at most two decimals, as hundredths from `min` to `max`.
    std::optional<int> hundredths(const char* key, Need need, int min, int max);
    // An amount of money (0 to `maxHundredths` / 100, at most two decimals) as hundredths;
    // nothing when missing, null or wrong.
    std::optional<std::int64_t> nullableAmount(const char* key, std::int64_t maxHundredths);
    bool boolean(const char* key, bool otherwise);
    // One of `words`; `otherwise` when missing (an optional field) or wrong.
    std::string word(const char* key, Need need, const std::vector<std::string_view>& words,
                     std::string_view otherwise);
    // A nested object or array, or nullptr when missing, null or of the wrong type.
    const nlohmann::json* object(const char* key, Need need);
    const nlohmann::json* array(const char* key, Need need);

    // Reports every field this object has that was never asked for.
    void finish();

private:
    // The field's value, or nullptr when missing; remembers the key as known.
    const nlohmann::json* field(const char* key);
    const nlohmann::json* present(const char* key, Need need);  // missing required: reported
    void wrongType(const char* key, const char* expected, const nlohmann::json& got);

    void adopt(const nlohmann::json& value);

    ProblemList& m_problems;
    const nlohmann::json* m_object = nullptr;
    // The path, or how to spell it: the parent's path (or "/section"), a key, an index.
    mutable std::string m_path;
    mutable bool m_pathKnown = false;
    const ObjectReader* m_parent = nullptr;
    std::string_view m_section;
    std::string_view m_key;
    std::optional<std::size_t> m_index;
    std::vector<std::string_view> m_known;
    bool m_intact = true;
};

// "a string", "9", "\"started\"", "null": how a value is named in a message.
std::string describeValue(const nlohmann::json& value);

// Strict YYYY-MM-DDTHH:MM:SSZ (UTC), the form the workspace stores.
bool isTimestamp(std::string_view text);

}  // namespace pmm::interchange
