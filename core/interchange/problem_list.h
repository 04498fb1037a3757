#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "interchange/format.h"

namespace pmm::interchange {

// One thing wrong with an imported file: where (a JSON Pointer, empty for the whole file or
// a position in its text) and what, e.g. {"/launches/17/criteria/revenue/score",
// "expected 1-5, got 9"}.
struct Problem {
    std::string path;
    std::string message;

    // "/launches/17/criteria/revenue/score: expected 1-5, got 9"
    std::string text() const;
    friend bool operator==(const Problem&, const Problem&) = default;
};

// The problems found in a file, in the order found. Keeps the first `keep` and counts the
// rest, so a hostile file with millions of mistakes cannot exhaust memory. Kept problems are
// made printable (shownText): a key from the file cannot break a message into lines.
class ProblemList {
public:
    ProblemList() = default;
    explicit ProblemList(std::size_t keep) : m_keep(keep) {}

    void add(std::string path, std::string message);
    // Adds every problem of `other`, kept or only counted.
    void append(const ProblemList& other);
    bool empty() const { return m_total == 0; }
    std::size_t total() const { return m_total; }
    const std::vector<Problem>& kept() const { return m_kept; }
    // The kept problems as lines, then "and N more" when some were not kept.
    std::vector<std::string> lines() const;

private:
    std::size_t m_keep = kMaxListedProblems;
    std::size_t m_total = 0;
    std::vector<Problem> m_kept;
};

// Text from a file shown in a message: at most `limit` characters, control characters and
// bytes that are not UTF-8 escaped, so a message is always one printable line.
std::string shownText(std::string_view text, std::size_t limit = 60);

}  // namespace pmm::interchange
