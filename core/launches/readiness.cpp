#include "launches/readiness.h"

#include <ostream>

namespace pmm::launches {

double Readiness::fraction() const {
    return required <= 0 ? 1.0 : static_cast<double>(done) / required;
}

int Readiness::percent() const {
    return required <= 0 ? 100 : done * 100 / required;
}

std::string Readiness::text() const {
    return std::to_string(done) + "/" + std::to_string(required) + " (" +
           std::to_string(percent()) + " %)";
}

std::ostream& operator<<(std::ostream& out, const Readiness& readiness) {
    return out << readiness.text();
}

Readiness& Readiness::operator+=(const Readiness& other) {
    done += other.done;
    required += other.required;
    return *this;
}

}  // namespace pmm::launches
