#pragma once

#include <QStringList>
#include <QTextStream>

#include <cstddef>
#include <vector>

#include "positioning/positioning_trigger.h"
#include "util/dates.h"

namespace pmm::storage {
class DealStore;
class Workspace;
}  // namespace pmm::storage

namespace pmm::cli {

// How many triggers of one kind `check` lists before it counts the rest.
inline constexpr std::size_t kTriggersShownPerKind = 10;

// The lines `check` prints for `alerts`: a headline with the count of each kind, then the
// triggers grouped by kind (in the order of their first appearance), each with its evidence
// (the sentence, then the first deals behind it by CRM id or name); past `perKind` of one
// kind, one line counts the rest ("… and 700 more product pivot triggers").
QStringList positioningAlertLines(const std::vector<positioning::PositioningAlert>& alerts,
                                  const storage::DealStore& deals, const Date& today,
                                  std::size_t perKind = kTriggersShownPerKind);

// Prints the open positioning triggers as of `today` as above. Returns how many are open.
int printPositioningAlerts(QTextStream& out, storage::Workspace& workspace, const Date& today);

}  // namespace pmm::cli
