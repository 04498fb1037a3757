#pragma once

#include <string>
#include <unordered_map>
#include <vector>

namespace pmm::interchange {

// Records by their key (a uid, a rank, a setting's key), for lookups while validating and
// planning an import. Keeps the first record of a key; duplicates are reported elsewhere.
template <class Record>
class RecordIndex {
public:
    RecordIndex() = default;
    template <class KeyOf>
    RecordIndex(const std::vector<Record>& records, KeyOf keyOf) {
        m_byKey.reserve(records.size());
        for (const Record& record : records) {
            m_byKey.emplace(keyOf(record), &record);
        }
    }

    const Record* find(const std::string& key) const {
        const auto found = m_byKey.find(key);
        return found == m_byKey.end() ? nullptr : found->second;
    }
    bool contains(const std::string& key) const { return m_byKey.count(key) > 0; }

private:
    std::unordered_map<std::string, const Record*> m_byKey;
};

}  // namespace pmm::interchange
