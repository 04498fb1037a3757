#include "interchange/exporter.h"

#include "interchange/atomic_file_writer.h"
#include "interchange/entity_section.h"
#include "interchange/format.h"
#include "interchange/json_writer.h"
#include "storage/interchange_coverage.h"
#include "storage/interchange_reader.h"
#include "storage/workspace.h"

namespace pmm::interchange {

// Written straight to text, record by record, so a workspace of 100,000 launches never
// exists as one JSON tree; the bytes are exactly what nlohmann_json's dump(2) gives for the
// same document (interchange_round_trip_test checks it).
std::string exportJson(const WorkspaceData& data) {
    std::string text;
    text.reserve(4096 + 1700 * data.launches.size() + 200 * data.people.size());
    text += "{\n  \"format\": ";
    JsonWriter::appendString(text, kFormatName);
    text += ",\n  \"version\": " + std::to_string(kFormatVersion);
    for (const EntitySection* section : entitySections()) {
        text += ",\n  ";
        JsonWriter::appendString(text, section->key());
        text += ": ";
        JsonWriter writer(text, 1);
        section->writeJson(writer, data);
    }
    text += "\n}\n";
    return text;
}

ExportSummary exportWorkspace(storage::Workspace& workspace, const std::filesystem::path& output) {
    const WorkspaceData data = storage::readWorkspaceData(workspace.handle());
    const std::string text = exportJson(data);
    writeFileAtomically(output, text);
    ExportSummary summary;
    summary.bytes = text.size();
    for (const EntitySection* section : entitySections()) {
        summary.counts.emplace_back(std::string(section->key()), section->count(data));
    }
    summary.leftOut = storage::recordsLeftOutOfExport(workspace);
    return summary;
}

}  // namespace pmm::interchange
