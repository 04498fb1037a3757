#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace pmm::storage {

// Limits and checks shared by the skills matrix stores. Messages name the field, as every
// WorkspaceError(Invalid) does.
inline constexpr std::size_t kMaxCompetencyNameCharacters = 80;
inline constexpr std::size_t kMaxLevelNameCharacters = 60;
inline constexpr std::size_t kMaxSkillsTextCharacters = 4'000;  // descriptions, expectations

[[noreturn]] void refuseSkillsEdit(const std::string& message);

// `text` without surrounding white space.
std::string trimmedText(std::string_view text);
// Characters, not bytes: UTF-8 continuation bytes are not counted.
std::size_t characterCount(std::string_view text);
// Throws Invalid "<field>: ... longer than N characters." when `text` is.
void requireAtMost(std::string_view field, std::string_view text, std::size_t characters);
// Throws Invalid "<field>: \"...\" is not a date (use YYYY-MM-DD)." unless a real day.
void requireIsoDate(std::string_view field, const std::string& text);

}  // namespace pmm::storage
