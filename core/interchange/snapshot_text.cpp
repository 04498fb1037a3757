#include "interchange/snapshot_text.h"

#include <string_view>
#include <utility>
#include <vector>

#include "battlecards/battlecard_json.h"
#include "interchange/json_writer.h"

namespace pmm::interchange {

using battlecards::AngleRow;
using battlecards::CardPoint;
using battlecards::Objection;
using battlecards::ProofPoint;

namespace {

// A line's text fields by key; with "internal", in sorted order as nlohmann writes objects.
template <class Item>
using Fields = std::initializer_list<std::pair<std::string_view, std::string Item::*>>;

void appendKey(std::string& out, std::string_view key) {
    JsonWriter::appendString(out, key);
    out += ':';
}

template <class Item>
void appendList(std::string& out, std::string_view key, const std::vector<Item>& items,
                Fields<Item> fields) {
    appendKey(out, key);
    out += '[';
    for (std::size_t i = 0; i < items.size(); ++i) {
        out += i == 0 ? "{" : ",{";
        bool first = true;
        bool internalDone = false;
        for (const auto& [name, member] : fields) {
            if (!internalDone && name > "internal") {
                out += first ? "\"internal\":" : ",\"internal\":";
                out += items[i].internalOnly ? "true" : "false";
                internalDone = true;
                first = false;
            }
            if (!first) {
                out += ',';
            }
            first = false;
            appendKey(out, name);
            JsonWriter::appendString(out, items[i].*member);
        }
        if (!internalDone) {
            out += ",\"internal\":";
            out += items[i].internalOnly ? "true" : "false";
        }
        out += '}';
    }
    out += ']';
}

const Fields<CardPoint> kPoint = {{"text", &CardPoint::text}};

}  // namespace

std::string snapshotText(const battlecards::BattlecardContent& content) {
    std::string out;
    out.reserve(4096);
    out += '{';
    appendList(out, "decision_tree", content.decisionTree,
               Fields<AngleRow>{{"because", &AngleRow::because},
                                {"deal_looks_like", &AngleRow::dealLooksLike},
                                {"lead_with", &AngleRow::leadWith}});
    out += ',';
    appendKey(out, "format");
    JsonWriter::appendString(out, battlecards::kSnapshotFormat);
    out += ',';
    appendList(out, "landmines", content.landmines, kPoint);
    out += ',';
    appendList(out, "objections", content.objections,
               Fields<Objection>{{"objection", &Objection::objection},
                                 {"proof", &Objection::proof},
                                 {"response", &Objection::response}});
    out += ',';
    appendList(out, "overview", content.overview, kPoint);
    out += ',';
    appendList(out, "pricing_notes", content.pricingNotes, kPoint);
    out += ',';
    appendList(out, "proof_points", content.proofPoints,
               Fields<ProofPoint>{{"number", &ProofPoint::number}, {"story", &ProofPoint::story}});
    out += ",\"version\":" + std::to_string(battlecards::kSnapshotVersion) + ',';
    appendList(out, "why_we_lose", content.whyWeLose, kPoint);
    out += ',';
    appendList(out, "why_we_win", content.whyWeWin, kPoint);
    out += '}';
    return out;
}

}  // namespace pmm::interchange
