#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "battlecards/battlecard.h"

namespace pmm::battlecards {

// The template's sections, in the order a card is filled in and read.
enum class CardSection {
    Overview,
    WhyWeWin,
    WhyWeLose,
    Objections,
    Landmines,
    ProofPoints,
    PricingNotes,
    DecisionTree,
};

inline constexpr std::array<CardSection, 8> kCardSections = {
    CardSection::Overview,     CardSection::WhyWeWin,    CardSection::WhyWeLose,
    CardSection::Objections,   CardSection::Landmines,   CardSection::ProofPoints,
    CardSection::PricingNotes, CardSection::DecisionTree};

std::string_view sectionTitle(CardSection section);  // "Objection handling"
std::string_view sectionKey(CardSection section);    // "objections": snapshots and exports
std::optional<CardSection> sectionFromKey(std::string_view key);
// What goes in the section, explained to the PMM filling it in.
std::string_view sectionGuide(CardSection section);
// The labels of a list line's fields, e.g. {"Objection", "Response", "Proof"}.
std::vector<std::string_view> sectionFields(CardSection section);

// A section's content as uniform lines, so diffs, search text and reports treat every
// section alike: one line per item with its fields in sectionFields order.
struct SectionLine {
    std::vector<std::string> fields;
    bool internalOnly = false;
    friend bool operator==(const SectionLine&, const SectionLine&) = default;
};
std::vector<SectionLine> linesOf(const BattlecardContent& content, CardSection section);
// `content` with `section` replaced by `lines` (the inverse of linesOf): the fields in
// sectionFields order (missing ones empty) and the internal-only mark.
void setLinesOf(BattlecardContent& content, CardSection section,
                const std::vector<SectionLine>& lines);
// The lines of a section of plain lines (overview, why we win, why we lose, landmines,
// pricing notes); null for the other sections and for none.
std::vector<CardPoint>* pointsOf(BattlecardContent& content, std::optional<CardSection> section);
// Overview and pricing notes were free text before they became lines (revisions saved then,
// files exported then): one line per line of the text that is not blank, none internal-only.
std::vector<CardPoint> pointsFromText(std::string_view text);
// The line's fields joined for reading: "Objection → Response → Proof", empty fields left out.
std::string displayText(const SectionLine& line);

}  // namespace pmm::battlecards
