#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace pmm::interchange {

// JSON Pointers (RFC 6901) naming where in a file a problem is: "/launches/17/criteria".
// A key's "~" and "/" are escaped as "~0" and "~1".
std::string childPath(std::string_view parent, std::string_view key);
std::string childPath(std::string_view parent, std::size_t index);

}  // namespace pmm::interchange
