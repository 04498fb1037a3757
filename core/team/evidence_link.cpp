#include "team/evidence_link.h"

#include <algorithm>

namespace pmm::team {

bool isEvidenceKind(std::string_view kind) {
    if (kind.empty() || kind.size() > 32 || kind.front() < 'a' || kind.front() > 'z') {
        return false;
    }
    return std::all_of(kind.begin(), kind.end(),
                       [](char c) { return (c >= 'a' && c <= 'z') || c == '_'; });
}

std::string evidenceKindLabel(std::string_view kind) {
    if (kind == kLaunchEvidence) {
        return "Launch";
    }
    if (kind == kBattlecardEvidence) {
        return "Battlecard";
    }
    if (kind == kReviewEvidence) {
        return "Positioning review";
    }
    if (kind == kDecisionEvidence) {
        return "Decision memo";
    }
    return std::string(kind);
}

}  // namespace pmm::team
