#include "storage/skills_rules.h"

#include "storage/workspace_error.h"
#include "util/dates.h"

namespace pmm::storage {

void refuseSkillsEdit(const std::string& message) {
    throw WorkspaceError(WorkspaceErrorKind::Invalid, message);
}

std::string trimmedText(std::string_view text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) {
        return {};
    }
    const auto last = text.find_last_not_of(" \t\r\n");
    return std::string(text.substr(first, last - first + 1));
}

std::size_t characterCount(std::string_view text) {
    std::size_t count = 0;
    for (const char c : text) {
        count += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    }
    return count;
}

void requireAtMost(std::string_view field, std::string_view text, std::size_t characters) {
    if (characterCount(text) > characters) {
        refuseSkillsEdit(std::string(field) + ": the text is longer than " +
                         std::to_string(characters) + " characters.");
    }
}

void requireIsoDate(std::string_view field, const std::string& text) {
    if (!parseIsoDate(text)) {
        refuseSkillsEdit(std::string(field) + ": \"" + text + "\" is not a date (use YYYY-MM-DD).");
    }
}

}  // namespace pmm::storage
