#include "storage/launch_quarters.h"

#include "storage/database.h"
#include "storage/workspace.h"

namespace pmm::launches {

std::vector<QuarterLaunchCount> launchQuarters(const storage::Workspace& workspace) {
    std::vector<QuarterLaunchCount> quarters;
    storage::Statement query(workspace.handle(),
                             "SELECT quarter, count(*) FROM launches GROUP BY quarter "
                             "ORDER BY quarter");
    while (query.step()) {
        // The CHECK on launches.quarter keeps every stored value parseable.
        if (const auto quarter = parseQuarter(query.text(0))) {
            quarters.push_back(QuarterLaunchCount{*quarter, query.integer(1)});
        }
    }
    return quarters;
}

}  // namespace pmm::launches
