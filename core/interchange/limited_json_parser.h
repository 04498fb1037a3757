#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string_view>

#include "interchange/format.h"
#include "interchange/problem_list.h"

namespace pmm::interchange {

// Parses JSON text that came from outside, within limits nlohmann_json does not set itself:
// - nesting deeper than `maxDepth` stops the parse (its DOM parser has no depth limit, and
//   any recursive walk over such a document afterwards would be at risk);
// - a key stated twice in one object is a problem (nlohmann_json silently keeps the last);
// - a number too large for a double (1e500) and any syntax error or byte that is not UTF-8
//   is a problem naming where it is, by JSON path and by line and column.
// The byte size limit is the caller's: it applies before the text is read.
//
// A document is streamed: the elements of the top-level arrays the sink asks for arrive one
// by one, each as a small DOM, so a file with 100,000 launches never exists as one tree.
class LimitedJsonParser {
public:
    class Sink {
    public:
        virtual ~Sink() = default;
        // Whether the value of the top-level `key` arrives element by element (when an array).
        virtual bool streams(std::string_view key) const = 0;
        virtual void element(std::string_view key, std::size_t index, nlohmann::json&& value) = 0;
        // Any other top-level member, whole.
        virtual void member(std::string_view key, nlohmann::json&& value) = 0;
        // A document whose top level is not an object.
        virtual void root(nlohmann::json&& value) = 0;
    };

    explicit LimitedJsonParser(int maxDepth = kMaxNestingDepth) : m_maxDepth(maxDepth) {}

    // Feeds `sink`; returns false when the text could not be read to its end. Duplicate keys
    // are reported in `problems` without stopping, so later problems are found too.
    bool parse(std::string_view text, Sink& sink, ProblemList& problems) const;
    // The same for one piece of a document (document_outline.h): the value of the top-level
    // member `key`, or element `index` of the streamed array `key`, fed to `sink` with the
    // paths and the depth the piece has in its document. A piece is parsed alone, so a
    // syntax error names its line and column within the piece: a caller that needs the
    // document's own message parses the whole document after a failure.
    bool parseMember(std::string_view key, std::string_view value, Sink& sink,
                     ProblemList& problems) const;
    bool parseElement(std::string_view key, std::size_t index, std::string_view element, Sink& sink,
                      ProblemList& problems) const;
    // The whole document as one value (for small documents and tests).
    std::optional<nlohmann::json> parse(std::string_view text, ProblemList& problems) const;

private:
    int m_maxDepth;
};

}  // namespace pmm::interchange
