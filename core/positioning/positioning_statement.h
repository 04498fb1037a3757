#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "util/dates.h"

namespace pmm::positioning {

// One version of the positioning statement of a product in a segment.
struct PositioningStatement {
    std::int64_t id = 0;  // 0 until stored
    std::string uid;
    std::int64_t productId = 0;
    std::int64_t segmentId = 0;
    int version = 0;  // assigned when stored: the next after the current one
    std::string forCustomer;
    std::string whoNeed;
    std::string isA;
    std::string thatBenefit;
    std::string unlike;
    std::string weDiffer;
    std::string note;
    std::string createdBy;
    Date createdOn;
};

// "For <for> who <who>, <product> is a <is a> that <that>. Unlike <unlike>, we <we>." with
// the parts left out that are empty.
std::string statementSentence(const PositioningStatement& statement, std::string_view product);

// The first empty required part ("For", "Who", "Is a", "That"), or "" when complete enough
// to save. Unlike and We may wait for the competitive picture.
std::string firstMissingPart(const PositioningStatement& statement);

}  // namespace pmm::positioning
