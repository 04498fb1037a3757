#include "interchange/launch_json.h"

#include "interchange/json_path.h"
#include "interchange/object_reader.h"

namespace pmm::interchange {

using launches::Criterion;

namespace {

std::vector<std::string_view> statusKeys() {
    std::vector<std::string_view> keys;
    for (launches::LaunchStatus status : launches::kLaunchStatuses) {
        keys.push_back(launches::statusKey(status));
    }
    return keys;
}

void writeTier(JsonWriter& out, const LaunchRecord& record) {
    const launches::Launch& launch = record.launch;
    if (!record.ruleUid || !launch.computedTier || !launch.score) {
        out.null();
        return;
    }
    out.beginObject();
    out.key("rule");
    out.value(*record.ruleUid);
    out.key("computed");
    out.value(*launch.computedTier);
    out.key("score");
    out.decimal(*launch.score);
    out.key("override");
    if (launch.overrideTier) {
        out.beginObject();
        out.key("tier");
        out.value(*launch.overrideTier);
        out.key("reason");
        out.value(launch.overrideReason);
        out.endObject();
    } else {
        out.null();
    }
    out.endObject();
}

// Reads a nested object; a problem inside it marks the launch as not intact.
template <class Body>
void nested(ObjectReader&& reader, bool& intact, Body body) {
    body(reader);
    reader.finish();
    intact = intact && reader.intact();
}

}  // namespace

const char* criterionKey(Criterion criterion) {
    switch (criterion) {
        case Criterion::RevenueImpact:
            return "revenue";
        case Criterion::CompetitiveUrgency:
            return "urgency";
        case Criterion::CustomerDemand:
            break;
    }
    return "demand";
}

void writeLaunch(JsonWriter& out, const LaunchRecord& record) {
    const launches::Launch& launch = record.launch;
    out.beginObject();
    out.key("uid");
    out.value(launch.uid);
    out.key("name");
    out.value(launch.name);
    out.key("product");
    out.value(record.productUid);
    out.key("quarter");
    out.value(launch.quarter);
    out.key("target_date");
    out.value(launch.targetDate);
    out.key("owner");
    out.value(record.ownerUid);
    out.key("status");
    out.value(launches::statusKey(launch.status));
    out.key("outcome");
    out.value(launch.outcome);
    out.key("metric");
    out.beginObject();
    out.key("name");
    out.value(launch.metric.name);
    out.key("baseline");
    out.value(launch.metric.baseline);
    out.key("target");
    out.value(launch.metric.target);
    out.key("review_date");
    out.value(launch.metric.reviewDate);
    out.key("actual");
    out.value(launch.metric.actual);
    out.endObject();
    out.key("pivot");
    out.value(launch.isPivot);
    out.key("criteria");
    out.beginObject();
    for (Criterion which : launches::kCriteria) {
        const launches::CriterionScore& score = launch.criterion(which);
        out.key(criterionKey(which));
        out.beginObject();
        out.key("score");
        out.value(score.score == 0 ? std::nullopt : std::optional<int>(score.score));
        out.key("evidence");
        out.value(score.evidence);
        out.endObject();
    }
    out.endObject();
    out.key("tier");
    writeTier(out, record);
    out.key("checklist");
    out.beginArray();
    for (const ChecklistMark& mark : record.checklist) {
        out.beginObject();
        out.key("item");
        out.value(mark.itemUid);
        out.key("done");
        out.value(mark.done);
        out.endObject();
    }
    out.endArray();
    out.key("overrides");
    out.beginArray();
    for (const OverrideEntry& entry : record.overrides) {
        out.beginObject();
        out.key("uid");
        out.value(entry.uid);
        out.key("from_tier");
        out.value(entry.fromTier);
        out.key("to_tier");
        out.value(entry.toTier);
        out.key("reason");
        out.value(entry.reason);
        out.key("changed_by");
        out.value(entry.changedBy);
        out.key("changed_at");
        out.value(entry.changedAt);
        out.endObject();
    }
    out.endArray();
    out.key("created_at");
    out.value(launch.createdAt);
    out.key("updated_at");
    out.value(launch.updatedAt);
    out.endObject();
}

LaunchRecord launchFromJson(const nlohmann::json& value, std::size_t index, ProblemList& problems) {
    ObjectReader reader(value, "launches", index, problems);
    LaunchRecord record;
    launches::Launch& launch = record.launch;
    bool intact = true;
    launch.uid = reader.uid("uid");
    launch.name = reader.text("name", Need::Required, TextRule::NonBlank);
    record.productUid = reader.uid("product");
    launch.quarter = reader.quarter("quarter");
    launch.targetDate = reader.date("target_date");
    record.ownerUid = reader.uid("owner");
    static const std::vector<std::string_view> statuses = statusKeys();
    launch.status = launches::statusFromKey(reader.word("status", Need::Optional, statuses, "idea"))
                        .value_or(launches::LaunchStatus::Idea);
    launch.outcome = reader.text("outcome", Need::Optional);
    if (const nlohmann::json* metric = reader.object("metric", Need::Optional)) {
        nested(ObjectReader(*metric, reader, "metric"), intact, [&](ObjectReader& m) {
            launch.metric.name = m.text("name", Need::Optional);
            launch.metric.baseline = m.text("baseline", Need::Optional);
            launch.metric.target = m.text("target", Need::Optional);
            launch.metric.reviewDate = m.date("review_date");
            launch.metric.actual = m.nullableText("actual");
        });
    }
    launch.isPivot = reader.boolean("pivot", false);
    if (const nlohmann::json* criteria = reader.object("criteria", Need::Optional)) {
        nested(ObjectReader(*criteria, reader, "criteria"), intact, [&](ObjectReader& r) {
            for (Criterion which : launches::kCriteria) {
                const nlohmann::json* one = r.object(criterionKey(which), Need::Optional);
                if (one == nullptr) {
                    continue;
                }
                nested(ObjectReader(*one, r, criterionKey(which)), intact, [&](ObjectReader& c) {
                    launch.criterion(which).score = c.nullableInteger("score", 1, 5).value_or(0);
                    launch.criterion(which).evidence =
                        c.text("evidence", Need::Optional, TextRule::OneLine);
                });
            }
        });
    }
    if (const nlohmann::json* tier = reader.object("tier", Need::Optional)) {
        nested(ObjectReader(*tier, reader, "tier"), intact, [&](ObjectReader& t) {
            record.ruleUid = t.uid("rule");
            launch.computedTier = t.integer("computed", Need::Required, 1, 3);
            launch.score = t.hundredths("score", Need::Required, 100, 500);
            if (const nlohmann::json* override = t.object("override", Need::Optional)) {
                nested(ObjectReader(*override, t, "override"), intact, [&](ObjectReader& o) {
                    launch.overrideTier = o.integer("tier", Need::Required, 1, 3);
                    launch.overrideReason = o.text("reason", Need::Required, TextRule::NonBlank);
                });
            }
        });
    }
    if (const nlohmann::json* checklist = reader.array("checklist", Need::Optional)) {
        for (std::size_t i = 0; i < checklist->size(); ++i) {
            nested(ObjectReader((*checklist)[i], reader, "checklist", i), intact,
                   [&](ObjectReader& m) {
                       // Braced initialisers run left to right: the uid is read first.
                       record.checklist.push_back(
                           ChecklistMark{m.uid("item"), m.boolean("done", true)});
                   });
        }
    }
    if (const nlohmann::json* overrides = reader.array("overrides", Need::Optional)) {
        for (std::size_t i = 0; i < overrides->size(); ++i) {
            nested(ObjectReader((*overrides)[i], reader, "overrides", i), intact,
                   [&](ObjectReader& o) {
                       OverrideEntry entry;
                       entry.uid = o.uid("uid");
                       entry.fromTier = o.nullableInteger("from_tier", 1, 3);
                       entry.toTier = o.nullableInteger("to_tier", 1, 3);
                       entry.reason = o.text("reason", Need::Optional);
                       if (entry.toTier &&
                           entry.reason.find_first_not_of(" \t\r\n") == std::string::npos) {
                           o.report("reason", "an override needs a reason");
                       }
                       entry.changedBy = o.text("changed_by", Need::Optional);
                       entry.changedAt = o.timestamp("changed_at", Need::Optional);
                       record.overrides.push_back(std::move(entry));
                   });
        }
    }
    launch.createdAt = reader.timestamp("created_at", Need::Optional);
    launch.updatedAt = reader.timestamp("updated_at", Need::Optional);
    reader.finish();
    record.origin = Origin{index, intact && reader.intact()};
    return record;
}

}  // namespace pmm::interchange
