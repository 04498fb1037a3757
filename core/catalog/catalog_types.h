#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace pmm::catalog {

// A career level; rank orders them (1 = most junior).
struct Level {
    int rank = 0;
    std::string name;
};

struct Person {
    std::int64_t id = 0;  // 0 until stored
    std::string uid;      // assigned when stored, if empty
    std::string name;
    std::string email;
    int levelRank = 2;
    std::optional<std::int64_t> managerId;
};

struct Product {
    std::int64_t id = 0;
    std::string uid;
    std::string name;
    std::string description;
};

// A market segment; its owner is the PMM who owns the segment's battlecards.
struct Segment {
    std::int64_t id = 0;
    std::string uid;
    std::string name;
    std::string description;
    std::optional<std::int64_t> ownerId;
};

struct Competitor {
    std::int64_t id = 0;
    std::string uid;
    std::string name;
    std::string website;
    std::optional<std::string> firstSeen;  // YYYY-MM-DD
    std::string notes;
};

}  // namespace pmm::catalog
