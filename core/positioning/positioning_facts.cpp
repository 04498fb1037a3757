#include "positioning/positioning_facts.h"

namespace pmm::positioning {

int quarterIndex(const Date& date) {
    return date.year * 4 + (date.month - 1) / 3;
}

std::string quarterText(int quarterIndex) {
    return std::to_string(quarterIndex / 4) + "-Q" + std::to_string(quarterIndex % 4 + 1);
}

}  // namespace pmm::positioning
