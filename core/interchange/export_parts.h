#pragma once

#include <condition_variable>
#include <cstddef>
#include <exception>
#include <memory>
#include <mutex>
#include <span>
#include <string_view>
#include <vector>

#include "interchange/workspace_data.h"

namespace pmm::interchange {

class EntitySection;

// The parts of a workspace on their way from the thread that reads them (SQLite stays on
// that one) to the thread that writes them out as text: a section is written as soon as its
// part has been read, while the next part is read. A part is freed once every section it
// holds is written, but only after the whole read: memory freed on one thread while the other
// allocates costs both (in the allocator's locks), far more than freeing it later. Then the
// reading thread frees what is written, and the writing thread what it has just written
// when it gets there first.
class ExportParts {
public:
    explicit ExportParts(const std::vector<const EntitySection*>& sections);

    // Reading thread. A part holding `sections` (keys) has been read. Throws what made the
    // writing thread fail, so the read stops early.
    void add(WorkspaceData&& part, std::span<const std::string_view> sections);
    // Reading thread: no more parts will come (the read failed).
    void abandon();
    // Reading thread, after the last part: frees each part once its sections are written, and
    // returns when all are. Throws what made the writing thread fail.
    void releaseWritten();

    // Writing thread. The part holding section `index` (in `sections` order), once read;
    // null when the read was abandoned.
    std::shared_ptr<const WorkspaceData> waitFor(std::size_t index);
    // Writing thread: the sections up to `index` are written (the part may be freed here).
    void written(std::size_t index);
    // Writing thread: it stopped because of `failure`.
    void fail(std::exception_ptr failure);

private:
    std::size_t indexOf(std::string_view key) const;

    std::vector<const EntitySection*> m_sections;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::vector<std::shared_ptr<const WorkspaceData>> m_parts;  // by section, until freed
    std::size_t m_written = 0;                                  // sections written
    bool m_allRead = false;
    bool m_abandoned = false;
    std::exception_ptr m_failure;
};

}  // namespace pmm::interchange
