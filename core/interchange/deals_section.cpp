#include "interchange/deals_section.h"

#include <unordered_set>

#include "interchange/import_scope.h"
#include "interchange/section_support.h"
#include "storage/interchange_positioning_writer.h"

namespace pmm::interchange {

namespace {

// A trillion in hundredths: the largest amount a CRM import reads, too.
constexpr std::int64_t kMaxArrCents = 100'000'000'000'000LL;
constexpr std::size_t kMinDedupeKey = 4;  // the schema's length(dedupe_key) > 3

std::string uidOf(const DealRecord& record) {
    return record.uid;
}

bool same(const DealRecord& a, const DealRecord& b) {
    return a.uid == b.uid && a.dealRef == b.dealRef && a.name == b.name &&
           a.closedOn == b.closedOn && a.outcome == b.outcome && a.segmentUid == b.segmentUid &&
           a.productUid == b.productUid && a.competitorUid == b.competitorUid &&
           a.arrCents == b.arrCents && a.reason == b.reason && a.angle == b.angle &&
           a.notes == b.notes && a.dedupeKey == b.dedupeKey;
}

const std::vector<std::string_view>& outcomeWords() {
    static const std::vector<std::string_view> words = {
        positioning::outcomeKey(positioning::Outcome::Won),
        positioning::outcomeKey(positioning::Outcome::Lost),
        positioning::outcomeKey(positioning::Outcome::NoDecision)};
    return words;
}

// Which workspace deal each deal of the file merges into: the one with its uid, or else the
// one with its dedupe key that the file does not name by uid.
class DealMatches {
public:
    explicit DealMatches(const ImportScope& scope) : m_scope(scope) {
        for (const DealRecord& stored : scope.workspace().deals) {
            m_byKey.emplace(stored.dedupeKey, &stored);
        }
        for (const DealRecord& record : scope.file().deals) {
            if (scope.workspaceDeals.contains(record.uid)) {
                m_named.insert(record.uid);
            }
        }
    }

    const DealRecord* stored(const DealRecord& record) const {
        if (const DealRecord* byUid = m_scope.workspaceDeals.find(record.uid)) {
            return byUid;
        }
        const DealRecord* byKey = holder(record.dedupeKey);
        return byKey != nullptr && !named(byKey->uid) ? byKey : nullptr;
    }
    // The workspace deal that has `dedupeKey` now.
    const DealRecord* holder(const std::string& dedupeKey) const {
        const auto found = m_byKey.find(dedupeKey);
        return found == m_byKey.end() ? nullptr : found->second;
    }
    bool named(const std::string& uid) const { return m_named.count(uid) > 0; }

private:
    const ImportScope& m_scope;
    std::unordered_map<std::string, const DealRecord*> m_byKey;
    std::unordered_set<std::string> m_named;  // workspace deals the file has by uid
};

ChangeCounts planDeals(std::string_view section, const ImportScope& scope,
                       storage::DealChanges* changes) {
    const DealMatches matches(scope);
    return planByMatch(
        section, scope.file().deals,
        [&](const DealRecord& record) { return matches.stored(record); }, same, changes);
}

}  // namespace

void writeDeal(JsonWriter& out, const DealRecord& deal) {
    out.beginObject();
    out.key("uid");
    out.value(deal.uid);
    out.key("deal_id");
    out.value(deal.dealRef);
    out.key("name");
    out.value(deal.name);
    out.key("closed_on");
    out.value(deal.closedOn);
    out.key("outcome");
    out.value(positioning::outcomeKey(deal.outcome));
    out.key("segment");
    out.value(deal.segmentUid);
    out.key("product");
    out.value(deal.productUid);
    out.key("competitor");
    out.value(deal.competitorUid);
    out.key("arr");
    if (deal.arrCents) {
        out.decimal(*deal.arrCents);
    } else {
        out.null();
    }
    out.key("reason");
    out.value(deal.reason);
    out.key("angle");
    out.value(deal.angle);
    out.key("notes");
    out.value(deal.notes);
    out.key("dedupe_key");
    out.value(deal.dedupeKey);
    out.endObject();
}

void DealsSection::writeJson(JsonWriter& out, const WorkspaceData& data) const {
    out.beginArray();
    for (const DealRecord& deal : data.deals) {
        writeDeal(out, deal);
    }
    out.endArray();
}

void DealsSection::readRecord(const nlohmann::json& value, std::size_t index, WorkspaceData& file,
                              ProblemList& problems) const {
    ObjectReader reader(value, key(), index, problems);
    DealRecord deal;
    deal.uid = reader.uid("uid");
    deal.dealRef = reader.text("deal_id", Need::Optional, TextRule::OneLine);
    deal.name = reader.text("name", Need::Optional);
    deal.closedOn = reader.requiredDate("closed_on");
    deal.outcome =
        positioning::outcomeFromKey(reader.word("outcome", Need::Required, outcomeWords(), "lost"))
            .value_or(positioning::Outcome::Lost);
    deal.segmentUid = reader.reference("segment");
    deal.productUid = reader.reference("product");
    deal.competitorUid = reader.reference("competitor");
    deal.arrCents = reader.nullableAmount("arr", kMaxArrCents);
    deal.reason = reader.text("reason", Need::Optional);
    deal.angle = reader.text("angle", Need::Optional);
    deal.notes = reader.text("notes", Need::Optional);
    deal.dedupeKey = reader.text("dedupe_key", Need::Optional, TextRule::OneLine);
    if (!deal.dedupeKey.empty() && deal.dedupeKey.size() < kMinDedupeKey) {
        reader.report("dedupe_key", "expected at least " + std::to_string(kMinDedupeKey) +
                                        " characters (leave it out to have it made), got \"" +
                                        shownText(deal.dedupeKey, 40) + "\"");
    }
    reader.finish();
    deal.origin = Origin{index, reader.intact()};
    file.deals.push_back(std::move(deal));
}

void DealsSection::complete(WorkspaceData& file, const ImportScope& scope) const {
    for (DealRecord& deal : file.deals) {
        if (!deal.dedupeKey.empty()) {
            continue;
        }
        // Made as a CRM import makes it, from the competitor's name.
        std::string competitorName;
        if (deal.competitorUid) {
            const CompetitorRecord* competitor = scope.fileCompetitors.find(*deal.competitorUid);
            competitor =
                competitor ? competitor : scope.workspaceCompetitors.find(*deal.competitorUid);
            competitorName = competitor ? competitor->name : "";
        }
        positioning::Deal made;
        made.dealRef = deal.dealRef;
        made.name = deal.name;
        made.closedOn = parseIsoDate(deal.closedOn).value_or(Date{});
        deal.dedupeKey = positioning::dedupeKey(made, competitorName);
    }
}

void DealsSection::validate(const ImportScope& scope, ProblemList& problems) const {
    const auto& records = scope.file().deals;
    reportDuplicateKeys(key(), records, uidOf, "uid", problems);
    reportDuplicateKeys(
        key(), records, [](const DealRecord& d) { return d.dedupeKey; }, "dedupe_key", problems);
    const DealMatches matches(scope);
    for (const DealRecord& deal : records) {
        const std::size_t index = deal.origin.index;
        const auto missing = [&](const char* field, const std::string& uid) {
            problems.add(fieldPath(key(), index, field), std::string("no ") + field + " with uid " +
                                                             uid + " in the file or the workspace");
        };
        if (deal.segmentUid && !scope.segmentExists(*deal.segmentUid)) {
            missing("segment", *deal.segmentUid);
        }
        if (deal.productUid && !scope.productExists(*deal.productUid)) {
            missing("product", *deal.productUid);
        }
        if (deal.competitorUid && !scope.competitorExists(*deal.competitorUid)) {
            missing("competitor", *deal.competitorUid);
        }
        if (!deal.origin.intact) {
            continue;
        }
        if (deal.dealRef.empty() && deal.name.empty()) {
            problems.add(fieldPath(key(), index, "name"),
                         "a deal needs a deal_id or a name, and this one has neither");
            continue;
        }
        // The key of a deal the file updates by uid must not be another workspace deal's,
        // unless the file gives that deal a new key too.
        const DealRecord* holder = matches.holder(deal.dedupeKey);
        const DealRecord* stored = matches.stored(deal);
        if (holder != nullptr && holder != stored && !matches.named(holder->uid)) {
            problems.add(fieldPath(key(), index, "dedupe_key"),
                         "the workspace's deal " + holder->uid + " (\"" +
                             shownText(holder->name.empty() ? holder->dealRef : holder->name, 40) +
                             "\") has this dedupe key: the same deal twice");
        }
    }
}

ChangeCounts DealsSection::plan(const ImportScope& scope) const {
    return planDeals(key(), scope, nullptr);
}

void DealsSection::write(const ImportScope& scope, sqlite3* db) const {
    storage::DealChanges changes;
    planDeals(key(), scope, &changes);
    storage::writeDeals(db, changes);
}

}  // namespace pmm::interchange
