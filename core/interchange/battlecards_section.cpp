#include "interchange/battlecards_section.h"

#include <unordered_map>

#include "interchange/battlecard_record_json.h"
#include "interchange/import_scope.h"
#include "interchange/section_support.h"
#include "storage/interchange_battlecard_writer.h"

namespace pmm::interchange {

namespace {

std::string uidOf(const BattlecardRecord& card) {
    return card.uid;
}

// A revision of the file against the one the workspace holds with its uid. Its text is
// compared when the file states it: null means "the card's current text" for a new revision,
// and "as recorded" for one the workspace holds (a card edited in the file keeps its history).
bool sameRevision(const BattlecardRecord& storedCard, const CardRevisionRecord& stored,
                  const CardRevisionRecord& revision) {
    return stored.uid == revision.uid && stored.number == revision.number &&
           stored.kind == revision.kind && stored.changedBy == revision.changedBy &&
           stored.changedByUid == revision.changedByUid && stored.changedAt == revision.changedAt &&
           stored.note == revision.note && stored.summary == revision.summary &&
           (!revision.content || revisionContent(storedCard, stored) == *revision.content);
}

const CardRevisionRecord* findRevision(const BattlecardRecord& card, const std::string& uid) {
    for (const CardRevisionRecord& revision : card.revisions) {
        if (revision.uid == uid) {
            return &revision;
        }
    }
    return nullptr;
}

// Unchanged: the same fields and text, and every revision of the file already recorded
// (history only grows, so the workspace may hold more).
bool same(const BattlecardRecord& stored, const BattlecardRecord& card) {
    if (stored.uid != card.uid || stored.competitorUid != card.competitorUid ||
        stored.segmentUid != card.segmentUid || stored.ownerUid != card.ownerUid ||
        stored.lastRefreshed != card.lastRefreshed ||
        stored.refreshIntervalDays != card.refreshIntervalDays ||
        stored.refreshRequired != card.refreshRequired ||
        stored.refreshLaunchUid != card.refreshLaunchUid || stored.createdAt != card.createdAt ||
        stored.updatedAt != card.updatedAt || stored.content != card.content) {
        return false;
    }
    for (const CardRevisionRecord& revision : card.revisions) {
        if (findRevision(stored, revision.uid) == nullptr) {
            return false;
        }
    }
    return true;
}

std::string pairKey(const BattlecardRecord& card) {
    return card.competitorUid + " " + card.segmentUid;
}

ChangeCounts planCards(const ImportScope& scope, std::string_view section,
                       std::vector<storage::CardWrite>* writes) {
    ChangeCounts counts{std::string(section), 0, 0, 0};
    for (const BattlecardRecord& card : scope.file().battlecards) {
        const BattlecardRecord* stored = scope.workspaceCards.find(card.uid);
        if (stored != nullptr && same(*stored, card)) {
            ++counts.unchanged;
            continue;
        }
        ++(stored == nullptr ? counts.added : counts.updated);
        if (writes == nullptr) {
            continue;
        }
        storage::CardWrite write{&card, stored == nullptr, {}};
        for (const CardRevisionRecord& revision : card.revisions) {
            if (stored == nullptr || findRevision(*stored, revision.uid) == nullptr) {
                write.newRevisions.push_back(&revision);
            }
        }
        writes->push_back(std::move(write));
    }
    return counts;
}

}  // namespace

void BattlecardsSection::writeJson(JsonWriter& out, const WorkspaceData& data) const {
    out.beginArray();
    for (const BattlecardRecord& card : data.battlecards) {
        writeBattlecard(out, card);
    }
    out.endArray();
}

void BattlecardsSection::readRecord(const nlohmann::json& value, std::size_t index,
                                    WorkspaceData& file, ProblemList& problems) const {
    file.battlecards.push_back(battlecardFromJson(value, index, problems));
}

void BattlecardsSection::complete(WorkspaceData& file, const ImportScope&) const {
    const std::string now = nowTimestamp();
    for (BattlecardRecord& card : file.battlecards) {
        if (card.createdAt.empty()) {
            card.createdAt = now;
        }
        if (card.updatedAt.empty()) {
            card.updatedAt = card.createdAt;
        }
        for (CardRevisionRecord& revision : card.revisions) {
            if (revision.changedAt.empty()) {
                revision.changedAt = now;
            }
        }
    }
}

void BattlecardsSection::validate(const ImportScope& scope, ProblemList& problems) const {
    const auto& cards = scope.file().battlecards;
    reportDuplicateKeys(key(), cards, uidOf, "uid", problems);
    // One card per competitor and segment once merged (a card's pair never changes).
    std::unordered_map<std::string, std::string> storedByPair;
    for (const BattlecardRecord& stored : scope.workspace().battlecards) {
        storedByPair.emplace(pairKey(stored), stored.uid);
    }
    std::unordered_map<std::string, std::string> fileByPair;
    for (const BattlecardRecord& card : cards) {
        validateReferences(scope, card, problems);
        if (card.competitorUid.empty() || card.segmentUid.empty()) {
            continue;
        }
        const std::string pair = pairKey(card);
        const auto [inFile, first] = fileByPair.emplace(pair, recordPath(key(), card.origin.index));
        const auto stored = storedByPair.find(pair);
        std::string other;
        if (!first) {
            other = inFile->second;
        } else if (stored != storedByPair.end() && stored->second != card.uid) {
            other = "uid " + stored->second + " in the workspace";
        }
        if (!other.empty()) {
            problems.add(fieldPath(key(), card.origin.index, "segment"),
                         "another card is for this competitor in this segment (" + other +
                             "); a competitor has one card per segment");
        }
    }
    validateRevisions(scope, problems);
}

void BattlecardsSection::validateReferences(const ImportScope& scope, const BattlecardRecord& card,
                                            ProblemList& problems) const {
    const std::size_t index = card.origin.index;
    const auto missing = [&](const char* field, const char* what, const std::string& uid) {
        problems.add(fieldPath(key(), index, field), std::string("no ") + what + " with uid " +
                                                         uid + " in the file or the workspace");
    };
    if (!card.competitorUid.empty() && !scope.competitorExists(card.competitorUid)) {
        missing("competitor", "competitor", card.competitorUid);
    }
    if (!card.segmentUid.empty() && !scope.segmentExists(card.segmentUid)) {
        missing("segment", "segment", card.segmentUid);
    }
    if (card.ownerUid && !scope.personExists(*card.ownerUid)) {
        missing("owner", "person", *card.ownerUid);
    }
    if (card.refreshLaunchUid && !scope.competitorLaunchExists(*card.refreshLaunchUid)) {
        missing("refresh_launch", "competitor launch", *card.refreshLaunchUid);
    }
    if (const BattlecardRecord* stored = scope.workspaceCards.find(card.uid);
        stored != nullptr && card.origin.intact && pairKey(*stored) != pairKey(card)) {
        problems.add(fieldPath(key(), index, "competitor"),
                     "the workspace holds this card for another competitor or segment; a "
                     "card's competitor and segment never change");
    }
}

void BattlecardsSection::validateRevisions(const ImportScope& scope, ProblemList& problems) const {
    // Which card the workspace records each revision for.
    std::unordered_map<std::string, const BattlecardRecord*> storedCard;
    for (const BattlecardRecord& stored : scope.workspace().battlecards) {
        for (const CardRevisionRecord& revision : stored.revisions) {
            storedCard.emplace(revision.uid, &stored);
        }
    }
    std::unordered_map<std::string, std::string> seen;
    for (const BattlecardRecord& card : scope.file().battlecards) {
        for (std::size_t i = 0; i < card.revisions.size(); ++i) {
            const CardRevisionRecord& revision = card.revisions[i];
            const std::string path = childPath(fieldPath(key(), card.origin.index, "revisions"), i);
            if (revision.changedByUid && !scope.personExists(*revision.changedByUid)) {
                problems.add(childPath(path, "changed_by_person"),
                             "no person with uid " + *revision.changedByUid +
                                 " in the file or the workspace");
            }
            if (revision.uid.empty()) {
                continue;
            }
            const auto [first, inserted] = seen.emplace(revision.uid, childPath(path, "uid"));
            if (!inserted) {
                problems.add(childPath(path, "uid"), "duplicate: " + first->second + " has it too");
                continue;
            }
            const auto stored = storedCard.find(revision.uid);
            if (stored == storedCard.end() || !card.origin.intact) {
                continue;
            }
            if (stored->second->uid != card.uid) {
                problems.add(childPath(path, "uid"),
                             "the workspace records this revision for another card (uid " +
                                 stored->second->uid + ")");
            } else if (!sameRevision(*stored->second, *findRevision(*stored->second, revision.uid),
                                     revision)) {
                problems.add(path,
                             "the workspace records this revision differently; a "
                             "revision never changes once recorded");
            }
        }
    }
}

ChangeCounts BattlecardsSection::plan(const ImportScope& scope) const {
    return planCards(scope, key(), nullptr);
}

void BattlecardsSection::write(const ImportScope& scope, sqlite3* db) const {
    std::vector<storage::CardWrite> writes;
    planCards(scope, key(), &writes);
    storage::writeBattlecards(db, writes);
}

}  // namespace pmm::interchange
