#pragma once

#include <string>
#include <vector>

#include "positioning/positioning_statement.h"

namespace pmm::positioning {

// One part of a positioning statement in two versions ("For", "Who", "Is a", "That",
// "Unlike", "We", "Note"), and whether it changed (ignoring spaces at either end).
struct StatementPartChange {
    std::string part;
    std::string before;
    std::string after;
    bool changed = false;
};

// The seven parts of `older` against `newer`, in the order the sentence says them (the note
// last): every part, changed or not, so a view can show the whole statement side by side.
std::vector<StatementPartChange> diffStatements(const PositioningStatement& older,
                                                const PositioningStatement& newer);

// How many parts differ between the two versions.
int changedPartCount(const std::vector<StatementPartChange>& changes);

}  // namespace pmm::positioning
