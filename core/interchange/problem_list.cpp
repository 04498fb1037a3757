#include "interchange/problem_list.h"

#include <cstdio>

#include "interchange/utf8.h"

namespace pmm::interchange {

std::string Problem::text() const {
    return path.empty() ? message : path + ": " + message;
}

void ProblemList::add(std::string path, std::string message) {
    ++m_total;
    if (m_kept.size() < m_keep) {
        // A path holds the file's own keys, which may hold control characters (an escaped
        // "\r" in a key) or be very long: every problem stays one printable line.
        m_kept.push_back(Problem{shownText(path, 300), shownText(message, 600)});
    }
}

void ProblemList::append(const ProblemList& other) {
    for (const Problem& problem : other.m_kept) {
        add(problem.path, problem.message);
    }
    const std::size_t uncounted = other.m_total - other.m_kept.size();
    m_total += uncounted;
}

std::vector<std::string> ProblemList::lines() const {
    std::vector<std::string> lines;
    lines.reserve(m_kept.size() + 1);
    for (const Problem& problem : m_kept) {
        lines.push_back(problem.text());
    }
    if (m_total > m_kept.size()) {
        lines.push_back("and " + std::to_string(m_total - m_kept.size()) + " more");
    }
    return lines;
}

std::string shownText(std::string_view text, std::size_t limit) {
    std::string shown;
    std::size_t characters = 0;
    for (std::size_t i = 0; i < text.size();) {
        if (characters == limit) {
            shown += "\u2026";
            break;
        }
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c < 0x7f) {
            shown += static_cast<char>(c);
            ++i;
        } else if (const std::size_t length = c >= 0x80 ? utf8SequenceLength(text, i) : 0;
                   length > 0) {
            shown.append(text.substr(i, length));
            i += length;
        } else {
            char escaped[8];
            std::snprintf(escaped, sizeof escaped, "\\x%02x", c);
            shown += escaped;
            ++i;
        }
        ++characters;
    }
    return shown;
}

}  // namespace pmm::interchange
