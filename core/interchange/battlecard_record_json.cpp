#include "interchange/battlecard_record_json.h"

#include "battlecards/battlecard_section.h"
#include "battlecards/content_rules.h"
#include "interchange/object_reader.h"

namespace pmm::interchange {

using battlecards::AngleRow;
using battlecards::BattlecardContent;
using battlecards::CardPoint;
using battlecards::Objection;
using battlecards::ProofPoint;

namespace {

// The fields of a list line, by key, in the order they are written.
template <class Item>
using Fields = std::initializer_list<std::pair<const char*, std::string Item::*>>;

const Fields<CardPoint> kPointFields = {{"text", &CardPoint::text}};
const Fields<ProofPoint> kProofFields = {{"story", &ProofPoint::story},
                                         {"number", &ProofPoint::number}};
const Fields<Objection> kObjectionFields = {{"objection", &Objection::objection},
                                            {"response", &Objection::response},
                                            {"proof", &Objection::proof}};
const Fields<AngleRow> kAngleFields = {{"deal_looks_like", &AngleRow::dealLooksLike},
                                       {"lead_with", &AngleRow::leadWith},
                                       {"because", &AngleRow::because}};

template <class Item>
void writeList(JsonWriter& out, const char* key, const std::vector<Item>& items,
               Fields<Item> fields) {
    out.key(key);
    out.beginArray();
    for (const Item& item : items) {
        out.beginObject();
        for (const auto& [name, member] : fields) {
            out.key(name);
            out.value(item.*member);
        }
        out.key("internal");
        out.value(item.internalOnly);
        out.endObject();
    }
    out.endArray();
}

// The eight sections as members of the object being written.
void writeContent(JsonWriter& out, const BattlecardContent& content) {
    writeList(out, "overview", content.overview, kPointFields);
    writeList(out, "why_we_win", content.whyWeWin, kPointFields);
    writeList(out, "why_we_lose", content.whyWeLose, kPointFields);
    writeList(out, "objections", content.objections, kObjectionFields);
    writeList(out, "landmines", content.landmines, kPointFields);
    writeList(out, "proof_points", content.proofPoints, kProofFields);
    writeList(out, "pricing_notes", content.pricingNotes, kPointFields);
    writeList(out, "decision_tree", content.decisionTree, kAngleFields);
}

void writeRevision(JsonWriter& out, const CardRevisionRecord& revision) {
    out.beginObject();
    out.key("uid");
    out.value(revision.uid);
    out.key("number");
    out.value(revision.number);
    out.key("kind");
    out.value(battlecards::revisionKindKey(revision.kind));
    out.key("changed_by");
    out.value(revision.changedBy);
    out.key("changed_by_person");
    out.value(revision.changedByUid);
    out.key("changed_at");
    out.value(revision.changedAt);
    out.key("note");
    out.value(revision.note);
    out.key("summary");
    out.value(revision.summary);
    out.key("content");
    if (revision.content) {
        out.beginObject();
        writeContent(out, *revision.content);
        out.endObject();
    } else {
        out.null();
    }
    out.endObject();
}

// Card text is stored without control characters other than line breaks and tabs (search
// marks its matches with two of them).
bool controlFree(const std::string& text) {
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte < 0x20 && byte != '\n' && byte != '\t') || byte == 0x7F) {
            return false;
        }
    }
    return true;
}

template <class Item>
void readList(ObjectReader& parent, const char* key, Fields<Item> fields, std::vector<Item>& out,
              bool& intact) {
    const nlohmann::json* lines = parent.array(key, Need::Optional);
    if (lines == nullptr) {
        return;
    }
    out.reserve(lines->size());
    for (std::size_t i = 0; i < lines->size(); ++i) {
        ObjectReader line((*lines)[i], parent, key, i);
        Item item;
        for (const auto& [name, member] : fields) {
            item.*member =
                line.text(name, member == fields.begin()->second ? Need::Required : Need::Optional);
            if (!controlFree(item.*member)) {
                line.report(name, "control characters are not allowed (line breaks and tabs are)");
            }
        }
        item.internalOnly = line.boolean("internal", false);
        line.finish();
        intact = intact && line.intact();
        out.push_back(std::move(item));
    }
}

// Overview and pricing notes: lines like why we win; files exported before they were
// lines hold them as one text, still read (a line per line of text that is not blank).
void readPoints(const nlohmann::json& object, ObjectReader& reader, const char* key,
                std::vector<CardPoint>& out, bool& intact) {
    const auto found = object.is_object() ? object.find(key) : object.end();
    if (found == object.end() || !found->is_string()) {
        readList(reader, key, kPointFields, out, intact);
        return;
    }
    const std::string text = reader.text(key, Need::Optional);
    if (!controlFree(text)) {
        reader.report(key, "control characters are not allowed (line breaks and tabs are)");
    }
    out = battlecards::pointsFromText(text);
}

// `object` is the JSON object `reader` reads.
void readContent(const nlohmann::json& object, ObjectReader& reader, BattlecardContent& content,
                 bool& intact) {
    readPoints(object, reader, "overview", content.overview, intact);
    readList(reader, "why_we_win", kPointFields, content.whyWeWin, intact);
    readList(reader, "why_we_lose", kPointFields, content.whyWeLose, intact);
    readList(reader, "objections", kObjectionFields, content.objections, intact);
    readList(reader, "landmines", kPointFields, content.landmines, intact);
    readList(reader, "proof_points", kProofFields, content.proofPoints, intact);
    readPoints(object, reader, "pricing_notes", content.pricingNotes, intact);
    readList(reader, "decision_tree", kAngleFields, content.decisionTree, intact);
}

std::vector<std::string_view> revisionKinds() {
    return {battlecards::revisionKindKey(battlecards::RevisionKind::Create),
            battlecards::revisionKindKey(battlecards::RevisionKind::Save),
            battlecards::revisionKindKey(battlecards::RevisionKind::Refresh)};
}

CardRevisionRecord readRevision(ObjectReader& reader, bool& intact) {
    static const std::vector<std::string_view> kinds = revisionKinds();
    CardRevisionRecord revision;
    revision.uid = reader.uid("uid");
    revision.number = reader.integer("number", Need::Required, 1, 1'000'000).value_or(0);
    revision.kind =
        battlecards::revisionKindFromKey(reader.word("kind", Need::Required, kinds, "save"))
            .value_or(battlecards::RevisionKind::Save);
    revision.changedBy = reader.text("changed_by", Need::Required, TextRule::NonBlank);
    revision.changedByUid = reader.reference("changed_by_person");
    revision.changedAt = reader.timestamp("changed_at", Need::Optional);
    revision.note = reader.text("note", Need::Optional);
    revision.summary = reader.text("summary", Need::Optional);
    if (const nlohmann::json* content = reader.object("content", Need::Optional)) {
        ObjectReader text(*content, reader, "content");
        revision.content.emplace();
        readContent(*content, text, *revision.content, intact);
        text.finish();
        intact = intact && text.intact();
    }
    return revision;
}

}  // namespace

void writeBattlecard(JsonWriter& out, const BattlecardRecord& record) {
    out.beginObject();
    out.key("uid");
    out.value(record.uid);
    out.key("competitor");
    out.value(record.competitorUid);
    out.key("segment");
    out.value(record.segmentUid);
    out.key("owner");
    out.value(record.ownerUid);
    out.key("last_refreshed");
    out.value(record.lastRefreshed);
    out.key("refresh_interval_days");
    out.value(record.refreshIntervalDays);
    out.key("refresh_required");
    out.value(record.refreshRequired);
    out.key("refresh_launch");
    out.value(record.refreshLaunchUid);
    writeContent(out, record.content);
    out.key("revisions");
    out.beginArray();
    for (const CardRevisionRecord& revision : record.revisions) {
        writeRevision(out, revision);
    }
    out.endArray();
    out.key("created_at");
    out.value(record.createdAt);
    out.key("updated_at");
    out.value(record.updatedAt);
    out.endObject();
}

BattlecardRecord battlecardFromJson(const nlohmann::json& value, std::size_t index,
                                    ProblemList& problems) {
    ObjectReader reader(value, "battlecards", index, problems);
    BattlecardRecord record;
    bool intact = true;
    record.uid = reader.uid("uid");
    record.competitorUid = reader.uid("competitor");
    record.segmentUid = reader.uid("segment");
    record.ownerUid = reader.reference("owner");
    record.lastRefreshed = reader.requiredDate("last_refreshed");
    record.refreshIntervalDays =
        reader
            .integer("refresh_interval_days", Need::Optional, battlecards::kMinRefreshIntervalDays,
                     battlecards::kMaxRefreshIntervalDays)
            .value_or(battlecards::kDefaultRefreshIntervalDays);
    record.refreshRequired = reader.boolean("refresh_required", false);
    record.refreshLaunchUid = reader.reference("refresh_launch");
    if (record.refreshLaunchUid && !record.refreshRequired) {
        reader.report("refresh_launch",
                      "only a card with \"refresh_required\": true has a launch that flagged it");
    }
    readContent(value, reader, record.content, intact);
    if (intact && reader.intact()) {
        if (const auto problem = battlecards::contentProblem(record.content)) {
            problems.add(reader.path(), *problem);
            intact = false;
        }
    }
    if (const nlohmann::json* revisions = reader.array("revisions", Need::Optional)) {
        int previous = 0;
        for (std::size_t i = 0; i < revisions->size(); ++i) {
            ObjectReader entry((*revisions)[i], reader, "revisions", i);
            CardRevisionRecord revision = readRevision(entry, intact);
            if (revision.number != 0 && revision.number <= previous) {
                entry.report("number", "revisions are listed by number, each number once");
            }
            previous = std::max(previous, revision.number);
            entry.finish();
            intact = intact && entry.intact();
            record.revisions.push_back(std::move(revision));
        }
    }
    record.createdAt = reader.timestamp("created_at", Need::Optional);
    record.updatedAt = reader.timestamp("updated_at", Need::Optional);
    reader.finish();
    record.origin = Origin{index, intact && reader.intact()};
    return record;
}

}  // namespace pmm::interchange
