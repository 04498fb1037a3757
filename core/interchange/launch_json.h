#pragma once

#include <nlohmann/json.hpp>

#include <cstddef>
#include <string>

#include "interchange/json_writer.h"
#include "interchange/problem_list.h"
#include "interchange/workspace_data.h"

namespace pmm::interchange {

// One launch as JSON and back: the launches section's format (see format.h), kept apart
// from the section's rules because a launch has the most fields of any entity.
void writeLaunch(JsonWriter& out, const LaunchRecord& record);
LaunchRecord launchFromJson(const nlohmann::json& value, std::size_t index, ProblemList& problems);

// "revenue", "urgency", "demand": the keys of a launch's criteria and a rule's weights.
const char* criterionKey(launches::Criterion criterion);

}  // namespace pmm::interchange
