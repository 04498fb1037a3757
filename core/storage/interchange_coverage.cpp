#include "storage/interchange_coverage.h"

#include <cstdint>
#include <vector>

#include "storage/database.h"
#include "storage/workspace.h"

namespace pmm::storage {

namespace {

std::string counted(std::int64_t count, const char* one, const char* many) {
    return std::to_string(count) + " " + (count == 1 ? one : many);
}

std::string joined(const std::vector<std::string>& parts) {
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i > 0) {
            out += i + 1 == parts.size() ? " and " : ", ";
        }
        out += parts[i];
    }
    return out;
}

}  // namespace

std::string recordsLeftOutOfExport(const Workspace& workspace) {
    Statement query(workspace.handle(),
                    "SELECT (SELECT count(*) FROM deals),"
                    " (SELECT count(*) FROM positioning_statements),"
                    " (SELECT count(*) FROM positioning_reviews)");
    if (!query.step()) {
        return {};
    }
    std::vector<std::string> parts;
    if (const std::int64_t deals = query.int64(0); deals > 0) {
        parts.push_back(counted(deals, "win/loss record", "win/loss records"));
    }
    if (const std::int64_t statements = query.int64(1); statements > 0) {
        parts.push_back(counted(statements, "positioning statement", "positioning statements"));
    }
    if (const std::int64_t reviews = query.int64(2); reviews > 0) {
        parts.push_back(counted(reviews, "positioning review", "positioning reviews"));
    }
    if (parts.empty()) {
        return {};
    }
    return "Not in the file: " + joined(parts) +
           " (the JSON format has no place for them yet); the workspace file itself keeps them.";
}

}  // namespace pmm::storage
