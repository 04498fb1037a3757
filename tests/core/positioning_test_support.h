#pragma once

#include <cstdint>

namespace pmm::storage {
class Workspace;
}

namespace pmm::test {

// The smallest catalog a positioning test stands on: product "Atlas", segment "Mid-market"
// and person "Ada".
struct PositioningBasics {
    std::int64_t product = 0;
    std::int64_t segment = 0;
    std::int64_t person = 0;
};

PositioningBasics addPositioningBasics(storage::Workspace& workspace);

}  // namespace pmm::test
