#include "interchange/people_section.h"

#include <unordered_map>

#include "interchange/import_scope.h"
#include "interchange/section_support.h"
#include "storage/interchange_catalog_writer.h"

namespace pmm::interchange {

namespace {

constexpr int kMaxRank = 20;

std::string uidOf(const PersonRecord& person) {
    return person.uid;
}

bool same(const PersonRecord& a, const PersonRecord& b) {
    return a.uid == b.uid && a.name == b.name && a.email == b.email && a.levelRank == b.levelRank &&
           a.managerUid == b.managerUid;
}

// The rule the app applies to an email address (storage/entity_traits.cpp).
bool plausibleEmail(const std::string& email) {
    const auto at = email.find('@');
    return at != std::string::npos && at != 0 && at + 1 != email.size() &&
           email.find_first_of(" \t\r\n") == std::string::npos &&
           email.find('@', at + 1) == std::string::npos;
}

}  // namespace

void PeopleSection::writeJson(JsonWriter& out, const WorkspaceData& data) const {
    out.beginArray();
    for (const PersonRecord& person : data.people) {
        out.beginObject();
        out.key("uid");
        out.value(person.uid);
        out.key("name");
        out.value(person.name);
        out.key("email");
        out.value(person.email);
        out.key("level");
        out.value(person.levelRank);
        out.key("manager");
        out.value(person.managerUid);
        out.endObject();
    }
    out.endArray();
}

void PeopleSection::readRecord(const nlohmann::json& value, std::size_t index, WorkspaceData& file,
                               ProblemList& problems) const {
    ObjectReader reader(value, key(), index, problems);
    PersonRecord person;
    person.uid = reader.uid("uid");
    person.name = reader.text("name", Need::Required, TextRule::NonBlank);
    person.email = reader.text("email", Need::Optional);
    if (!person.email.empty() && !plausibleEmail(person.email)) {
        reader.report("email", "\"" + shownText(person.email, 40) + "\" is not an email address");
    }
    person.levelRank = reader.integer("level", Need::Optional, 1, kMaxRank).value_or(2);
    person.managerUid = reader.reference("manager");
    reader.finish();
    person.origin = Origin{index, reader.intact()};
    file.people.push_back(std::move(person));
}

void PeopleSection::validate(const ImportScope& scope, ProblemList& problems) const {
    const auto& people = scope.file().people;
    reportDuplicateKeys(key(), people, uidOf, "uid", problems);
    for (const PersonRecord& person : people) {
        const std::size_t index = person.origin.index;
        if (!scope.levelExists(person.levelRank)) {
            problems.add(fieldPath(key(), index, "level"), "there is no level " +
                                                               std::to_string(person.levelRank) +
                                                               " in the file or the workspace");
        }
        if (!person.managerUid) {
            continue;
        }
        if (*person.managerUid == person.uid) {
            problems.add(fieldPath(key(), index, "manager"),
                         "a person cannot be their own manager");
        } else if (!scope.personExists(*person.managerUid)) {
            problems.add(
                fieldPath(key(), index, "manager"),
                "no person with uid " + *person.managerUid + " in the file or the workspace");
        }
    }
    reportLoops(scope, problems);
}

// Who manages whom once the file is merged in: each person has at most one manager, so a
// loop is found by walking up from each person once (linear, even for a hostile file).
void PeopleSection::reportLoops(const ImportScope& scope, ProblemList& problems) const {
    std::unordered_map<std::string, std::string> managerOf;
    for (const PersonRecord& person : scope.workspace().people) {
        if (person.managerUid) {
            managerOf[person.uid] = *person.managerUid;
        }
    }
    for (const PersonRecord& person : scope.file().people) {
        if (person.managerUid && *person.managerUid != person.uid) {
            managerOf[person.uid] = *person.managerUid;
        } else {
            managerOf.erase(person.uid);
        }
    }
    enum class State { Walking, Done };
    std::unordered_map<std::string, State> state;
    std::unordered_map<std::string, bool> inLoop;
    for (const auto& [start, unused] : managerOf) {
        std::vector<std::string> walk;
        std::string at = start;
        while (true) {
            const auto seen = state.find(at);
            if (seen != state.end()) {
                if (seen->second == State::Walking) {  // came back: a loop from `at`
                    bool loop = false;
                    for (const std::string& uid : walk) {
                        loop = loop || uid == at;
                        if (loop) {
                            inLoop[uid] = true;
                        }
                    }
                }
                break;
            }
            state[at] = State::Walking;
            walk.push_back(at);
            const auto up = managerOf.find(at);
            if (up == managerOf.end()) {
                break;
            }
            at = up->second;
        }
        for (const std::string& uid : walk) {
            state[uid] = State::Done;
        }
    }
    for (const PersonRecord& person : scope.file().people) {
        if (inLoop.count(person.uid) > 0) {
            problems.add(fieldPath(key(), person.origin.index, "manager"),
                         "this makes a reporting loop (" + shownText(person.name, 40) +
                             " would end up managing their own manager)");
        }
    }
}

ChangeCounts PeopleSection::plan(const ImportScope& scope) const {
    return planByKey(key(), scope.file().people, scope.workspacePeople, uidOf, same);
}

void PeopleSection::write(const ImportScope& scope, sqlite3* db) const {
    RecordChanges<PersonRecord> changes;
    planByKey(key(), scope.file().people, scope.workspacePeople, uidOf, same, &changes);
    storage::writePeople(db, changes);
}

}  // namespace pmm::interchange
