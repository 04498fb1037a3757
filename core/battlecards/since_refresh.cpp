#include "battlecards/since_refresh.h"

#include <algorithm>

namespace pmm::battlecards {

namespace {

std::string joinNames(const std::vector<std::string>& names) {
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0) {
            out += i + 1 == names.size() ? " and " : ", ";
        }
        out += names[i];
    }
    return out;
}

}  // namespace

std::optional<RevisionInfo> refreshBase(const std::vector<RevisionInfo>& history) {
    std::optional<RevisionInfo> newestRefresh;
    std::optional<RevisionInfo> oldest;
    for (const RevisionInfo& revision : history) {
        if (revision.kind == RevisionKind::Refresh &&
            (!newestRefresh || revision.number > newestRefresh->number)) {
            newestRefresh = revision;
        }
        if (!oldest || revision.number < oldest->number) {
            oldest = revision;
        }
    }
    return newestRefresh ? newestRefresh : oldest;
}

SinceRefreshSummary summarizeSinceRefresh(const std::vector<RevisionInfo>& history,
                                          const BattlecardContent& atBase,
                                          const BattlecardContent& current) {
    SinceRefreshSummary summary;
    summary.base = refreshBase(history);
    summary.diff = diffCards(atBase, current);
    if (!summary.base) {
        summary.sentence = "This card has no history yet.";
        return summary;
    }
    for (const RevisionInfo& revision : history) {
        if (revision.number > summary.base->number && revision.kind == RevisionKind::Save) {
            summary.saves.push_back(revision);
        }
    }
    std::sort(summary.saves.begin(), summary.saves.end(),
              [](const RevisionInfo& a, const RevisionInfo& b) { return a.number < b.number; });
    for (const RevisionInfo& save : summary.saves) {
        if (std::find(summary.editors.begin(), summary.editors.end(), save.changedBy) ==
            summary.editors.end()) {
            summary.editors.push_back(save.changedBy);
        }
    }

    const std::string day = summary.base->changedAt.substr(0, 10);
    const std::string since = summary.base->kind == RevisionKind::Refresh
                                  ? "the refresh of " + day
                                  : "the card was created on " + day;
    if (!summary.diff.hasChanges()) {
        summary.sentence = "No changes since " + since + ".";
        if (!summary.saves.empty()) {
            summary.sentence.pop_back();
            summary.sentence += " (" + std::to_string(summary.saves.size()) +
                                (summary.saves.size() == 1 ? " save" : " saves") +
                                " left the text as it was).";
        }
        return summary;
    }
    summary.sentence = "Since " + since + ": ";
    if (!summary.saves.empty()) {
        summary.sentence += std::to_string(summary.saves.size()) +
                            (summary.saves.size() == 1 ? " save by " : " saves by ") +
                            joinNames(summary.editors) + ". ";
    }
    summary.sentence += summary.diff.summary() + ".";
    return summary;
}

}  // namespace pmm::battlecards
