#pragma once

#include <iosfwd>
#include <string>

namespace pmm::launches {

// Readiness = done / required deliverables of the launch's tier checklist.
struct Readiness {
    int done = 0;
    int required = 0;

    // 1.0 when nothing is required.
    double fraction() const;
    // Rounded down, so 100 only when every item is done.
    int percent() const;
    bool complete() const { return done >= required; }
    // "3/5 (60 %)"
    std::string text() const;

    Readiness& operator+=(const Readiness& other);
    friend bool operator==(const Readiness&, const Readiness&) = default;
    friend std::ostream& operator<<(std::ostream& out, const Readiness& readiness);
};

}  // namespace pmm::launches
