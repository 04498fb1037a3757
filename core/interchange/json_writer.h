#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pmm::interchange {

// Writes JSON text straight into a string, formatted exactly as nlohmann_json's
// dump(2, ' ', false, error_handler_t::replace) formats the same value: two-space indent,
// "key": value, [] and {} when empty, the same escapes, U+FFFD for bytes that are not UTF-8.
// An export of 100,000 launches is written without building a JSON tree.
class JsonWriter {
public:
    // `depth`: how deep the first value sits in a document another writer started.
    explicit JsonWriter(std::string& out, int depth = 0) : m_out(out), m_base(depth) {}

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(std::string_view name);

    void value(std::string_view text);
    void value(const char* text) { value(std::string_view(text)); }
    void value(const std::string& text) { value(std::string_view(text)); }
    void value(int number);
    void value(bool flag);
    void null();
    // 340 → 3.4, 400 → 4.0, 375 → 3.75: as nlohmann prints the double hundredths / 100.
    void decimal(int hundredths);

    void value(const std::optional<std::string>& text);
    void value(const std::optional<int>& number);

    // A string as JSON (quoted and escaped), appended to `out`.
    static void appendString(std::string& out, std::string_view text);

private:
    struct Level {
        bool empty = true;
        char close;
    };
    void beforeValue();
    void begin(char open, char close);
    void end();
    void indent(std::size_t levels);

    std::string& m_out;
    int m_base;
    std::vector<Level> m_levels;
    bool m_afterKey = false;
};

}  // namespace pmm::interchange
