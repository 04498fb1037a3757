#include "positioning/positioning_statement.h"

#include "positioning/deal_values.h"

namespace pmm::positioning {

std::string statementSentence(const PositioningStatement& statement, std::string_view product) {
    std::string sentence;
    if (!trimmed(statement.forCustomer).empty()) {
        sentence += "For " + statement.forCustomer;
        if (!trimmed(statement.whoNeed).empty()) {
            sentence += " who " + statement.whoNeed;
        }
        sentence += ", ";
    }
    sentence += std::string(product);
    if (!trimmed(statement.isA).empty()) {
        sentence += " is a " + statement.isA;
    }
    if (!trimmed(statement.thatBenefit).empty()) {
        sentence += " that " + statement.thatBenefit;
    }
    sentence += ".";
    if (!trimmed(statement.unlike).empty()) {
        sentence += " Unlike " + statement.unlike + ",";
    }
    if (!trimmed(statement.weDiffer).empty()) {
        sentence += trimmed(statement.unlike).empty() ? " We " : " we ";
        sentence += statement.weDiffer + ".";
    }
    return sentence;
}

std::string firstMissingPart(const PositioningStatement& statement) {
    const std::pair<const char*, const std::string*> parts[] = {
        {"For", &statement.forCustomer},
        {"Who", &statement.whoNeed},
        {"Is a", &statement.isA},
        {"That", &statement.thatBenefit},
    };
    for (const auto& [name, text] : parts) {
        if (trimmed(*text).empty()) {
            return name;
        }
    }
    return {};
}

}  // namespace pmm::positioning
