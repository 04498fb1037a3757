#include "interchange/object_reader.h"

#include <algorithm>
#include <cmath>

#include "interchange/json_path.h"
#include "launches/quarter.h"
#include "util/dates.h"
#include "util/uuid.h"

namespace pmm::interchange {

using nlohmann::json;

namespace {

bool blank(const std::string& text) {
    return text.find_first_not_of(" \t\r\n") == std::string::npos;
}

std::string range(int min, int max) {
    return std::to_string(min) + "-" + std::to_string(max);
}

std::string hundredthsText(int hundredths) {
    const int cents = hundredths % 100;
    return std::to_string(hundredths / 100) + "." + (cents < 10 ? "0" : "") + std::to_string(cents);
}

bool digits(std::string_view text, std::size_t from, std::size_t count, int max) {
    int value = 0;
    for (std::size_t i = from; i < from + count; ++i) {
        if (text[i] < '0' || text[i] > '9') {
            return false;
        }
        value = value * 10 + (text[i] - '0');
    }
    return value <= max;
}

}  // namespace

std::string describeValue(const json& value) {
    switch (value.type()) {
        case json::value_t::null:
            return "null";
        case json::value_t::boolean:
            return value.get<bool>() ? "true" : "false";
        case json::value_t::string:
            return "\"" + shownText(value.get_ref<const std::string&>(), 40) + "\"";
        case json::value_t::number_integer:
        case json::value_t::number_unsigned:
        case json::value_t::number_float:
            return value.dump();
        case json::value_t::array:
            return "an array";
        case json::value_t::object:
            return "an object";
        default:
            return "a value of another kind";
    }
}

bool isTimestamp(std::string_view text) {
    return text.size() == 20 && parseIsoDate(text.substr(0, 10)).has_value() && text[10] == 'T' &&
           digits(text, 11, 2, 23) && text[13] == ':' && digits(text, 14, 2, 59) &&
           text[16] == ':' && digits(text, 17, 2, 59) && text[19] == 'Z';
}

ObjectReader::ObjectReader(const json& value, std::string path, ProblemList& problems)
    : m_problems(problems), m_path(std::move(path)), m_pathKnown(true) {
    adopt(value);
}

ObjectReader::ObjectReader(const json& value, std::string_view section, std::size_t index,
                           ProblemList& problems)
    : m_problems(problems), m_section(section), m_index(index) {
    adopt(value);
}

ObjectReader::ObjectReader(const json& value, const ObjectReader& parent, std::string_view key)
    : m_problems(parent.m_problems), m_parent(&parent), m_key(key) {
    adopt(value);
}

ObjectReader::ObjectReader(const json& value, const ObjectReader& parent, std::string_view key,
                           std::size_t index)
    : m_problems(parent.m_problems), m_parent(&parent), m_key(key), m_index(index) {
    adopt(value);
}

void ObjectReader::adopt(const json& value) {
    m_known.reserve(16);
    if (value.is_object()) {
        m_object = &value;
    } else {
        m_problems.add(path(), "expected an object, got " + describeValue(value));
        m_intact = false;
    }
}

const std::string& ObjectReader::path() const {
    if (!m_pathKnown) {
        std::string path = m_parent != nullptr ? m_parent->path() : "/" + std::string(m_section);
        if (m_parent != nullptr) {
            path = childPath(path, m_key);
        }
        if (m_index) {
            path = childPath(path, *m_index);
        }
        m_path = std::move(path);
        m_pathKnown = true;
    }
    return m_path;
}

std::string ObjectReader::fieldPath(std::string_view key) const {
    return childPath(path(), key);
}

void ObjectReader::report(std::string_view key, const std::string& message) {
    m_problems.add(fieldPath(key), message);
    m_intact = false;
}

const json* ObjectReader::field(const char* key) {
    m_known.emplace_back(key);
    if (m_object == nullptr) {
        return nullptr;
    }
    const auto found = m_object->find(key);
    return found == m_object->end() ? nullptr : &*found;
}

const json* ObjectReader::present(const char* key, Need need) {
    const json* value = field(key);
    if (value == nullptr && need == Need::Required && m_object != nullptr) {
        report(key, "required field missing");
    }
    return value;
}

void ObjectReader::wrongType(const char* key, const char* expected, const json& got) {
    report(key, std::string("expected ") + expected + ", got " + describeValue(got));
}

std::string ObjectReader::uid(const char* key) {
    const json* value = present(key, Need::Required);
    if (value == nullptr) {
        return {};
    }
    if (!value->is_string() || !isUuid(value->get_ref<const std::string&>())) {
        wrongType(key, "a lower-case UUID (8-4-4-4-12 hex digits)", *value);
        return {};
    }
    return value->get<std::string>();
}

std::optional<std::string> ObjectReader::reference(const char* key) {
    const json* value = field(key);
    if (value == nullptr || value->is_null()) {
        return std::nullopt;
    }
    if (!value->is_string() || !isUuid(value->get_ref<const std::string&>())) {
        wrongType(key, "the uid of a record (a lower-case UUID) or null", *value);
        return std::nullopt;
    }
    return value->get<std::string>();
}

std::string ObjectReader::text(const char* key, Need need, TextRule rule) {
    const json* value = present(key, need);
    if (value == nullptr) {
        return {};
    }
    if (!value->is_string()) {
        wrongType(key, "a string", *value);
        return {};
    }
    const auto& text = value->get_ref<const std::string&>();
    if (rule == TextRule::NonBlank && blank(text)) {
        report(key, "must not be empty");
    } else if (rule == TextRule::OneLine && text.find_first_of("\r\n") != std::string::npos) {
        report(key, "must be one line");
    }
    return text;
}

std::optional<std::string> ObjectReader::nullableText(const char* key) {
    const json* value = field(key);
    if (value == nullptr || value->is_null()) {
        return std::nullopt;
    }
    if (!value->is_string()) {
        wrongType(key, "a string or null", *value);
        return std::nullopt;
    }
    return value->get<std::string>();
}

std::optional<std::string> ObjectReader::date(const char* key) {
    const json* value = field(key);
    if (value == nullptr || value->is_null()) {
        return std::nullopt;
    }
    if (!value->is_string() || !parseIsoDate(value->get_ref<const std::string&>())) {
        wrongType(key, "a date YYYY-MM-DD or null", *value);
        return std::nullopt;
    }
    return value->get<std::string>();
}

std::string ObjectReader::requiredDate(const char* key) {
    const json* value = present(key, Need::Required);
    if (value == nullptr) {
        return {};
    }
    if (!value->is_string() || !parseIsoDate(value->get_ref<const std::string&>())) {
        wrongType(key, "a date YYYY-MM-DD", *value);
        return {};
    }
    return value->get<std::string>();
}

std::string ObjectReader::boundedText(const char* key, Need need, std::size_t maxCharacters,
                                      TextRule rule) {
    std::string value = text(key, need, rule);
    std::size_t characters = 0;
    for (const char c : value) {
        characters += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    }
    if (characters > maxCharacters) {
        report(key, "longer than " + std::to_string(maxCharacters) + " characters");
    }
    return value;
}

std::string ObjectReader::timestamp(const char* key, Need need) {
    const json* value = present(key, need);
    if (value == nullptr) {
        return {};
    }
    if (!value->is_string() || !isTimestamp(value->get_ref<const std::string&>())) {
        wrongType(key, "a UTC time YYYY-MM-DDTHH:MM:SSZ", *value);
        return {};
    }
    return value->get<std::string>();
}

std::string ObjectReader::quarter(const char* key) {
    const json* value = present(key, Need::Required);
    if (value == nullptr) {
        return {};
    }
    if (!value->is_string() || !launches::parseQuarter(value->get_ref<const std::string&>())) {
        wrongType(key, "a quarter YYYY-Qn such as 2026-Q3", *value);
        return {};
    }
    return value->get<std::string>();
}

std::optional<int> ObjectReader::integer(const char* key, Need need, int min, int max) {
    const json* value = present(key, need);
    if (value == nullptr) {
        return std::nullopt;
    }
    bool inRange = false;
    if (value->is_number_integer() && !value->is_number_unsigned()) {
        const auto number = value->get<std::int64_t>();
        inRange = number >= min && number <= max;
    } else if (value->is_number_unsigned()) {
        const auto number = value->get<std::uint64_t>();
        inRange = min <= 0 ? number <= static_cast<std::uint64_t>(max)
                           : number >= static_cast<std::uint64_t>(min) &&
                                 number <= static_cast<std::uint64_t>(max);
    }
    if (!inRange) {
        const bool whole = value->is_number_integer();
        report(key, std::string(whole ? "expected " : "expected a whole number ") +
                        range(min, max) + ", got " + describeValue(*value));
        return std::nullopt;
    }
    return static_cast<int>(value->get<std::int64_t>());
}

std::optional<int> ObjectReader::nullableInteger(const char* key, int min, int max) {
    const json* value = field(key);
    if (value == nullptr || value->is_null()) {
        return std::nullopt;
    }
    m_known.pop_back();  // integer() registers the key again
    return integer(key, Need::Optional, min, max);
}

std::optional<int> ObjectReader::hundredths(const char* key, Need need, int min, int max) {
    const json* value = present(key, need);
    if (value == nullptr) {
        return std::nullopt;
    }
    const std::string expected = "expected " + hundredthsText(min) + "-" + hundredthsText(max) +
                                 " with at most two decimals, got ";
    if (!value->is_number()) {
        report(key, expected + describeValue(*value));
        return std::nullopt;
    }
    const double scaled = value->get<double>() * 100.0;
    const double rounded = std::round(scaled);
    if (!std::isfinite(scaled) || std::fabs(scaled - rounded) > 1e-6 || rounded < min ||
        rounded > max) {
        report(key, expected + describeValue(*value));
        return std::nullopt;
    }
    return static_cast<int>(rounded);
}

std::optional<std::int64_t> ObjectReader::nullableAmount(const char* key,
                                                         std::int64_t maxHundredths) {
    const json* value = field(key);
    if (value == nullptr || value->is_null()) {
        return std::nullopt;
    }
    std::optional<std::int64_t> amount;
    if (value->is_number_unsigned() || value->is_number_integer()) {
        const bool negative = value->is_number_integer() && !value->is_number_unsigned() &&
                              value->get<std::int64_t>() < 0;
        if (!negative &&
            value->get<std::uint64_t>() <= static_cast<std::uint64_t>(maxHundredths / 100)) {
            amount = static_cast<std::int64_t>(value->get<std::uint64_t>()) * 100;
        }
    } else if (value->is_number_float()) {
        // Large amounts carry rounding of their own: allow a few units in the last place.
        const double scaled = value->get<double>() * 100.0;
        const double rounded = std::round(scaled);
        if (std::isfinite(scaled) &&
            std::fabs(scaled - rounded) <= std::max(1e-6, rounded * 1e-15) && rounded >= 0 &&
            rounded <= static_cast<double>(maxHundredths)) {
            amount = static_cast<std::int64_t>(rounded);
        }
    }
    if (!amount) {
        report(key, "expected an amount from 0 to " + std::to_string(maxHundredths / 100) +
                        " with at most two decimals, got " + describeValue(*value));
    }
    return amount;
}

bool ObjectReader::boolean(const char* key, bool otherwise) {
    const json* value = field(key);
    if (value == nullptr) {
        return otherwise;
    }
    if (!value->is_boolean()) {
        wrongType(key, "true or false", *value);
        return otherwise;
    }
    return value->get<bool>();
}

std::string ObjectReader::word(const char* key, Need need,
                               const std::vector<std::string_view>& words,
                               std::string_view otherwise) {
    const json* value = present(key, need);
    if (value == nullptr) {
        return std::string(otherwise);
    }
    if (value->is_string()) {
        const auto& text = value->get_ref<const std::string&>();
        if (std::find(words.begin(), words.end(), text) != words.end()) {
            return text;
        }
    }
    std::string list;
    for (const std::string_view choice : words) {
        list += (list.empty() ? "" : ", ") + std::string(choice);
    }
    report(key, "expected one of " + list + "; got " + describeValue(*value));
    return std::string(otherwise);
}

const json* ObjectReader::object(const char* key, Need need) {
    const json* value = present(key, need);
    if (value == nullptr || value->is_null()) {
        if (value != nullptr && need == Need::Required) {
            wrongType(key, "an object", *value);
        }
        return nullptr;
    }
    if (!value->is_object()) {
        wrongType(key, "an object", *value);
        return nullptr;
    }
    return value;
}

const json* ObjectReader::array(const char* key, Need need) {
    const json* value = present(key, need);
    if (value == nullptr) {
        return nullptr;
    }
    if (!value->is_array()) {
        wrongType(key, "an array", *value);
        return nullptr;
    }
    return value;
}

void ObjectReader::finish() {
    if (m_object == nullptr) {
        return;
    }
    for (const auto& [key, value] : m_object->items()) {
        if (std::find(m_known.begin(), m_known.end(), key) == m_known.end()) {
            report(key, "unknown field");
        }
    }
}

}  // namespace pmm::interchange
