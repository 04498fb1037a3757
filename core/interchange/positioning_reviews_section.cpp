#include "interchange/positioning_reviews_section.h"

#include <algorithm>
#include <set>

#include "interchange/import_scope.h"
#include "interchange/section_support.h"
#include "storage/interchange_positioning_writer.h"
#include "util/uuid.h"

namespace pmm::interchange {

namespace {

using positioning::ReviewDecision;
using positioning::TriggerKind;

constexpr std::size_t kMaxParticipants = 200;
constexpr std::size_t kMaxRequests = 500;
constexpr int kMaxRevision = 1'000'000;

std::string uidOf(const ReviewRecord& record) {
    return record.uid;
}

std::vector<RefreshRequestEntry> byCard(std::vector<RefreshRequestEntry> requests) {
    std::sort(requests.begin(), requests.end(),
              [](const auto& a, const auto& b) { return a.cardUid < b.cardUid; });
    return requests;
}

// Participants (sorted when read) and requests in any order: the same review.
bool same(const ReviewRecord& a, const ReviewRecord& b) {
    return a.uid == b.uid && a.reviewedOn == b.reviewedOn && a.trigger == b.trigger &&
           a.productUid == b.productUid && a.segmentUid == b.segmentUid &&
           a.competitorUid == b.competitorUid && a.evidence == b.evidence &&
           a.decision == b.decision && a.statementUid == b.statementUid &&
           a.followUps == b.followUps && a.participantUids == b.participantUids &&
           byCard(a.refreshRequests) == byCard(b.refreshRequests);
}

const std::vector<std::string_view>& triggerWords() {
    static const std::vector<std::string_view> words = {
        positioning::triggerKey(TriggerKind::Scheduled),
        positioning::triggerKey(TriggerKind::FailedDeals),
        positioning::triggerKey(TriggerKind::NewCompetitor),
        positioning::triggerKey(TriggerKind::Pivot), positioning::triggerKey(TriggerKind::Overdue)};
    return words;
}

const std::vector<std::string_view>& decisionWords() {
    static const std::vector<std::string_view> words = {
        positioning::decisionKey(ReviewDecision::Keep),
        positioning::decisionKey(ReviewDecision::Refine),
        positioning::decisionKey(ReviewDecision::Reposition)};
    return words;
}

void readParticipants(ObjectReader& reader, ReviewRecord& review, ProblemList& problems,
                      bool& intact) {
    const nlohmann::json* people = reader.array("participants", Need::Optional);
    if (people == nullptr) {
        return;
    }
    if (people->size() > kMaxParticipants) {
        reader.report("participants", "a review takes at most " + std::to_string(kMaxParticipants) +
                                          " participants, got " + std::to_string(people->size()));
        return;
    }
    std::set<std::string> seen;
    for (std::size_t i = 0; i < people->size(); ++i) {
        const nlohmann::json& person = (*people)[i];
        const std::string path = childPath(reader.fieldPath("participants"), i);
        if (!person.is_string() || !isUuid(person.get<std::string>())) {
            problems.add(
                path, "expected a person's uid (a lower-case UUID), got " + describeValue(person));
            intact = false;
        } else if (!seen.insert(person.get<std::string>()).second) {
            problems.add(path, "this person takes part twice");
            intact = false;
        } else {
            review.participantUids.push_back(person.get<std::string>());
        }
    }
    std::sort(review.participantUids.begin(), review.participantUids.end());
}

void readRequests(ObjectReader& reader, ReviewRecord& review, bool& intact) {
    const nlohmann::json* requests = reader.array("refresh_requests", Need::Optional);
    if (requests == nullptr) {
        return;
    }
    if (requests->size() > kMaxRequests) {
        reader.report("refresh_requests", "a review asks at most " + std::to_string(kMaxRequests) +
                                              " card refreshes, got " +
                                              std::to_string(requests->size()));
        return;
    }
    std::set<std::string> seen;
    for (std::size_t i = 0; i < requests->size(); ++i) {
        ObjectReader entry((*requests)[i], reader, "refresh_requests", i);
        RefreshRequestEntry request;
        request.cardUid = entry.uid("card");
        request.requestedOn = entry.date("requested_on").value_or(review.reviewedOn);
        request.note = entry.text("note", Need::Optional);
        request.cardRevision =
            entry.integer("card_revision", Need::Optional, 0, kMaxRevision).value_or(0);
        if (!request.cardUid.empty() && !seen.insert(request.cardUid).second) {
            entry.report("card", "this review asks to refresh the same card twice");
        }
        entry.finish();
        intact = intact && entry.intact();
        review.refreshRequests.push_back(std::move(request));
    }
}

// Reports each reference of `review` that points nowhere.
void validateReferences(std::string_view section, const ImportScope& scope,
                        const ReviewRecord& review, ProblemList& problems) {
    const std::size_t index = review.origin.index;
    const auto missing = [&](const std::string& path, const char* what, const std::string& uid) {
        problems.add(
            path, std::string("no ") + what + " with uid " + uid + " in the file or the workspace");
    };
    if (review.productUid && !scope.productExists(*review.productUid)) {
        missing(fieldPath(section, index, "product"), "product", *review.productUid);
    }
    if (review.segmentUid && !scope.segmentExists(*review.segmentUid)) {
        missing(fieldPath(section, index, "segment"), "segment", *review.segmentUid);
    }
    if (review.competitorUid && !scope.competitorExists(*review.competitorUid)) {
        missing(fieldPath(section, index, "competitor"), "competitor", *review.competitorUid);
    }
    if (review.statementUid && !scope.statementExists(*review.statementUid)) {
        missing(fieldPath(section, index, "statement"), "positioning statement",
                *review.statementUid);
    }
    for (const std::string& person : review.participantUids) {
        if (!scope.personExists(person)) {
            missing(fieldPath(section, index, "participants"), "person", person);
        }
    }
    const std::string requests = fieldPath(section, index, "refresh_requests");
    for (std::size_t i = 0; i < review.refreshRequests.size(); ++i) {
        const std::string& card = review.refreshRequests[i].cardUid;
        if (!card.empty() && !scope.cardExists(card)) {
            missing(childPath(childPath(requests, i), "card"), "battlecard", card);
        }
    }
}

RecordChanges<ReviewRecord> changesOf(const ImportScope& scope) {
    RecordChanges<ReviewRecord> changes;
    planByKey("", scope.file().reviews, scope.workspaceReviews, uidOf, same, &changes);
    return changes;
}

}  // namespace

void PositioningReviewsSection::writeJson(JsonWriter& out, const WorkspaceData& data) const {
    out.beginArray();
    for (const ReviewRecord& r : data.reviews) {
        out.beginObject();
        out.key("uid");
        out.value(r.uid);
        out.key("reviewed_on");
        out.value(r.reviewedOn);
        out.key("trigger");
        out.value(positioning::triggerKey(r.trigger));
        out.key("product");
        out.value(r.productUid);
        out.key("segment");
        out.value(r.segmentUid);
        out.key("competitor");
        out.value(r.competitorUid);
        out.key("evidence");
        out.value(r.evidence);
        out.key("decision");
        out.value(positioning::decisionKey(r.decision));
        out.key("statement");
        out.value(r.statementUid);
        out.key("follow_ups");
        out.value(r.followUps);
        out.key("participants");
        out.beginArray();
        for (const std::string& person : r.participantUids) {
            out.value(person);
        }
        out.endArray();
        out.key("refresh_requests");
        out.beginArray();
        for (const RefreshRequestEntry& request : r.refreshRequests) {
            out.beginObject();
            out.key("card");
            out.value(request.cardUid);
            out.key("requested_on");
            out.value(request.requestedOn);
            out.key("note");
            out.value(request.note);
            out.key("card_revision");
            out.value(request.cardRevision);
            out.endObject();
        }
        out.endArray();
        out.endObject();
    }
    out.endArray();
}

void PositioningReviewsSection::readRecord(const nlohmann::json& value, std::size_t index,
                                           WorkspaceData& file, ProblemList& problems) const {
    ObjectReader reader(value, key(), index, problems);
    ReviewRecord r;
    bool intact = true;
    r.uid = reader.uid("uid");
    r.reviewedOn = reader.requiredDate("reviewed_on");
    r.trigger = positioning::triggerFromKey(
                    reader.word("trigger", Need::Required, triggerWords(), "scheduled"))
                    .value_or(TriggerKind::Scheduled);
    r.productUid = reader.reference("product");
    r.segmentUid = reader.reference("segment");
    r.competitorUid = reader.reference("competitor");
    r.evidence = reader.text("evidence", Need::Optional);
    r.decision = positioning::decisionFromKey(
                     reader.word("decision", Need::Required, decisionWords(), "keep"))
                     .value_or(ReviewDecision::Keep);
    r.statementUid = reader.reference("statement");
    r.followUps = reader.text("follow_ups", Need::Optional);
    readParticipants(reader, r, problems, intact);
    readRequests(reader, r, intact);
    if (reader.intact() && r.decision != ReviewDecision::Keep && !r.statementUid) {
        reader.report("statement", "a review that decides to " +
                                       std::string(positioning::decisionKey(r.decision)) +
                                       " names the statement version it wrote");
    }
    reader.finish();
    r.origin = Origin{index, intact && reader.intact()};
    file.reviews.push_back(std::move(r));
}

void PositioningReviewsSection::validate(const ImportScope& scope, ProblemList& problems) const {
    const auto& records = scope.file().reviews;
    reportDuplicateKeys(key(), records, uidOf, "uid", problems);
    for (const ReviewRecord& review : records) {
        validateReferences(key(), scope, review, problems);
    }
}

ChangeCounts PositioningReviewsSection::plan(const ImportScope& scope) const {
    return planByKey(key(), scope.file().reviews, scope.workspaceReviews, uidOf, same);
}

void PositioningReviewsSection::write(const ImportScope& scope, sqlite3* db) const {
    storage::writeReviews(db, changesOf(scope));
}

}  // namespace pmm::interchange
