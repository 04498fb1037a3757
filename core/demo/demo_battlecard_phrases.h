#pragma once

#include <span>
#include <string_view>

namespace pmm::demo {

// Phrase banks for demo battlecards. Placeholders, filled in per card: {C} the competitor,
// {S} the segment, {P} one of our products, {Q} a customer, {N} a percentage-sized number,
// {M} a small number. Lists of three are "objection|response|proof" and
// "deal looks like|lead with|because"; proof points are "story|number"; an overview is its
// sentences, "first|second|third", a line each.
struct DemoCardPhrases {
    std::span<const std::string_view> overviews;
    std::span<const std::string_view> whyWeWin;
    std::span<const std::string_view> whyWeLose;
    std::span<const std::string_view> objections;
    std::span<const std::string_view> landmines;
    std::span<const std::string_view> proofPoints;
    std::span<const std::string_view> pricingNotes;
    std::span<const std::string_view> angles;
    std::span<const std::string_view> customers;
    std::span<const std::string_view> launches;  // "what|impact" of a competitor launch
    // Lines for the team only, marked internal-only on the card.
    std::span<const std::string_view> internalOverviews;
    std::span<const std::string_view> internalPricing;
};

const DemoCardPhrases& demoCardPhrases();

}  // namespace pmm::demo
