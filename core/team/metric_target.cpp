#include "team/metric_target.h"

#include <cctype>
#include <charconv>
#include <string>

namespace pmm::team {

namespace {

bool isDigit(char c) {
    return std::isdigit(static_cast<unsigned char>(c)) != 0;
}

}  // namespace

std::optional<double> leadingNumber(std::string_view text) {
    std::size_t start = 0;
    while (start < text.size() && !isDigit(text[start]) &&
           !(text[start] == '.' && start + 1 < text.size() && isDigit(text[start + 1]))) {
        ++start;
    }
    if (start == text.size()) {
        return std::nullopt;
    }
    const bool negative = start > 0 && text[start - 1] == '-';
    // Digits, one decimal point, and thousands separators between digits ("2,400").
    std::string digits;
    bool point = false;
    for (std::size_t i = start; i < text.size(); ++i) {
        const char c = text[i];
        if (isDigit(c)) {
            digits += c;
        } else if (c == '.' && !point && i + 1 < text.size() && isDigit(text[i + 1])) {
            digits += c;
            point = true;
        } else if (c == ',' && !point && i > start && i + 1 < text.size() && isDigit(text[i + 1])) {
            continue;
        } else {
            break;
        }
    }
    double value = 0;
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (error != std::errc() || end != digits.data() + digits.size()) {
        return std::nullopt;
    }
    return negative ? -value : value;
}

std::optional<bool> metricTargetMet(const launches::SuccessMetric& metric) {
    if (!metric.actual) {
        return std::nullopt;
    }
    const auto actual = leadingNumber(*metric.actual);
    const auto target = leadingNumber(metric.target);
    if (!actual || !target) {
        return std::nullopt;
    }
    const auto baseline = leadingNumber(metric.baseline);
    const bool lowerIsBetter = baseline && *target < *baseline;
    return lowerIsBetter ? *actual <= *target : *actual >= *target;
}

}  // namespace pmm::team
