#pragma once

#include <optional>
#include <string>
#include <vector>

#include "battlecards/battlecard.h"
#include "battlecards/battlecard_section.h"

namespace pmm::battlecards {

// Same: in both versions. Changed: a line edited in place, including a change of its
// internal-only mark.
enum class DiffOp { Same, Added, Removed, Changed };

struct DiffLine {
    DiffOp op = DiffOp::Same;
    std::optional<SectionLine> before;  // absent for Added
    std::optional<SectionLine> after;   // absent for Removed
};

struct SectionDiff {
    CardSection section = CardSection::Overview;
    std::vector<DiffLine> lines;  // every line of both versions, unchanged ones for context
    int added = 0;
    int removed = 0;
    int changed = 0;

    bool hasChanges() const { return added + removed + changed > 0; }
    // "2 added, 1 changed"; empty without changes.
    std::string summary() const;
};

// A section-by-section comparison of two versions of a card, ready to render.
struct CardDiff {
    std::vector<SectionDiff> sections;  // all sections, in template order

    bool hasChanges() const;
    // "Why we win: 1 added; Objection handling: 1 changed" or "No changes".
    std::string summary() const;
};

// Sections are compared line by line, where a removed line facing an added one at the same
// place counts as changed.
CardDiff diffCards(const BattlecardContent& before, const BattlecardContent& after);
SectionDiff diffSection(CardSection section, const std::vector<SectionLine>& before,
                        const std::vector<SectionLine>& after);

}  // namespace pmm::battlecards
