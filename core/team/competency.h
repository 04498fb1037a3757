#pragma once

#include <cstdint>
#include <string>

namespace pmm::team {

// A column of the skills matrix: something a PMM grows in, with an expectation per level.
struct Competency {
    std::int64_t id = 0;  // 0 until stored
    std::string uid;      // assigned when stored, if empty
    std::string name;     // "Launch execution"
    std::string description;
    int position = 0;  // 1, 2, 3... the grid's column order; 0 when adding: append at the end
    // Part of the required set: promotion waits until the next level's expectation is met here.
    bool requiredForPromotion = true;

    friend bool operator==(const Competency&, const Competency&) = default;
};

}  // namespace pmm::team
