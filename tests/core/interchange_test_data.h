#pragma once

// Workspaces and documents the interchange tests share: every kind of record the format
// carries (a second tier rule version, overrides and their history, checklist state,
// unscored ideas, a reviewed launch), and short ways to export and import text.

#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>

#include "demo/demo_data.h"
#include "interchange/import_report.h"
#include "storage/workspace.h"

namespace pmm::test {

// Adds launches in every state the format distinguishes to a workspace that has people and
// products, and a second tier rule version with an edited checklist.
void addLaunchVariety(storage::Workspace& workspace);

// Adds win/loss records and a review the demo lacks to a demo workspace: a deal with no
// competitor, no CRM id and no ARR, one with cents in its ARR and an outcome of no decision,
// and a "keep" review of every product that asks two cards to be refreshed.
void addPositioningVariety(storage::Workspace& workspace);

// A new workspace at `path` with the demo of `size` (seed 1), addLaunchVariety() and
// addPositioningVariety().
void createSampleWorkspace(const std::filesystem::path& path, demo::DemoSize size);

// The workspace's export document as text, and parsed.
std::string exportText(storage::Workspace& workspace);
nlohmann::json exportDocument(storage::Workspace& workspace);

// Imports `text` into `workspace` as the command would (analyse, then write unless a dry
// run or invalid).
interchange::ImportReport importText(storage::Workspace& workspace, const std::string& text,
                                     bool dryRun = false);

// "added/updated/unchanged" of one entity in a report, e.g. "2/0/5"; "-" when absent.
std::string countsOf(const interchange::ImportReport& report, const std::string& entity);

}  // namespace pmm::test
