#include "battlecards/battlecard_json.h"

#include "battlecards/battlecard_section.h"

namespace pmm::battlecards {

using nlohmann::json;

namespace {

// Reads a string member; a missing member is empty, any other type a failure.
bool readText(const json& object, const char* key, std::string& out) {
    const auto found = object.find(key);
    if (found == object.end()) {
        out.clear();
        return true;
    }
    if (!found->is_string()) {
        return false;
    }
    out = found->get<std::string>();
    return true;
}

bool readFlag(const json& object, bool& out) {
    const auto found = object.find("internal");
    if (found == object.end()) {
        out = false;
        return true;
    }
    if (!found->is_boolean()) {
        return false;
    }
    out = found->get<bool>();
    return true;
}

template <class Item>
bool readList(const json& object, const char* key,
              std::initializer_list<std::pair<const char*, std::string Item::*>> fields,
              std::vector<Item>& out) {
    out.clear();
    const auto found = object.find(key);
    if (found == object.end()) {
        return true;
    }
    if (!found->is_array()) {
        return false;
    }
    for (const json& entry : *found) {
        if (!entry.is_object()) {
            return false;
        }
        Item item;
        for (const auto& [name, member] : fields) {
            if (!readText(entry, name, item.*member)) {
                return false;
            }
        }
        if (!readFlag(entry, item.internalOnly)) {
            return false;
        }
        out.push_back(std::move(item));
    }
    return true;
}

template <class Item>
json writeList(const std::vector<Item>& items,
               std::initializer_list<std::pair<const char*, std::string Item::*>> fields) {
    json list = json::array();
    for (const Item& item : items) {
        json entry = json::object();
        for (const auto& [name, member] : fields) {
            entry[name] = item.*member;
        }
        entry["internal"] = item.internalOnly;
        list.push_back(std::move(entry));
    }
    return list;
}

// A section that is a list of plain lines; version 1 kept overview and pricing notes as
// text, read as one line per line of text.
bool readPoints(const json& object, const char* key, std::int64_t version,
                std::vector<CardPoint>& out) {
    if (version >= 2) {
        return readList(object, key, {{"text", &CardPoint::text}}, out);
    }
    std::string text;
    if (!readText(object, key, text)) {
        return false;
    }
    out = pointsFromText(text);
    return true;
}

}  // namespace

json contentToJson(const BattlecardContent& content) {
    json out = json::object();
    out["format"] = kSnapshotFormat;
    out["version"] = kSnapshotVersion;
    out["overview"] = writeList(content.overview, {{"text", &CardPoint::text}});
    out["why_we_win"] = writeList(content.whyWeWin, {{"text", &CardPoint::text}});
    out["why_we_lose"] = writeList(content.whyWeLose, {{"text", &CardPoint::text}});
    out["objections"] = writeList(content.objections, {{"objection", &Objection::objection},
                                                       {"response", &Objection::response},
                                                       {"proof", &Objection::proof}});
    out["landmines"] = writeList(content.landmines, {{"text", &CardPoint::text}});
    out["proof_points"] = writeList(
        content.proofPoints, {{"story", &ProofPoint::story}, {"number", &ProofPoint::number}});
    out["pricing_notes"] = writeList(content.pricingNotes, {{"text", &CardPoint::text}});
    out["decision_tree"] =
        writeList(content.decisionTree, {{"deal_looks_like", &AngleRow::dealLooksLike},
                                         {"lead_with", &AngleRow::leadWith},
                                         {"because", &AngleRow::because}});
    return out;
}

std::string snapshotText(const BattlecardContent& content) {
    // Replacement of invalid UTF-8 keeps dump() from throwing on text that bypassed the rules.
    return contentToJson(content).dump(-1, ' ', false, json::error_handler_t::replace);
}

std::optional<BattlecardContent> contentFromJson(const json& in) {
    if (!in.is_object()) {
        return std::nullopt;
    }
    const auto format = in.find("format");
    const auto version = in.find("version");
    if (format == in.end() || *format != kSnapshotFormat || version == in.end() ||
        !version->is_number_integer() || version->get<std::int64_t>() < 1 ||
        version->get<std::int64_t>() > kSnapshotVersion) {
        return std::nullopt;
    }
    const std::int64_t number = version->get<std::int64_t>();
    BattlecardContent content;
    const bool ok = readPoints(in, "overview", number, content.overview) &&
                    readList(in, "why_we_win", {{"text", &CardPoint::text}}, content.whyWeWin) &&
                    readList(in, "why_we_lose", {{"text", &CardPoint::text}}, content.whyWeLose) &&
                    readList(in, "objections",
                             {{"objection", &Objection::objection},
                              {"response", &Objection::response},
                              {"proof", &Objection::proof}},
                             content.objections) &&
                    readList(in, "landmines", {{"text", &CardPoint::text}}, content.landmines) &&
                    readList(in, "proof_points",
                             {{"story", &ProofPoint::story}, {"number", &ProofPoint::number}},
                             content.proofPoints) &&
                    readPoints(in, "pricing_notes", number, content.pricingNotes) &&
                    readList(in, "decision_tree",
                             {{"deal_looks_like", &AngleRow::dealLooksLike},
                              {"lead_with", &AngleRow::leadWith},
                              {"because", &AngleRow::because}},
                             content.decisionTree);
    return ok ? std::optional<BattlecardContent>(std::move(content)) : std::nullopt;
}

std::optional<BattlecardContent> contentFromSnapshot(std::string_view text) {
    // Snapshots are flat: a depth cap keeps a hostile file from exhausting the stack.
    int depth = 0;
    bool tooDeep = false;
    const json::parser_callback_t limit = [&](int, json::parse_event_t event, json&) {
        if (event == json::parse_event_t::object_start ||
            event == json::parse_event_t::array_start) {
            tooDeep = tooDeep || ++depth > 8;
        } else if (event == json::parse_event_t::object_end ||
                   event == json::parse_event_t::array_end) {
            --depth;
        }
        return !tooDeep;
    };
    const json parsed = json::parse(text.begin(), text.end(), limit, false);
    if (tooDeep || parsed.is_discarded()) {
        return std::nullopt;
    }
    return contentFromJson(parsed);
}

}  // namespace pmm::battlecards
