#pragma once

#include <string>
#include <string_view>

namespace pmm::team {

// Kinds of workspace things an assessment can cite. Stored as these words; a kind added later
// (any lower-case word) needs no schema change.
inline constexpr std::string_view kLaunchEvidence = "launch";
inline constexpr std::string_view kBattlecardEvidence = "battlecard";
inline constexpr std::string_view kReviewEvidence = "review";      // a positioning review led
inline constexpr std::string_view kDecisionEvidence = "decision";  // a decision memo written

// A link from an assessment to a thing the workspace holds, by kind and uid. `label` is what
// the thing was called when it was attached, so the link still reads after it is gone.
struct EvidenceLink {
    std::string kind;
    std::string uid;
    std::string label;

    friend bool operator==(const EvidenceLink&, const EvidenceLink&) = default;
};

// 1-32 characters of a-z and '_', starting with a letter.
bool isEvidenceKind(std::string_view kind);
// "Launch", "Battlecard", "Positioning review", "Decision memo"; other kinds as written.
std::string evidenceKindLabel(std::string_view kind);

}  // namespace pmm::team
