#include "storage/launch_validation.h"

#include "launches/quarter.h"
#include "storage/database.h"
#include "storage/workspace_error.h"
#include "util/dates.h"

namespace pmm::launches {

using storage::Statement;

namespace {

[[noreturn]] void invalid(const std::string& message) {
    throw storage::WorkspaceError(storage::WorkspaceErrorKind::Invalid, message);
}

bool blank(const std::string& text) {
    return text.find_first_not_of(" \t\r\n") == std::string::npos;
}

bool exists(sqlite3* db, const char* sql, std::int64_t id) {
    Statement query(db, sql);
    query.bind(1, id);
    return query.step();
}

void requireDate(const std::optional<std::string>& text, const char* field) {
    if (text && !parseIsoDate(*text)) {
        invalid(std::string(field) + ": \"" + *text + "\" is not a date (use YYYY-MM-DD).");
    }
}

}  // namespace

void validateLaunch(sqlite3* db, const Launch& launch) {
    if (blank(launch.name)) {
        invalid("Name: a launch needs a name.");
    }
    requireQuarter(launch.quarter);
    if (launch.productId == 0) {
        invalid("Product: a launch needs a product.");
    }
    if (!exists(db, "SELECT 1 FROM products WHERE id = ?1", launch.productId)) {
        invalid("Product: the chosen product is not in the workspace.");
    }
    if (launch.ownerId == 0) {
        invalid("Owner: a launch needs an owner, the person who owns its outcome.");
    }
    if (!exists(db, "SELECT 1 FROM people WHERE id = ?1", launch.ownerId)) {
        invalid("Owner: the chosen owner is not in the workspace.");
    }
    requireDate(launch.targetDate, "Target date");
    requireDate(launch.metric.reviewDate, "Review date");
    for (Criterion which : kCriteria) {
        const CriterionScore& criterion = launch.criterion(which);
        const std::string label(criterionLabel(which));
        if (criterion.score < 0 || criterion.score > kMaximumScore) {
            invalid(label + ": the score must be 1 to 5 (it is " + std::to_string(criterion.score) +
                    ").");
        }
        if (criterion.evidence.find_first_of("\r\n") != std::string::npos) {
            invalid(label + ": keep the evidence to one line.");
        }
    }
    const std::string gate = statusGateProblem(launch);
    if (!gate.empty()) {
        invalid(gate);
    }
}

}  // namespace pmm::launches
