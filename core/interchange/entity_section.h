#pragma once

#include <nlohmann/json.hpp>

#include <string_view>
#include <vector>

#include "interchange/change_counts.h"
#include "interchange/json_writer.h"
#include "interchange/problem_list.h"
#include "interchange/workspace_data.h"

struct sqlite3;

namespace pmm::interchange {

class ImportScope;

// One entity of the interchange format: its top-level key, how it is written to JSON and
// read back, the rules an import checks, and how it is merged into a workspace. The
// exporter and the importer only walk entitySections(); an entity is added by writing one
// section and listing it there.
class EntitySection {
public:
    virtual ~EntitySection() = default;

    // The top-level key, also the word counts are reported under: "people".
    virtual std::string_view key() const = 0;
    virtual std::size_t count(const WorkspaceData& data) const = 0;

    // Export: the section's value (an array of records, or the settings object) in the
    // documented order, written straight to text; toJson() gives the same as a JSON value.
    virtual void writeJson(JsonWriter& out, const WorkspaceData& data) const = 0;
    nlohmann::ordered_json toJson(const WorkspaceData& data) const;

    // Import, in this order for every section before the next step:
    // 1. one element of the section's array into a record of `file` (for a section that is
    //    not an array, settings, the whole value), reporting types, required and unknown
    //    fields, ranges and enumeration words;
    virtual bool isArray() const { return true; }
    virtual void readRecord(const nlohmann::json& value, std::size_t index, WorkspaceData& file,
                            ProblemList& problems) const = 0;
    // 2. what the file may leave out, once every section is read (records keep their place);
    virtual void complete(WorkspaceData& /*file*/, const ImportScope& /*scope*/) const {}
    // 3. rules across records and entities: duplicate keys, references that point nowhere,
    //    unique names, core rules;
    virtual void validate(const ImportScope& scope, ProblemList& problems) const = 0;
    // 4. what the import adds, updates and leaves unchanged;
    virtual ChangeCounts plan(const ImportScope& scope) const = 0;
    // 5. the writes, inside the import's one transaction, sections in dependency order.
    virtual void write(const ImportScope& scope, sqlite3* db) const = 0;
};

// Step 1 for a whole section value: its elements, or "expected an array" (then false: the
// section's records are unknown, so references to them cannot be judged).
bool readSection(const EntitySection& section, const nlohmann::json& value, WorkspaceData& file,
                 ProblemList& problems);

// Every section, in dependency order: a section only refers to those before it.
const std::vector<const EntitySection*>& entitySections();

}  // namespace pmm::interchange
