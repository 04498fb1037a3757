#include "interchange/import_report.h"

#include <algorithm>

namespace pmm::interchange {

std::string ImportReport::problemSummary() const {
    if (problems.empty()) {
        return "no problems";
    }
    const std::size_t total = problems.total();
    std::string text = std::to_string(total) + (total == 1 ? " problem" : " problems");
    text += total == 1 ? ": " : ", the first: ";
    text += problems.kept().front().text();
    return text;
}

std::vector<std::string> ImportReport::countLines() const {
    std::vector<std::string> lines;
    std::size_t width = 12;
    for (const ChangeCounts& count : counts) {
        width = std::max(width, count.entity.size());
    }
    for (const ChangeCounts& count : counts) {
        std::string entity = count.entity;
        entity.resize(width, ' ');
        lines.push_back(entity + " " + std::to_string(count.added) + " added, " +
                        std::to_string(count.updated) + " updated, " +
                        std::to_string(count.unchanged) + " unchanged");
    }
    return lines;
}

std::size_t ImportReport::changedRecords() const {
    std::size_t changed = 0;
    for (const ChangeCounts& count : counts) {
        changed += count.added + count.updated;
    }
    return changed;
}

}  // namespace pmm::interchange
