#include "interchange/export_parts.h"

#include <stdexcept>
#include <string>

#include "interchange/entity_section.h"

namespace pmm::interchange {

ExportParts::ExportParts(const std::vector<const EntitySection*>& sections)
    : m_sections(sections), m_parts(sections.size()) {}

std::size_t ExportParts::indexOf(std::string_view key) const {
    for (std::size_t index = 0; index < m_sections.size(); ++index) {
        if (m_sections[index]->key() == key) {
            return index;
        }
    }
    throw std::logic_error("the workspace reader names an unknown section: " + std::string(key));
}

void ExportParts::add(WorkspaceData&& part, std::span<const std::string_view> sections) {
    auto shared = std::make_shared<const WorkspaceData>(std::move(part));
    {
        const std::lock_guard lock(m_mutex);
        if (m_failure) {
            std::rethrow_exception(m_failure);
        }
        for (const std::string_view key : sections) {
            m_parts[indexOf(key)] = shared;
        }
    }
    m_changed.notify_all();
}

void ExportParts::abandon() {
    {
        const std::lock_guard lock(m_mutex);
        m_abandoned = true;
    }
    m_changed.notify_all();
}

void ExportParts::releaseWritten() {
    {
        const std::lock_guard lock(m_mutex);
        m_allRead = true;
    }
    for (std::size_t index = 0; index < m_parts.size(); ++index) {
        std::shared_ptr<const WorkspaceData> done;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [&] { return m_written > index || m_failure; });
            if (m_failure) {
                std::rethrow_exception(m_failure);
            }
            done = std::move(m_parts[index]);
        }
        // `done` is freed here, outside the lock, when this was the last section of its part.
    }
}

std::shared_ptr<const WorkspaceData> ExportParts::waitFor(std::size_t index) {
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] { return m_parts[index] != nullptr || m_abandoned; });
    return m_parts[index];
}

void ExportParts::written(std::size_t index) {
    std::shared_ptr<const WorkspaceData> done;
    {
        const std::lock_guard lock(m_mutex);
        m_written = index + 1;
        if (m_allRead) {
            done = std::move(m_parts[index]);
        }
    }
    m_changed.notify_all();
}

void ExportParts::fail(std::exception_ptr failure) {
    {
        const std::lock_guard lock(m_mutex);
        m_failure = std::move(failure);
    }
    m_changed.notify_all();
}

}  // namespace pmm::interchange
