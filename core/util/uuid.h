#pragma once

#include <random>
#include <string>

namespace pmm {

// A random (version 4) UUID in its canonical lower-case text form.
std::string newUuid();

// The same from a caller's generator, so seeded demo data is reproducible.
std::string uuidFrom(std::mt19937_64& generator);

bool isUuid(const std::string& text);

}  // namespace pmm
