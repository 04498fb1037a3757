#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <stdexcept>
#include <string_view>

#include "interchange/format.h"
#include "interchange/import_report.h"
#include "interchange/section_reader.h"
#include "interchange/workspace_data.h"

namespace pmm::storage {
class Workspace;
}

namespace pmm::interchange {

class ImportScope;

struct ImportOptions {
    bool dryRun = false;
    std::size_t maxBytes = kMaxFileBytes;
    int maxDepth = kMaxNestingDepth;
    // Files of at least `parallelReadFrom` bytes are parsed on `readThreads` threads (the
    // same report, sooner); 1 reads every file on the calling thread.
    std::size_t parallelReadFrom = std::size_t{256} << 10;
    unsigned readThreads = defaultReadThreads();
    // Called between steps with what comes next ("Writing launches"); returning false
    // cancels the import, which then changes nothing (ImportCancelled).
    std::function<bool(std::string_view step)> progress;
};

// Thrown when the progress callback asked to stop; the workspace is unchanged.
class ImportCancelled : public std::runtime_error {
public:
    ImportCancelled() : std::runtime_error("The import was cancelled; nothing was changed.") {}
};

// Imports an interchange document, all or nothing: everything is checked before anything is
// written, and the writes are one transaction. analyse() needs no database (the fuzzer
// drives it alone); write() applies the analysed file.
class WorkspaceImporter {
public:
    explicit WorkspaceImporter(ImportOptions options = {});
    ~WorkspaceImporter();
    WorkspaceImporter(const WorkspaceImporter&) = delete;
    WorkspaceImporter& operator=(const WorkspaceImporter&) = delete;

    // Parses `text` within the limits, reads every section, checks every rule against
    // `workspace` (what the target holds) and plans the merge. The report lists the
    // problems, or the counts the import would give.
    const ImportReport& analyse(std::string_view text, WorkspaceData workspace);
    // Writes the analysed file into `target` in one bulk change (one transaction, one change
    // notification). Precondition: analyse() found no problem, against `target`'s data.
    // Throws storage::WorkspaceError or ImportCancelled; either way nothing is written.
    void write(storage::Workspace& target);

    const ImportReport& report() const { return m_report; }
    const ImportOptions& options() const { return m_options; }
    // The steps of write() go to `progress` from now on (a GUI shows a dialog only then).
    void setProgress(std::function<bool(std::string_view step)> progress) {
        m_options.progress = std::move(progress);
    }

private:
    bool step(std::string_view what) const;
    // Step 1 for the whole text; false when nothing further can be checked.
    bool readDocument(std::string_view text);

    ImportOptions m_options;
    WorkspaceData m_file;
    WorkspaceData m_workspace;
    std::unique_ptr<ImportScope> m_scope;
    ImportReport m_report;
};

// The import of a file into an open workspace, as the command line and the GUI run it:
// refuses a file above the size limit and a damaged workspace, analyses, and writes unless
// it is a dry run or there were problems. Throws storage::WorkspaceError for what is wrong
// with the workspace or the file as a file (missing, unreadable).
ImportReport importWorkspaceFile(storage::Workspace& workspace, const std::filesystem::path& file,
                                 const ImportOptions& options = {});

// The part of importWorkspaceFile before any write, with `importer`'s options: the size
// limit, the workspace's health, then analyse(). When the report is valid,
// importer.write(workspace) imports exactly what was checked, without reading the file
// again, as long as the workspace did not change in between (the GUI asks first).
ImportReport checkImportFile(WorkspaceImporter& importer, storage::Workspace& workspace,
                             const std::filesystem::path& file);

}  // namespace pmm::interchange
