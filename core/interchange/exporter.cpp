#include "interchange/exporter.h"

#include <functional>
#include <optional>
#include <thread>

#include "interchange/background_file_writer.h"
#include "interchange/entity_section.h"
#include "interchange/export_parts.h"
#include "interchange/format.h"
#include "interchange/json_writer.h"
#include "interchange/streamed_sections.h"
#include "storage/interchange_reader.h"
#include "storage/workspace.h"

namespace pmm::interchange {

namespace {

// Text is handed to the file in pieces of about this size.
constexpr std::size_t kChunkBytes = std::size_t{1} << 20;

using WriteSection = std::function<void(std::size_t index, JsonWriter& out)>;

// Written straight to text, record by record, so a workspace of 100,000 launches never
// exists as one JSON tree; the bytes are exactly what nlohmann_json's dump(2) gives for the
// same document (interchange_round_trip_test checks it). With `flush`, the text goes on to
// it whenever a record ends and a chunk is full, so the document never exists in memory as
// a whole either. `writeSection` writes the value of entitySections()[index].
void writeDocument(std::string& text, const JsonWriter::Flush& flush,
                   const WriteSection& writeSection) {
    text += "{\n  \"format\": ";
    JsonWriter::appendString(text, kFormatName);
    text += ",\n  \"version\": " + std::to_string(kFormatVersion);
    const auto& sections = entitySections();
    for (std::size_t index = 0; index < sections.size(); ++index) {
        text += ",\n  ";
        JsonWriter::appendString(text, sections[index]->key());
        text += ": ";
        JsonWriter writer(text, 1);
        if (flush) {
            writer.flushRecords(flush, kChunkBytes);
        }
        writeSection(index, writer);
    }
    text += "\n}\n";
}

// The read was abandoned: the writing thread stops without writing the rest.
struct ReadAbandoned {};

// The value of `section`: its records' texts as they come from the read (a section
// StreamedSections writes), or the section written from its part.
std::size_t writeSection(const EntitySection& section, std::size_t index, ExportParts& parts,
                         StreamedSections& streamed, JsonWriter& out) {
    const bool streams = StreamedSections::streams(section.key());
    const std::optional<RecordTexts> texts =
        streams ? streamed.format(section.key()) : std::nullopt;
    if (streams && !texts) {
        throw ReadAbandoned{};
    }
    std::shared_ptr<const WorkspaceData> part = parts.waitFor(index);
    if (part == nullptr) {
        throw ReadAbandoned{};
    }
    if (!texts) {
        section.writeJson(out, *part);
        return section.count(*part);
    }
    out.beginArray();
    texts->writeTo(out);
    out.endArray();
    return texts->size();
}

// The writing thread of an export: each section as soon as it is read, to `file`.
void writeParts(ExportParts& parts, StreamedSections& streamed, BackgroundFileWriter& file,
                ExportSummary& summary) {
    try {
        const auto& sections = entitySections();
        std::string text;
        text.reserve(2 * kChunkBytes);
        const JsonWriter::Flush flush = [&file](std::string& chunk) { file.append(chunk); };
        writeDocument(text, flush, [&](std::size_t index, JsonWriter& out) {
            const std::size_t count = writeSection(*sections[index], index, parts, streamed, out);
            summary.counts.emplace_back(std::string(sections[index]->key()), count);
            parts.written(index);
        });
        flush(text);
    } catch (const ReadAbandoned&) {
        // the reading thread reports why
    } catch (...) {
        parts.fail(std::current_exception());
        streamed.fail(std::current_exception());
    }
}

}  // namespace

std::string exportJson(const WorkspaceData& data) {
    std::string text;
    text.reserve(4096 + 1700 * data.launches.size() + 200 * data.people.size());
    writeDocument(text, {}, [&data](std::size_t index, JsonWriter& out) {
        entitySections()[index]->writeJson(out, data);
    });
    return text;
}

// Three threads share the work: this one reads the workspace part by part, another writes
// each part as text as soon as it is read, and the file's own thread copies the text to the
// disk. The largest sections go from one to the other record by record (StreamedSections);
// the other parts are freed once the read is over, by whichever thread is free (ExportParts).
ExportSummary exportWorkspace(storage::Workspace& workspace, const std::filesystem::path& output) {
    BackgroundFileWriter file(output);
    ExportParts parts(entitySections());
    StreamedSections streamed;
    ExportSummary summary;
    std::jthread writer([&] { writeParts(parts, streamed, file, summary); });
    try {
        storage::readWorkspaceParts(
            workspace.handle(),
            [&](WorkspaceData&& part, auto sections) {
                streamed.close(sections);
                parts.add(std::move(part), sections);
            },
            streamed.sinks());
    } catch (...) {
        streamed.abandon();
        parts.abandon();
        throw;
    }
    parts.releaseWritten();
    writer.join();
    file.commit();
    summary.bytes = file.bytesWritten();
    return summary;
}

}  // namespace pmm::interchange
