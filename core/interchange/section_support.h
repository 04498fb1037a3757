#pragma once

// Helpers the entity sections share: paths of records, duplicate keys, references, unique
// names and the plan of a merge by uid.

#include <cctype>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <nlohmann/json.hpp>

#include "interchange/change_counts.h"
#include "interchange/json_path.h"
#include "interchange/object_reader.h"
#include "interchange/problem_list.h"
#include "interchange/record_changes.h"
#include "interchange/record_index.h"

namespace pmm::interchange {

// "/people/3", "/people/3/manager"
inline std::string recordPath(std::string_view section, std::size_t index) {
    return childPath(std::string("/") + std::string(section), index);
}
inline std::string fieldPath(std::string_view section, std::size_t index, std::string_view key) {
    return childPath(recordPath(section, index), key);
}

// Calls readOne(element, index, path) for each element of a section's array.
template <class ReadOne>
void readArray(const nlohmann::json& value, std::string_view section, ProblemList& problems,
               ReadOne readOne) {
    const std::string path = "/" + std::string(section);
    if (!value.is_array()) {
        problems.add(path, "expected an array, got " + describeValue(value));
        return;
    }
    for (std::size_t i = 0; i < value.size(); ++i) {
        readOne(value[i], i, childPath(path, i));
    }
}

// The current UTC time as the workspace stores it, for timestamps a file leaves out.
std::string nowTimestamp();

// Lower-case ASCII, the way the workspace compares names (SQLite's NOCASE).
inline std::string foldCase(std::string_view text) {
    std::string folded(text);
    for (char& c : folded) {
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c - 'A' + 'a');
        }
    }
    return folded;
}

// Reports every record of the file whose key an earlier record of the file already has.
template <class Record, class KeyOf>
void reportDuplicateKeys(std::string_view section, const std::vector<Record>& records, KeyOf keyOf,
                         std::string_view field, ProblemList& problems) {
    std::unordered_map<std::string, std::size_t> first;
    for (const Record& record : records) {
        const std::string key = keyOf(record);
        if (key.empty()) {
            continue;  // a missing key was reported when it was read
        }
        const auto [found, inserted] = first.emplace(key, record.origin.index);
        if (!inserted) {
            problems.add(fieldPath(section, record.origin.index, field),
                         "duplicate: " + recordPath(section, found->second) + " has it too");
        }
    }
}

// Names that must be unique (case-insensitively) across the workspace once the file is
// merged in: the file's records and the workspace's records the file does not replace.
template <class Record>
void reportNameClashes(std::string_view section, const char* noun,
                       const std::vector<Record>& fileRecords,
                       const std::vector<Record>& workspaceRecords, ProblemList& problems) {
    std::unordered_map<std::string, const Record*> fileByUid;
    std::unordered_map<std::string, const Record*> byName;
    for (const Record& record : fileRecords) {
        fileByUid.emplace(record.uid, &record);
    }
    for (const Record& record : workspaceRecords) {
        if (fileByUid.count(record.uid) == 0) {
            byName.emplace(foldCase(record.name), &record);
        }
    }
    for (const Record& record : fileRecords) {
        const auto [found, inserted] = byName.emplace(foldCase(record.name), &record);
        if (inserted || found->second->uid == record.uid) {
            continue;
        }
        const Record& other = *found->second;
        const bool inFile = fileByUid.count(other.uid) > 0;
        problems.add(fieldPath(section, record.origin.index, "name"),
                     "another " + std::string(noun) + " is named \"" + shownText(other.name, 40) +
                         "\" (" +
                         (inFile ? recordPath(section, other.origin.index)
                                 : "uid " + other.uid + " in the workspace") +
                         "); names must be unique");
    }
}

// Sorts the file's records into added, updated and unchanged against the workspace.
template <class Record, class KeyOf, class Same>
ChangeCounts planByKey(std::string_view section, const std::vector<Record>& fileRecords,
                       const RecordIndex<Record>& workspace, KeyOf keyOf, Same same,
                       RecordChanges<Record>* changes = nullptr) {
    ChangeCounts counts{std::string(section), 0, 0, 0};
    for (const Record& record : fileRecords) {
        const Record* stored = workspace.find(keyOf(record));
        if (stored == nullptr) {
            ++counts.added;
            if (changes) {
                changes->added.push_back(&record);
            }
        } else if (same(*stored, record)) {
            ++counts.unchanged;
        } else {
            ++counts.updated;
            if (changes) {
                changes->updated.push_back(&record);
            }
        }
    }
    return counts;
}

// The same for records that may merge into a workspace record of another uid:
// `storedOf(record)` finds the one it merges into (or nullptr), and an update carries that
// record's uid (changes->updated holds pairs of the file's record and the stored uid).
template <class Record, class StoredOf, class Same, class Changes>
ChangeCounts planByMatch(std::string_view section, const std::vector<Record>& fileRecords,
                         StoredOf storedOf, Same same, Changes* changes) {
    ChangeCounts counts{std::string(section), 0, 0, 0};
    for (const Record& record : fileRecords) {
        const Record* stored = storedOf(record);
        if (stored == nullptr) {
            ++counts.added;
            if (changes) {
                changes->added.push_back(&record);
            }
        } else if (same(*stored, record)) {
            ++counts.unchanged;
        } else {
            ++counts.updated;
            if (changes) {
                changes->updated.emplace_back(&record, stored->uid);
            }
        }
    }
    return counts;
}

}  // namespace pmm::interchange
