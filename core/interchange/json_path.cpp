#include "interchange/json_path.h"

namespace pmm::interchange {

std::string childPath(std::string_view parent, std::string_view key) {
    std::string path(parent);
    path.reserve(parent.size() + key.size() + 1);
    path += '/';
    for (char c : key) {
        if (c == '~') {
            path += "~0";
        } else if (c == '/') {
            path += "~1";
        } else {
            path += c;
        }
    }
    return path;
}

std::string childPath(std::string_view parent, std::size_t index) {
    return std::string(parent) + '/' + std::to_string(index);
}

}  // namespace pmm::interchange
