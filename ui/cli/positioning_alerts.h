#pragma once

#include <QTextStream>

#include "util/dates.h"

namespace pmm::storage {
class Workspace;
}

namespace pmm::cli {

// Prints every open positioning trigger as of `today`, one line each with its evidence
// (the sentence, then the first deals behind it by CRM id or name). Returns how many.
int printPositioningAlerts(QTextStream& out, storage::Workspace& workspace, const Date& today);

}  // namespace pmm::cli
