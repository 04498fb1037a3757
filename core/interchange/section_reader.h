#pragma once

#include <nlohmann/json.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "interchange/format.h"
#include "interchange/problem_list.h"
#include "interchange/workspace_data.h"

namespace pmm::interchange {

// What the top level of a document says besides its sections.
struct DocumentTop {
    std::optional<nlohmann::json> format;
    std::optional<nlohmann::json> version;
    std::optional<nlohmann::json> notAnObject;  // the whole document, when not an object
    std::vector<std::string> unknown;           // keys that are not part of the format
    bool wholeSectionMissing = false;           // a section that is not an array
};

struct SectionReadOptions {
    int maxDepth = kMaxNestingDepth;
    // Documents of at least this many bytes are read on `threads` threads.
    std::size_t parallelFrom = std::size_t{256} << 10;
    unsigned threads = 1;
};

// Step 1 of an import for a whole document: parses `text` within the limits and reads every
// record of every section into `file`, the rest of the top level into `top`, and every
// problem into `problems` in document order. False when the text could not be read to its
// end (then `problems` ends with why).
//
// A large document is cut into pieces by its outline (document_outline.h), and runs of
// pieces are read on several threads, each into records and problems of its own, which are
// joined in document order afterwards. When the outline is not plain or a piece does not
// parse alone, the document is read again in one go: the problems are the same either way.
bool readSections(std::string_view text, const SectionReadOptions& options, WorkspaceData& file,
                  DocumentTop& top, ProblemList& problems);

// The same read on `options.threads` threads whatever the size; false, and nothing touched,
// when the document has to be read in one go (readSections() then does).
bool readSectionsInParallel(std::string_view text, const SectionReadOptions& options,
                            WorkspaceData& file, DocumentTop& top, ProblemList& problems);

// One thread per core, at most four (the pieces are few and large).
unsigned defaultReadThreads();

}  // namespace pmm::interchange
