#pragma once

#include "cli/command.h"
#include "cli/report_skills.h"

namespace pmm::storage {
class Workspace;
}

namespace pmm::cli {

// `report battlecards`: the sales PDF of every card, of a competitor's cards (--competitor),
// of a segment's (--segment) or of the one card of both. Names are matched ignoring case.
// An empty name is a UsageError; an unknown name (with close names suggested), a selection
// without cards or a file that cannot be written is a CommandError; nothing is written then.
void runBattlecardReport(CommandContext& context, storage::Workspace& workspace,
                         const ReportOutput& output);

}  // namespace pmm::cli
