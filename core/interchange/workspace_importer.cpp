#include "interchange/workspace_importer.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <memory>
#include <numeric>
#include <vector>

#include "interchange/entity_section.h"
#include "interchange/import_scope.h"
#include "interchange/json_path.h"
#include "interchange/object_reader.h"
#include "interchange/parallel_jobs.h"
#include "storage/interchange_health_check.h"
#include "storage/interchange_reader.h"
#include "storage/interchange_write_cache.h"
#include "storage/workspace.h"
#include "storage/workspace_error.h"

namespace pmm::interchange {

namespace fs = std::filesystem;
using storage::WorkspaceError;
using storage::WorkspaceErrorKind;

namespace {

// "812 bytes", "70 KiB", "300 MiB": a size for a sentence, rounded up.
std::string sizeText(std::size_t bytes) {
    if (bytes < 1024) {
        return std::to_string(bytes) + " bytes";
    }
    if (bytes < (std::size_t{1} << 20)) {
        return std::to_string((bytes + 1023) >> 10) + " KiB";
    }
    return std::to_string((bytes + (std::size_t{1} << 20) - 1) >> 20) + " MiB";
}

// A file's bytes, left uninitialised until they are read: a 600 MB file is not zeroed first.
struct FileBytes {
    std::unique_ptr<char[]> bytes;
    std::size_t size = 0;

    std::string_view text() const { return {bytes.get(), size}; }
};

// Reads `size` bytes from offset `from` of `fd` into `into`: 0, or why not (EIO when the file
// ends early, as when it shrank after its size was taken).
int readRange(int fd, char* into, std::size_t from, std::size_t size) {
    std::size_t done = 0;
    while (done < size) {
        const ssize_t n = ::pread(fd, into + done, size - done, static_cast<off_t>(from + done));
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            return n < 0 ? errno : EIO;
        }
        done += static_cast<std::size_t>(n);
    }
    return 0;
}

// Reads the whole file; a large one in two halves at once, each copied from the page cache
// into fresh memory by its own thread.
int readWhole(int fd, char* into, std::size_t size, bool twoThreads) {
    const std::size_t half = twoThreads ? size / 2 : size;
    std::array<int, 2> codes{};
    runJobs(twoThreads ? 2 : 1, [&](std::size_t i) {
        codes[i] =
            i == 0 ? readRange(fd, into, 0, half) : readRange(fd, into + half, half, size - half);
    });
    return codes[0] != 0 ? codes[0] : codes[1];
}

// Step 3 for every section, the sections shared out among `threads` threads (the largest
// first, each to the thread with the fewest records so far). Each section's problems are
// kept apart and joined in section order, as one thread finds them.
void validateSections(const ImportScope& scope, unsigned threads, ProblemList& problems) {
    const auto& sections = entitySections();
    std::vector<std::size_t> largestFirst(sections.size());
    std::iota(largestFirst.begin(), largestFirst.end(), std::size_t{0});
    const auto records = [&](std::size_t i) { return sections[i]->count(scope.file()); };
    std::stable_sort(largestFirst.begin(), largestFirst.end(),
                     [&](std::size_t a, std::size_t b) { return records(a) > records(b); });
    std::vector<std::vector<std::size_t>> shares(std::max(threads, 1u));
    std::vector<std::size_t> load(shares.size());
    for (const std::size_t i : largestFirst) {
        const auto least =
            static_cast<std::size_t>(std::min_element(load.begin(), load.end()) - load.begin());
        shares[least].push_back(i);
        load[least] += records(i) + 1;
    }
    std::vector<ProblemList> found(sections.size());
    runJobs(shares.size(), [&](std::size_t share) {
        for (const std::size_t i : shares[share]) {
            sections[i]->validate(scope, found[i]);
        }
    });
    for (const ProblemList& sectionProblems : found) {
        problems.append(sectionProblems);
    }
}

// The file's bytes, refusing what is not a regular file or is larger than the limit before
// reading any of it.
FileBytes readLimited(const fs::path& file, const ImportOptions& options, ProblemList& problems) {
    const std::string shown = "\"" + file.string() + "\"";
    const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        const int code = errno;
        throw WorkspaceError(code == ENOENT ? WorkspaceErrorKind::NotFound : WorkspaceErrorKind::Io,
                             "Cannot read " + shown + ": " + std::strerror(code) + ".");
    }
    struct stat info {};
    FileBytes text;
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        ::close(fd);
        throw WorkspaceError(WorkspaceErrorKind::Io, shown + " is not a regular file.");
    }
    const auto size = static_cast<std::size_t>(info.st_size);
    if (size > options.maxBytes) {
        ::close(fd);
        problems.add("", "the file is " + sizeText(size) + "; an import reads at most " +
                             sizeText(options.maxBytes));
        return text;
    }
    text.bytes.reset(new char[std::max<std::size_t>(size, 1)]);
    text.size = size;
    const int code = readWhole(fd, text.bytes.get(), size,
                               options.readThreads > 1 && size >= options.parallelReadFrom);
    ::close(fd);
    if (code != 0) {
        throw WorkspaceError(WorkspaceErrorKind::Io,
                             "Cannot read " + shown + ": " + std::strerror(code) + ".");
    }
    return text;
}

}  // namespace

WorkspaceImporter::WorkspaceImporter(ImportOptions options) : m_options(std::move(options)) {}

WorkspaceImporter::~WorkspaceImporter() = default;

bool WorkspaceImporter::step(std::string_view what) const {
    return !m_options.progress || m_options.progress(what);
}

bool WorkspaceImporter::readDocument(std::string_view text) {
    ProblemList& problems = m_report.problems;
    ProblemList streamed;
    DocumentTop top;
    const SectionReadOptions options{m_options.maxDepth, m_options.parallelReadFrom,
                                     m_options.readThreads};
    if (!readSections(text, options, m_file, top, streamed)) {
        problems.append(streamed);
        return false;
    }
    if (top.notAnObject) {
        problems.add("", "expected an object with \"format\": \"" + std::string(kFormatName) +
                             "\", got " + describeValue(*top.notAnObject));
        return false;
    }
    if (!top.format || *top.format != kFormatName) {
        problems.add("/format", std::string("expected \"") + kFormatName + "\", got " +
                                    (top.format ? describeValue(*top.format) : "nothing") +
                                    ": this is not a PMM Workbench workspace file");
        return false;
    }
    const nlohmann::json& version = top.version ? *top.version : nlohmann::json();
    if (!version.is_number_integer() || version != kFormatVersion) {
        const bool newer = version.is_number() && version > kFormatVersion;
        problems.add("/version", "expected " + std::to_string(kFormatVersion) + ", got " +
                                     (top.version ? describeValue(version) : "nothing") +
                                     ": this PMM Workbench reads format version " +
                                     std::to_string(kFormatVersion) +
                                     (newer ? " (update the app to read newer files)" : ""));
        return false;
    }
    for (const std::string& key : top.unknown) {
        problems.add(childPath("", key), "unknown field");
    }
    problems.append(streamed);
    return !top.wholeSectionMissing;
}

const ImportReport& WorkspaceImporter::analyse(std::string_view text, WorkspaceData workspace) {
    m_scope.reset();  // it refers to the data replaced below
    m_report = ImportReport{};
    m_file = WorkspaceData{};
    m_workspace = std::move(workspace);
    if (!readDocument(text)) {
        m_file = WorkspaceData{};
        return m_report;
    }
    m_scope = std::make_unique<ImportScope>(m_file, m_workspace);
    for (const EntitySection* section : entitySections()) {
        section->complete(m_file, *m_scope);
    }
    const bool large = text.size() >= m_options.parallelReadFrom;
    validateSections(*m_scope, large ? m_options.readThreads : 1, m_report.problems);
    if (m_report.valid()) {
        for (const EntitySection* section : entitySections()) {
            m_report.counts.push_back(section->plan(*m_scope));
        }
        m_report.replacedDefaultRule = m_scope->replacesDefaultRule();
    }
    return m_report;
}

void WorkspaceImporter::write(storage::Workspace& target) {
    if (!m_scope || !m_report.valid()) {
        throw WorkspaceError(WorkspaceErrorKind::Invalid,
                             "The file has problems; nothing was imported.");
    }
    storage::InterchangeWriteCache cache(target.handle());
    storage::Workspace::BulkChange bulk(target);
    for (const EntitySection* section : entitySections()) {
        if (!step("Writing " + std::string(section->key()))) {
            throw ImportCancelled();
        }
        section->write(*m_scope, target.handle());
    }
    if (!step("Saving")) {
        throw ImportCancelled();
    }
    bulk.commit();
    m_report.written = true;
    storage::checkpointAfterImport(target.handle());
}

ImportReport checkImportFile(WorkspaceImporter& importer, storage::Workspace& workspace,
                             const fs::path& file) {
    const ImportOptions& options = importer.options();
    ImportReport sizeCheck;
    const FileBytes bytes = readLimited(file, options, sizeCheck.problems);
    if (!sizeCheck.valid()) {
        return sizeCheck;
    }
    if (options.progress && !options.progress("Checking the workspace")) {
        throw ImportCancelled();
    }
    if (const auto damage = storage::firstQuickCheckProblem(workspace.handle())) {
        throw WorkspaceError(WorkspaceErrorKind::Corrupt,
                             "The workspace \"" + workspace.path().string() + "\" is damaged (" +
                                 *damage + "); nothing was imported. Restore it from a backup.");
    }
    if (options.progress && !options.progress("Checking the file")) {
        throw ImportCancelled();
    }
    // The analysed records hold copies: the file's text is freed on return, before any write.
    return importer.analyse(bytes.text(), storage::readWorkspaceData(workspace.handle()));
}

ImportReport importWorkspaceFile(storage::Workspace& workspace, const fs::path& file,
                                 const ImportOptions& options) {
    WorkspaceImporter importer(options);
    ImportReport report = checkImportFile(importer, workspace, file);
    if (report.valid() && !options.dryRun) {
        importer.write(workspace);
        report = importer.report();
    }
    return report;
}

}  // namespace pmm::interchange
