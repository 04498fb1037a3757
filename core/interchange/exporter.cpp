#include "interchange/exporter.h"

#include <thread>

#include "interchange/atomic_file_writer.h"
#include "interchange/entity_section.h"
#include "interchange/format.h"
#include "interchange/json_writer.h"
#include "storage/interchange_reader.h"
#include "storage/workspace.h"

namespace pmm::interchange {

namespace {

// Text is handed to the file in pieces of about this size.
constexpr std::size_t kChunkBytes = std::size_t{1} << 20;

// Written straight to text, record by record, so a workspace of 100,000 launches never
// exists as one JSON tree; the bytes are exactly what nlohmann_json's dump(2) gives for the
// same document (interchange_round_trip_test checks it). With `flush`, the text goes on to
// it whenever a record ends and a chunk is full, so the document never exists in memory as
// a whole either.
void writeDocument(const WorkspaceData& data, std::string& text, const JsonWriter::Flush& flush) {
    text += "{\n  \"format\": ";
    JsonWriter::appendString(text, kFormatName);
    text += ",\n  \"version\": " + std::to_string(kFormatVersion);
    for (const EntitySection* section : entitySections()) {
        text += ",\n  ";
        JsonWriter::appendString(text, section->key());
        text += ": ";
        JsonWriter writer(text, 1);
        if (flush) {
            writer.flushRecords(flush, kChunkBytes);
        }
        section->writeJson(writer, data);
    }
    text += "\n}\n";
}

}  // namespace

std::string exportJson(const WorkspaceData& data) {
    std::string text;
    text.reserve(4096 + 1700 * data.launches.size() + 200 * data.people.size());
    writeDocument(data, text, {});
    return text;
}

ExportSummary exportWorkspace(storage::Workspace& workspace, const std::filesystem::path& output) {
    WorkspaceData data = storage::readWorkspaceData(workspace.handle());
    AtomicFileWriter file(output);
    std::string text;
    text.reserve(2 * kChunkBytes);
    const JsonWriter::Flush flush = [&file](std::string& chunk) {
        file.append(chunk);
        chunk.clear();
    };
    writeDocument(data, text, flush);
    flush(text);
    ExportSummary summary;
    for (const EntitySection* section : entitySections()) {
        summary.counts.emplace_back(std::string(section->key()), section->count(data));
    }
    // Millions of small allocations (1.3 s of a large export) are freed while the disk
    // flushes the file, instead of after.
    std::jthread release([unused = std::move(data)] {});
    file.commit();
    release.join();
    summary.bytes = file.bytesWritten();
    return summary;
}

}  // namespace pmm::interchange
