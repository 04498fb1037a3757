#pragma once

#include <cstdint>
#include <functional>
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
    // The same for amounts of money in cents (up to 15 digits print exactly, as nlohmann).
    void decimal(std::int64_t hundredths);

    void value(const std::optional<std::string>& text);
    void value(const std::optional<int>& number);

    // A value another writer already formatted as the next element here (written by a
    // JsonWriter whose depth is this one's plus the levels open here), appended as is.
    void formatted(std::string_view text);

    // A string as JSON (quoted and escaped), appended to `out`.
    static void appendString(std::string& out, std::string_view text);

    // Hands the text written so far to `flush` (which empties it) whenever a record of the
    // outermost array or object ends and the text holds at least `bytes`: a large document
    // then streams to a file instead of existing in memory at once.
    using Flush = std::function<void(std::string&)>;
    void flushRecords(Flush flush, std::size_t bytes);

private:
    struct Level {
        bool empty = true;
        char close;
    };
    void beforeValue();
    void begin(char open, char close);
    void end();
    void flushAtRecordEnd();
    void indent(std::size_t levels);

    std::string& m_out;
    int m_base;
    std::vector<Level> m_levels;
    bool m_afterKey = false;
    Flush m_flush;
    std::size_t m_flushBytes = 0;
};

}  // namespace pmm::interchange
