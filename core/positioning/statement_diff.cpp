#include "positioning/statement_diff.h"

#include <algorithm>
#include <array>
#include <utility>

#include "positioning/deal_values.h"

namespace pmm::positioning {

namespace {

using PartField = std::string PositioningStatement::*;

constexpr std::array<std::pair<const char*, PartField>, 7> kParts = {{
    {"For", &PositioningStatement::forCustomer},
    {"Who", &PositioningStatement::whoNeed},
    {"Is a", &PositioningStatement::isA},
    {"That", &PositioningStatement::thatBenefit},
    {"Unlike", &PositioningStatement::unlike},
    {"We", &PositioningStatement::weDiffer},
    {"Note", &PositioningStatement::note},
}};

}  // namespace

std::vector<StatementPartChange> diffStatements(const PositioningStatement& older,
                                                const PositioningStatement& newer) {
    std::vector<StatementPartChange> changes;
    changes.reserve(kParts.size());
    for (const auto& [name, field] : kParts) {
        StatementPartChange change;
        change.part = name;
        change.before = older.*field;
        change.after = newer.*field;
        change.changed = trimmed(change.before) != trimmed(change.after);
        changes.push_back(std::move(change));
    }
    return changes;
}

int changedPartCount(const std::vector<StatementPartChange>& changes) {
    return static_cast<int>(std::count_if(changes.begin(), changes.end(),
                                          [](const StatementPartChange& c) { return c.changed; }));
}

}  // namespace pmm::positioning
