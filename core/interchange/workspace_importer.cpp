#include "interchange/workspace_importer.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "interchange/entity_section.h"
#include "interchange/import_scope.h"
#include "interchange/json_path.h"
#include "interchange/limited_json_parser.h"
#include "interchange/object_reader.h"
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

// The file's bytes, refusing what is not a regular file or is larger than `maxBytes`
// before reading any of it.
std::string readLimited(const fs::path& file, std::size_t maxBytes, ProblemList& problems) {
    const std::string shown = "\"" + file.string() + "\"";
    const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        const int code = errno;
        throw WorkspaceError(code == ENOENT ? WorkspaceErrorKind::NotFound : WorkspaceErrorKind::Io,
                             "Cannot read " + shown + ": " + std::strerror(code) + ".");
    }
    struct stat info {};
    std::string text;
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        ::close(fd);
        throw WorkspaceError(WorkspaceErrorKind::Io, shown + " is not a regular file.");
    }
    const auto size = static_cast<std::size_t>(info.st_size);
    if (size > maxBytes) {
        ::close(fd);
        problems.add("", "the file is " + sizeText(size) + "; an import reads at most " +
                             sizeText(maxBytes));
        return text;
    }
    text.resize(size);
    std::size_t done = 0;
    while (done < size) {
        const ssize_t n = ::read(fd, text.data() + done, size - done);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            const int code = n < 0 ? errno : EIO;
            ::close(fd);
            throw WorkspaceError(WorkspaceErrorKind::Io,
                                 "Cannot read " + shown + ": " + std::strerror(code) + ".");
        }
        done += static_cast<std::size_t>(n);
    }
    ::close(fd);
    return text;
}

}  // namespace

WorkspaceImporter::WorkspaceImporter(ImportOptions options) : m_options(std::move(options)) {}

WorkspaceImporter::~WorkspaceImporter() = default;

bool WorkspaceImporter::step(std::string_view what) const {
    return !m_options.progress || m_options.progress(what);
}

namespace {

const EntitySection* sectionFor(std::string_view key) {
    for (const EntitySection* section : entitySections()) {
        if (section->key() == key) {
            return section;
        }
    }
    return nullptr;
}

// Hands each record of a streamed document to its section as it is parsed, and keeps the
// few top-level members that are not sections.
class SectionSink : public LimitedJsonParser::Sink {
public:
    SectionSink(WorkspaceData& file, ProblemList& problems) : m_file(file), m_problems(problems) {}

    bool streams(std::string_view key) const override {
        const EntitySection* section = sectionFor(key);
        return section != nullptr && section->isArray();
    }
    void element(std::string_view key, std::size_t index, nlohmann::json&& value) override {
        sectionFor(key)->readRecord(value, index, m_file, m_problems);
    }
    void member(std::string_view key, nlohmann::json&& value) override {
        if (const EntitySection* section = sectionFor(key)) {
            wholeSectionMissing =
                !readSection(*section, value, m_file, m_problems) || wholeSectionMissing;
        } else if (key == "format") {
            format = std::move(value);
        } else if (key == "version") {
            version = std::move(value);
        } else {
            unknown.emplace_back(key);
        }
    }
    void root(nlohmann::json&& value) override { notAnObject = std::move(value); }

    std::optional<nlohmann::json> format;
    std::optional<nlohmann::json> version;
    std::optional<nlohmann::json> notAnObject;
    std::vector<std::string> unknown;
    bool wholeSectionMissing = false;

private:
    WorkspaceData& m_file;
    ProblemList& m_problems;
};

}  // namespace

bool WorkspaceImporter::readDocument(std::string_view text) {
    ProblemList& problems = m_report.problems;
    ProblemList streamed;
    SectionSink sink(m_file, streamed);
    if (!LimitedJsonParser(m_options.maxDepth).parse(text, sink, streamed)) {
        problems.append(streamed);
        return false;
    }
    if (sink.notAnObject) {
        problems.add("", "expected an object with \"format\": \"" + std::string(kFormatName) +
                             "\", got " + describeValue(*sink.notAnObject));
        return false;
    }
    if (!sink.format || *sink.format != kFormatName) {
        problems.add("/format", std::string("expected \"") + kFormatName + "\", got " +
                                    (sink.format ? describeValue(*sink.format) : "nothing") +
                                    ": this is not a PMM Workbench workspace file");
        return false;
    }
    const nlohmann::json& version = sink.version ? *sink.version : nlohmann::json();
    if (!version.is_number_integer() || version != kFormatVersion) {
        const bool newer = version.is_number() && version > kFormatVersion;
        problems.add("/version", "expected " + std::to_string(kFormatVersion) + ", got " +
                                     (sink.version ? describeValue(version) : "nothing") +
                                     ": this PMM Workbench reads format version " +
                                     std::to_string(kFormatVersion) +
                                     (newer ? " (update the app to read newer files)" : ""));
        return false;
    }
    for (const std::string& key : sink.unknown) {
        problems.add(childPath("", key), "unknown field");
    }
    problems.append(streamed);
    return !sink.wholeSectionMissing;
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
    for (const EntitySection* section : entitySections()) {
        section->validate(*m_scope, m_report.problems);
    }
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
}

ImportReport importWorkspaceFile(storage::Workspace& workspace, const fs::path& file,
                                 const ImportOptions& options) {
    WorkspaceImporter importer(options);
    ImportReport sizeCheck;
    const std::string text = readLimited(file, options.maxBytes, sizeCheck.problems);
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
    importer.analyse(text, storage::readWorkspaceData(workspace.handle()));
    if (importer.report().valid() && !options.dryRun) {
        importer.write(workspace);
    }
    return importer.report();
}

}  // namespace pmm::interchange
