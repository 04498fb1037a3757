#include "interchange/section_reader.h"

#include <algorithm>
#include <iterator>
#include <span>
#include <thread>

#include "interchange/document_outline.h"
#include "interchange/entity_section.h"
#include "interchange/limited_json_parser.h"
#include "interchange/parallel_jobs.h"

namespace pmm::interchange {

namespace {

const EntitySection* sectionFor(std::string_view key) {
    for (const EntitySection* section : entitySections()) {
        if (section->key() == key) {
            return section;
        }
    }
    return nullptr;
}

bool streamsSection(std::string_view key) {
    const EntitySection* section = sectionFor(key);
    return section != nullptr && section->isArray();
}

// Hands each record of a streamed document to its section as it is parsed, and keeps the
// few top-level members that are not sections.
class SectionSink : public LimitedJsonParser::Sink {
public:
    SectionSink(WorkspaceData& file, DocumentTop& top, ProblemList& problems)
        : m_file(file), m_top(top), m_problems(problems) {}

    bool streams(std::string_view key) const override { return streamsSection(key); }
    void element(std::string_view key, std::size_t index, nlohmann::json&& value) override {
        sectionFor(key)->readRecord(value, index, m_file, m_problems);
    }
    void member(std::string_view key, nlohmann::json&& value) override {
        if (const EntitySection* section = sectionFor(key)) {
            m_top.wholeSectionMissing =
                !readSection(*section, value, m_file, m_problems) || m_top.wholeSectionMissing;
        } else if (key == "format") {
            m_top.format = std::move(value);
        } else if (key == "version") {
            m_top.version = std::move(value);
        } else {
            m_top.unknown.emplace_back(key);
        }
    }
    void root(nlohmann::json&& value) override { m_top.notAnObject = std::move(value); }

private:
    WorkspaceData& m_file;
    DocumentTop& m_top;
    ProblemList& m_problems;
};

// What one thread read of a run of pieces.
struct PartRead {
    WorkspaceData file;
    DocumentTop top;
    ProblemList problems;
    bool parsed = true;
};

// False when a piece does not parse alone.
bool readPart(std::span<const OutlinePiece> pieces, const LimitedJsonParser& parser,
              PartRead& part) {
    SectionSink sink(part.file, part.top, part.problems);
    for (const OutlinePiece& piece : pieces) {
        const bool parsed =
            piece.element
                ? parser.parseElement(piece.key, *piece.element, piece.text, sink, part.problems)
                : parser.parseMember(piece.key, piece.text, sink, part.problems);
        if (!parsed) {
            return false;
        }
    }
    return true;
}

// `pieces` cut into `count` runs of about as many bytes each, in order.
std::vector<std::span<const OutlinePiece>> runsOf(const std::vector<OutlinePiece>& pieces,
                                                  unsigned count) {
    std::size_t total = 0;
    for (const OutlinePiece& piece : pieces) {
        total += piece.text.size();
    }
    std::vector<std::span<const OutlinePiece>> runs;
    std::size_t start = 0;
    std::size_t bytes = 0;
    for (std::size_t i = 0; i < pieces.size(); ++i) {
        bytes += pieces[i].text.size();
        if (runs.size() + 1 < count && bytes * count >= total * (runs.size() + 1)) {
            runs.emplace_back(pieces.data() + start, i + 1 - start);
            start = i + 1;
        }
    }
    runs.emplace_back(pieces.data() + start, pieces.size() - start);
    return runs;
}

template <class Record>
void appendRecords(std::vector<Record>& into, std::vector<Record>& from) {
    if (into.empty()) {
        into = std::move(from);
        return;
    }
    into.insert(into.end(), std::make_move_iterator(from.begin()),
                std::make_move_iterator(from.end()));
}

void appendFile(WorkspaceData& into, WorkspaceData& from) {
    // Every member is a vector of records; a new one must be appended here too.
    static_assert(sizeof(WorkspaceData) == 15 * sizeof(std::vector<LevelRecord>));
    appendRecords(into.levels, from.levels);
    appendRecords(into.settings, from.settings);
    appendRecords(into.people, from.people);
    appendRecords(into.products, from.products);
    appendRecords(into.segments, from.segments);
    appendRecords(into.competitors, from.competitors);
    appendRecords(into.tierRules, from.tierRules);
    appendRecords(into.launches, from.launches);
    appendRecords(into.competencies, from.competencies);
    appendRecords(into.competitorLaunches, from.competitorLaunches);
    appendRecords(into.battlecards, from.battlecards);
    appendRecords(into.assessments, from.assessments);
    appendRecords(into.deals, from.deals);
    appendRecords(into.statements, from.statements);
    appendRecords(into.reviews, from.reviews);
}

// The outline has each top-level key once, so format and version come from one part.
void appendTop(DocumentTop& into, DocumentTop& from) {
    if (from.format) {
        into.format = std::move(from.format);
    }
    if (from.version) {
        into.version = std::move(from.version);
    }
    appendRecords(into.unknown, from.unknown);
    into.wholeSectionMissing = into.wholeSectionMissing || from.wholeSectionMissing;
}

}  // namespace

bool readSectionsInParallel(std::string_view text, const SectionReadOptions& options,
                            WorkspaceData& file, DocumentTop& top, ProblemList& problems) {
    const auto pieces = outlineDocument(text, streamsSection);
    if (!pieces) {
        return false;
    }
    const auto runs = runsOf(*pieces, options.threads);
    std::vector<PartRead> parts(runs.size());
    const LimitedJsonParser parser(options.maxDepth);
    runJobs(runs.size(),
            [&](std::size_t i) { parts[i].parsed = readPart(runs[i], parser, parts[i]); });
    if (!std::all_of(parts.begin(), parts.end(),
                     [](const PartRead& part) { return part.parsed; })) {
        return false;
    }
    for (PartRead& part : parts) {
        appendFile(file, part.file);
        appendTop(top, part.top);
        problems.append(part.problems);
    }
    return true;
}

bool readSections(std::string_view text, const SectionReadOptions& options, WorkspaceData& file,
                  DocumentTop& top, ProblemList& problems) {
    if (options.threads > 1 && text.size() >= options.parallelFrom &&
        readSectionsInParallel(text, options, file, top, problems)) {
        return true;
    }
    SectionSink sink(file, top, problems);
    return LimitedJsonParser(options.maxDepth).parse(text, sink, problems);
}

unsigned defaultReadThreads() {
    return std::clamp(std::thread::hardware_concurrency(), 1u, 4u);
}

}  // namespace pmm::interchange
