// Every export validates against docs/workspace-format.schema.json. The validator here
// covers exactly the JSON Schema keywords that file uses and refuses any other, so the
// schema cannot quietly rely on a keyword nobody checks.
#include <gtest/gtest.h>

#include <cmath>
#include <regex>
#include <unordered_map>

#include "interchange_test_data.h"
#include "test_support.h"

namespace pmm::test {
namespace {

using nlohmann::json;

class SchemaValidator {
public:
    explicit SchemaValidator(json schema) : m_root(std::move(schema)) {}

    std::vector<std::string> validate(const json& value) {
        m_errors.clear();
        check(m_root, value, "");
        return m_errors;
    }

private:
    void fail(const std::string& path, const std::string& what) {
        m_errors.push_back((path.empty() ? "/" : path) + ": " + what);
    }

    static bool hasType(const json& value, const std::string& type) {
        if (type == "integer") {
            return value.is_number_integer() ||
                   (value.is_number_float() &&
                    std::floor(value.get<double>()) == value.get<double>());
        }
        return (type == "object" && value.is_object()) || (type == "array" && value.is_array()) ||
               (type == "string" && value.is_string()) || (type == "number" && value.is_number()) ||
               (type == "boolean" && value.is_boolean()) || (type == "null" && value.is_null());
    }

    const json& resolve(const std::string& ref) {
        const std::string prefix = "#/$defs/";
        if (!ref.starts_with(prefix) || !m_root["$defs"].contains(ref.substr(prefix.size()))) {
            throw std::runtime_error("unresolvable $ref " + ref);
        }
        return m_root["$defs"][ref.substr(prefix.size())];
    }

    const std::regex& regexFor(const std::string& pattern) {
        auto found = m_regexes.find(pattern);
        if (found == m_regexes.end()) {
            found = m_regexes.emplace(pattern, std::regex(pattern, std::regex::ECMAScript)).first;
        }
        return found->second;
    }

    void check(const json& schema, const json& value, const std::string& path) {
        for (const auto& [keyword, argument] : schema.items()) {
            if (keyword == "$ref") {
                check(resolve(argument.get<std::string>()), value, path);
            } else if (keyword == "type") {
                const auto types = argument.is_array() ? argument : json::array({argument});
                bool any = false;
                for (const auto& type : types) {
                    any = any || hasType(value, type.get<std::string>());
                }
                if (!any) {
                    fail(path, "type " + argument.dump());
                }
            } else if (keyword == "const" && value != argument) {
                fail(path, "const " + argument.dump());
            } else if (keyword == "enum" &&
                       std::find(argument.begin(), argument.end(), value) == argument.end()) {
                fail(path, "enum");
            } else if (keyword == "anyOf") {
                const auto saved = m_errors;
                bool any = false;
                for (const auto& option : argument) {
                    m_errors.clear();
                    check(option, value, path);
                    any = any || m_errors.empty();
                }
                m_errors = saved;
                if (!any) {
                    fail(path, "anyOf");
                }
            } else if (keyword == "required" && value.is_object()) {
                for (const auto& name : argument) {
                    if (!value.contains(name.get<std::string>())) {
                        fail(path + "/" + name.get<std::string>(), "required");
                    }
                }
            } else if (keyword == "properties" && value.is_object()) {
                for (const auto& [name, sub] : argument.items()) {
                    if (value.contains(name)) {
                        check(sub, value[name], path + "/" + name);
                    }
                }
            } else if (keyword == "additionalProperties" && value.is_object()) {
                for (const auto& [name, sub] : value.items()) {
                    if (schema.contains("properties") && schema["properties"].contains(name)) {
                        continue;
                    }
                    if (argument.is_boolean() && !argument.get<bool>()) {
                        fail(path + "/" + name, "additionalProperties");
                    } else if (argument.is_object()) {
                        check(argument, sub, path + "/" + name);
                    }
                }
            } else if (keyword == "items" && value.is_array()) {
                for (std::size_t i = 0; i < value.size(); ++i) {
                    check(argument, value[i], path + "/" + std::to_string(i));
                }
            } else if (keyword == "minimum" && value.is_number() &&
                       value.get<double>() < argument.get<double>()) {
                fail(path, "minimum " + argument.dump());
            } else if (keyword == "maximum" && value.is_number() &&
                       value.get<double>() > argument.get<double>()) {
                fail(path, "maximum " + argument.dump());
            } else if (keyword == "multipleOf" && value.is_number()) {
                const double ratio = value.get<double>() / argument.get<double>();
                if (std::fabs(ratio - std::round(ratio)) > 1e-6) {
                    fail(path, "multipleOf " + argument.dump());
                }
            } else if (keyword == "pattern" && value.is_string() &&
                       !std::regex_search(value.get<std::string>(),
                                          regexFor(argument.get<std::string>()))) {
                fail(path, "pattern " + argument.get<std::string>());
            } else if (!kKnown.count(keyword)) {
                throw std::runtime_error(
                    "the schema uses a keyword this validator does not "
                    "check: " +
                    keyword);
            }
        }
    }

    inline static const std::set<std::string> kKnown = {
        "$schema", "$id",     "$defs",   "title",      "description", "$ref",
        "type",    "const",   "enum",    "anyOf",      "required",    "properties",
        "items",   "minimum", "maximum", "multipleOf", "pattern",     "additionalProperties"};

    json m_root;
    std::vector<std::string> m_errors;
    std::unordered_map<std::string, std::regex> m_regexes;
};

json loadSchema() {
    return json::parse(readBytes(fs::path(PMM_TEST_DATA_DIR) / ".." / ".." / "docs" /
                                 "workspace-format.schema.json"));
}

class SchemaTest : public WorkspaceTest {
protected:
    static void SetUpTestSuite() {
        const TempDir temp;
        const auto path = temp.path() / "sample.pmmw";
        createSampleWorkspace(path, demo::DemoSize::Medium);
        auto workspace = storage::Workspace::open(path);
        s_export = new json(exportDocument(*workspace));
    }
    static void TearDownTestSuite() {
        delete s_export;
        s_export = nullptr;
    }
    static json* s_export;
    SchemaValidator m_validator{loadSchema()};
};

json* SchemaTest::s_export = nullptr;

TEST_F(SchemaTest, EveryExportValidates) {
    ASSERT_GT((*s_export)["launches"].size(), 100u);
    EXPECT_EQ(m_validator.validate(*s_export), std::vector<std::string>{});
    auto empty = storage::Workspace::create(file("empty.pmmw"));
    EXPECT_EQ(m_validator.validate(exportDocument(*empty)), std::vector<std::string>{});
}

TEST_F(SchemaTest, TheHandWrittenExamplesValidate) {
    for (const auto& entry : fs::directory_iterator(fs::path(PMM_TEST_DATA_DIR) / "interchange")) {
        if (entry.path().filename().string().starts_with("valid-")) {
            EXPECT_EQ(m_validator.validate(json::parse(readBytes(entry.path()))),
                      std::vector<std::string>{})
                << entry.path();
        }
    }
}

struct Mutation {
    const char* name;
    std::function<void(json&)> apply;
    const char* error;
};

TEST_F(SchemaTest, CatchesWhatAnExportMustNotContain) {
    const Mutation mutations[] = {
        {"score", [](json& d) { d["launches"][0]["criteria"]["revenue"]["score"] = 9; },
         "/launches/0/criteria/revenue/score: anyOf"},
        {"extra", [](json& d) { d["people"][0]["nickname"] = "Mo"; },
         "/people/0/nickname: additionalProperties"},
        {"uid", [](json& d) { d["products"][0].erase("uid"); }, "/products/0/uid: required"},
        {"status", [](json& d) { d["launches"][1]["status"] = "started"; },
         "/launches/1/status: enum"},
        {"weight", [](json& d) { d["tier_rules"][0]["weights"]["demand"] = 0.305; },
         "/tier_rules/0/weights/demand: multipleOf 0.01"},
        {"quarter", [](json& d) { d["launches"][2]["quarter"] = "Q3 2026"; },
         "/launches/2/quarter: pattern ^[0-9]{4}-Q[1-4]$"},
        {"format", [](json& d) { d["format"] = "other"; }, "/format: const \"pmm-workbench\""},
    };
    // A few records of each section are enough, and keep the regular expressions quick.
    json sample = *s_export;
    for (const char* section : {"people", "products", "segments", "competitors", "launches"}) {
        sample[section].erase(sample[section].begin() + 3, sample[section].end());
    }
    ASSERT_EQ(m_validator.validate(sample), std::vector<std::string>{});
    for (const Mutation& mutation : mutations) {
        json document = sample;
        mutation.apply(document);
        EXPECT_EQ(m_validator.validate(document), std::vector<std::string>{mutation.error})
            << mutation.name;
    }
}

TEST(SchemaValidatorItself, RefusesAKeywordItDoesNotCheck) {
    SchemaValidator validator(json::parse(R"({"type": "string", "maxLength": 3})"));
    EXPECT_THROW(validator.validate("abcd"), std::runtime_error);
}

}  // namespace
}  // namespace pmm::test
