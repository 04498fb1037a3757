#pragma once

#include <array>
#include <span>
#include <string_view>

#include "launches/criterion.h"

namespace pmm::demo {

// What demo launches are about: a kind of launch that any product can have, with the
// customer decision it changes and how its success is measured. "{P}" in a name or outcome
// is the product's name.
struct LaunchTheme {
    std::string_view name;     // "Usage-based billing for {P}"
    std::string_view outcome;  // "Finance leads decide to expand seats without ..."
    std::string_view metric;   // "Seat expansions without procurement, per month"
    double baseline = 0;
    double target = 0;
    std::string_view unit;  // appended to numbers: " %", " days", ""
    int decimals = 0;
};

std::span<const LaunchTheme> launchThemes();

// Suffixes that tell apart launches of the same theme and product ("" most often).
std::span<const std::string_view> launchQualifiers();

// One-line evidence for a criterion scored 1-5; "{n}" is a number, "{C}" a competitor.
std::span<const std::string_view> criterionEvidence(launches::Criterion criterion, int score);

// Why a Director put a tier in force over the rule's result, by direction.
std::span<const std::string_view> upgradeReasons();
std::span<const std::string_view> downgradeReasons();

}  // namespace pmm::demo
