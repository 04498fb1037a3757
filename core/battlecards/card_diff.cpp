#include "battlecards/card_diff.h"

#include <algorithm>

#include "battlecards/line_diff.h"

namespace pmm::battlecards {

namespace {

void appendCount(std::string& out, int n, const char* what) {
    if (n == 0) {
        return;
    }
    if (!out.empty()) {
        out += ", ";
    }
    out += std::to_string(n) + " " + what;
}

}  // namespace

std::string SectionDiff::summary() const {
    std::string out;
    appendCount(out, added, "added");
    appendCount(out, removed, "removed");
    appendCount(out, changed, "changed");
    return out;
}

bool CardDiff::hasChanges() const {
    for (const SectionDiff& section : sections) {
        if (section.hasChanges()) {
            return true;
        }
    }
    return false;
}

std::string CardDiff::summary() const {
    std::string out;
    for (const SectionDiff& section : sections) {
        if (!section.hasChanges()) {
            continue;
        }
        if (!out.empty()) {
            out += "; ";
        }
        out += std::string(sectionTitle(section.section)) + ": " + section.summary();
    }
    return out.empty() ? "No changes" : out;
}

SectionDiff diffSection(CardSection section, const std::vector<SectionLine>& before,
                        const std::vector<SectionLine>& after) {
    SectionDiff diff;
    diff.section = section;
    const auto edits =
        diffSequences(before.size(), after.size(),
                      [&](std::size_t i, std::size_t j) { return before[i] == after[j]; });

    // A run of deletions and insertions between two kept lines: its n-th removed item and
    // n-th added item are the same item edited.
    std::vector<std::size_t> removed;
    std::vector<std::size_t> added;
    const auto flush = [&] {
        const std::size_t paired = std::min(removed.size(), added.size());
        for (std::size_t k = 0; k < paired; ++k) {
            diff.lines.push_back({DiffOp::Changed, before[removed[k]], after[added[k]]});
            ++diff.changed;
        }
        for (std::size_t k = paired; k < removed.size(); ++k) {
            diff.lines.push_back({DiffOp::Removed, before[removed[k]], std::nullopt});
            ++diff.removed;
        }
        for (std::size_t k = paired; k < added.size(); ++k) {
            diff.lines.push_back({DiffOp::Added, std::nullopt, after[added[k]]});
            ++diff.added;
        }
        removed.clear();
        added.clear();
    };
    for (const Edit& edit : edits) {
        switch (edit.kind) {
            case EditKind::Keep:
                flush();
                diff.lines.push_back({DiffOp::Same, before[edit.before], after[edit.after]});
                break;
            case EditKind::Delete:
                removed.push_back(edit.before);
                break;
            case EditKind::Insert:
                added.push_back(edit.after);
                break;
        }
    }
    flush();
    return diff;
}

CardDiff diffCards(const BattlecardContent& before, const BattlecardContent& after) {
    CardDiff diff;
    diff.sections.reserve(kCardSections.size());
    for (CardSection section : kCardSections) {
        diff.sections.push_back(
            diffSection(section, linesOf(before, section), linesOf(after, section)));
    }
    return diff;
}

}  // namespace pmm::battlecards
