#include "interchange/limited_json_parser.h"

#include <string>
#include <unordered_set>
#include <vector>

#include "interchange/json_path.h"

namespace pmm::interchange {

using nlohmann::json;

namespace {

// Builds values from SAX events. The root object itself is never built: its members go to
// the sink, and the elements of streamed arrays go to the sink one by one.
class StreamingHandler : public nlohmann::json_sax<json> {
public:
    StreamingHandler(LimitedJsonParser::Sink& sink, ProblemList& problems, int maxDepth)
        : m_sink(sink), m_problems(problems), m_maxDepth(maxDepth) {
        m_building.reserve(static_cast<std::size_t>(maxDepth) + 1);
    }

    bool null() override { return value(json(nullptr)); }
    bool boolean(bool v) override { return value(json(v)); }
    bool number_integer(number_integer_t v) override { return value(json(v)); }
    bool number_unsigned(number_unsigned_t v) override { return value(json(v)); }
    bool number_float(number_float_t v, const string_t&) override { return value(json(v)); }
    bool string(string_t& v) override { return value(json(std::move(v))); }
    bool binary(binary_t&) override { return value(json()); }

    bool start_object(std::size_t) override { return open(false); }
    bool start_array(std::size_t) override { return open(true); }
    bool end_object() override { return close(); }
    bool end_array() override { return close(); }

    bool key(string_t& key) override {
        Frame& top = m_frames.back();
        bool repeated = false;
        if (top.value != nullptr) {
            repeated = top.value->contains(key);
        } else {
            repeated = !m_rootKeys.insert(key).second;
        }
        top.key = std::move(key);
        if (repeated) {
            m_problems.add(path(true), "duplicate key: this object states it more than once");
        }
        return true;
    }

    bool parse_error(std::size_t, const std::string&,
                     const nlohmann::detail::exception& error) override {
        std::string text = error.what();
        if (const auto bracket = text.find("] ");
            text.starts_with("[json.exception.") && bracket != std::string::npos) {
            text.erase(0, bracket + 2);
        }
        if (text.starts_with("parse error at ")) {
            text.erase(0, std::string_view("parse error at ").size());
        }
        text = shownText(text, 200);
        if (error.id == 406) {
            m_problems.add(path(true), "number out of range (" + text + ")");
        } else {
            m_problems.add(path(true), "not valid JSON: " + text);
        }
        return false;
    }

    bool tooDeep() const { return m_tooDeep; }

    // Starts inside the (unbuilt) root object, where the value of `key` comes next; and
    // inside the streamed array `key` too, before its element `index`, when there is one.
    void enterMember(std::string_view key, std::optional<std::size_t> index) {
        Frame root;
        root.key = key;
        m_frames.push_back(std::move(root));
        if (index) {
            Frame array;
            array.array = true;
            array.streamed = true;
            array.next = *index;
            m_frames.push_back(std::move(array));
        }
    }

private:
    struct Frame {
        bool array = false;
        json* value = nullptr;  // the value being built; nullptr for the unbuilt root object
        std::size_t next = 0;   // arrays: the index of the next element
        std::string key;        // objects: the key whose value comes next
        bool streamed = false;  // a top-level array whose elements go to the sink
    };

    // The path of the value about to arrive (`pending`) or of the innermost container.
    std::string path(bool pending) const {
        std::string path;
        for (std::size_t i = 0; i < m_frames.size(); ++i) {
            const Frame& frame = m_frames[i];
            const bool last = i + 1 == m_frames.size();
            if (last && !pending) {
                break;
            }
            // An array's element in progress has index `next`: it is claimed when delivered.
            path = frame.array ? childPath(path, frame.next) : childPath(path, frame.key);
        }
        return path;
    }

    // Where a finished value goes: into its container, or to the sink.
    void deliver(json&& v) {
        if (m_frames.empty()) {
            m_sink.root(std::move(v));
            return;
        }
        Frame& top = m_frames.back();
        if (top.array) {
            const std::size_t index = top.next++;
            if (top.streamed) {
                m_sink.element(m_frames.front().key, index, std::move(v));
            } else {
                top.value->push_back(std::move(v));
            }
        } else if (top.value != nullptr) {
            // A key stated twice was reported; which value is kept no longer matters.
            top.value->emplace(std::move(top.key), std::move(v));
        } else {
            m_sink.member(top.key, std::move(v));
        }
    }

    bool value(json&& v) {
        deliver(std::move(v));
        return true;
    }

    bool open(bool array) {
        if (static_cast<int>(m_frames.size()) >= m_maxDepth) {
            m_problems.add(path(true), "nested deeper than " + std::to_string(m_maxDepth) +
                                           " levels; a workspace file is never that deep");
            m_tooDeep = true;
            return false;
        }
        Frame frame;
        frame.array = array;
        if (m_frames.empty() && !array) {
            m_frames.push_back(std::move(frame));  // the root object: members go to the sink
            return true;
        }
        if (array && m_frames.size() == 1 && m_frames.front().value == nullptr &&
            m_sink.streams(m_frames.front().key)) {
            frame.streamed = true;
            m_frames.push_back(std::move(frame));
            return true;
        }
        m_building.push_back(array ? json::array() : json::object());
        frame.value = &m_building.back();
        m_frames.push_back(std::move(frame));
        return true;
    }

    bool close() {
        Frame frame = std::move(m_frames.back());
        m_frames.pop_back();
        if (frame.value == nullptr) {
            return true;  // the root object or a streamed array: nothing to hand on
        }
        json built = std::move(m_building.back());
        m_building.pop_back();
        deliver(std::move(built));
        return true;
    }

    LimitedJsonParser::Sink& m_sink;
    ProblemList& m_problems;
    int m_maxDepth;
    std::vector<Frame> m_frames;
    // Values under construction. The frames point into it, so it is reserved for the depth
    // limit up front and never reallocates.
    std::vector<json> m_building;
    std::unordered_set<std::string> m_rootKeys;
    bool m_tooDeep = false;
};

// Collects a whole document.
class DocumentSink : public LimitedJsonParser::Sink {
public:
    bool streams(std::string_view) const override { return false; }
    void element(std::string_view, std::size_t, json&&) override {}
    void member(std::string_view key, json&& value) override {
        if (!document.is_object()) {
            document = json::object();
        }
        document[std::string(key)] = std::move(value);
    }
    void root(json&& value) override { document = std::move(value); }

    json document = json::object();
};

}  // namespace

namespace {

bool parseWith(StreamingHandler& handler, std::string_view text) {
    return json::sax_parse(text.begin(), text.end(), &handler, json::input_format_t::json, true,
                           false);
}

}  // namespace

bool LimitedJsonParser::parse(std::string_view text, Sink& sink, ProblemList& problems) const {
    StreamingHandler handler(sink, problems, m_maxDepth);
    return parseWith(handler, text);
}

bool LimitedJsonParser::parseMember(std::string_view key, std::string_view value, Sink& sink,
                                    ProblemList& problems) const {
    StreamingHandler handler(sink, problems, m_maxDepth);
    handler.enterMember(key, std::nullopt);
    return parseWith(handler, value);
}

bool LimitedJsonParser::parseElement(std::string_view key, std::size_t index,
                                     std::string_view element, Sink& sink,
                                     ProblemList& problems) const {
    StreamingHandler handler(sink, problems, m_maxDepth);
    handler.enterMember(key, index);
    return parseWith(handler, element);
}

std::optional<json> LimitedJsonParser::parse(std::string_view text, ProblemList& problems) const {
    DocumentSink sink;
    if (!parse(text, sink, problems)) {
        return std::nullopt;
    }
    return std::move(sink.document);
}

}  // namespace pmm::interchange
