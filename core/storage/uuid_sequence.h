#pragma once

#include <cstdint>
#include <random>
#include <string>

namespace pmm::storage {

// Time-ordered UUIDs (RFC 9562 version 7) for the rows of one bulk write: the creation time
// in milliseconds, then a counter that starts at a random value, then random bits. Each one
// sorts after the one before, so the rows' unique uid index grows at one end instead of at
// 100,000 random places (fewer b-tree pages touched and split while importing deals).
class UuidSequence {
public:
    UuidSequence();
    std::string next();

private:
    std::mt19937_64 m_random;
    std::uint64_t m_millis;
    std::uint64_t m_counter;
};

}  // namespace pmm::storage
