#include "interchange/section_support.h"

#include <array>
#include <chrono>
#include <ctime>

namespace pmm::interchange {

std::string nowTimestamp() {
    const std::time_t seconds =
        std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    std::array<char, 32> text{};
    std::strftime(text.data(), text.size(), "%Y-%m-%dT%H:%M:%SZ", &utc);
    return text.data();
}

}  // namespace pmm::interchange
