#pragma once

#include <QPageSize>
#include <QString>
#include <QStringList>

#include <vector>

#include "catalog/catalog_types.h"
#include "cli/command.h"

namespace pmm::storage {
class Workspace;
}

namespace pmm::cli {

// Where a report goes, checked by the caller before the workspace was opened.
struct ReportOutput {
    QString path;
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    QString workspaceName;
};

// `report skills`: without --person the team's skills matrix (landscape), with it the
// promotion packet of the one person of that name (portrait). Throws CommandError when the
// workspace has no people or no competencies, when no one or several people have the name,
// or when the file cannot be written; nothing is written then.
void runSkillsReport(CommandContext& context, storage::Workspace& workspace,
                     const ReportOutput& output);

// The people called `name` (exactly, ignoring case and surrounding spaces), or the person
// whose email it is: people of one name are told apart by their email.
std::vector<catalog::Person> peopleNamed(const std::vector<catalog::Person>& people,
                                         const QString& name);
// Names close to `name` (containing it, or a few typing mistakes away), closest first; at
// most `limit`.
QStringList closeNames(const std::vector<catalog::Person>& people, const QString& name,
                       int limit = 5);

}  // namespace pmm::cli
