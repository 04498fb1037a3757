// The catalog's rules: a refused edit says which field is wrong, and leaves the workspace
// exactly as it was (no row changed, no change announced).

#include <gtest/gtest.h>

#include <functional>
#include <ostream>
#include <string>
#include <vector>

#include "storage/catalog.h"
#include "storage/database.h"
#include "storage/workspace.h"
#include "test_support.h"
#include "util/uuid.h"

namespace pmm::test {
namespace {

using catalog::Catalog;
using catalog::Competitor;
using catalog::Person;
using catalog::Product;
using catalog::Segment;
using storage::Workspace;
using storage::WorkspaceErrorKind;

// A small team: Ada manages Grace, Grace manages Linus; Grace owns a segment.
struct Team {
    Person ada;
    Person grace;
    Person linus;
    Product atlas;
    Product beacon;
    Segment midMarket;
    Segment smb;
    Competitor globex;
    Competitor initech;
};

Person person(const std::string& name, std::optional<std::int64_t> manager = {}) {
    Person p;
    p.name = name;
    p.email = "someone@example.com";
    p.managerId = manager;
    return p;
}

Team makeTeam(Catalog& c) {
    Team t;
    t.ada = c.people.add(person("Ada"));
    t.grace = c.people.add(person("Grace", t.ada.id));
    t.linus = c.people.add(person("Linus", t.grace.id));
    t.atlas = c.products.add({0, "", "Atlas Suite", ""});
    t.beacon = c.products.add({0, "", "Beacon", ""});
    t.midMarket = c.segments.add({0, "", "Mid-market", "", t.grace.id});
    t.smb = c.segments.add({0, "", "SMB", "", {}});
    t.globex = c.competitors.add({0, "", "Globex Corp", "", "2025-11-03", ""});
    t.initech = c.competitors.add({0, "", "Initech", "", {}, ""});
    return t;
}

struct RuleCase {
    const char* name;
    std::function<void(Catalog&, const Team&)> write;
    // The message starts with the field the user must fix ("Name: ...").
    std::string messageStart;
    std::string messagePart;
};

Person with(Person p, const std::function<void(Person&)>& change) {
    change(p);
    return p;
}

const RuleCase kRuleCases[] = {
    // Names
    {"PersonBlankName", [](Catalog& c, const Team&) { c.people.add(person("")); },
     "Name:", "needs a name"},
    {"PersonWhitespaceName", [](Catalog& c, const Team&) { c.people.add(person(" \t\n ")); },
     "Name:", "needs a name"},
    {"PersonRenamedBlank",
     [](Catalog& c, const Team& t) {
         c.people.update(with(t.ada, [](Person& p) { p.name = "   "; }));
     },
     "Name:", "needs a name"},
    {"ProductBlankName",
     [](Catalog& c, const Team&) {
         c.products.add({0, "", "", "text"});
     },
     "Name:", "a product needs a name"},
    {"SegmentBlankName",
     [](Catalog& c, const Team&) {
         c.segments.add({0, "", " ", "", {}});
     },
     "Name:", "a segment needs a name"},
    {"CompetitorBlankName",
     [](Catalog& c, const Team&) {
         c.competitors.add({0, "", "", "", {}, ""});
     },
     "Name:", "a competitor needs a name"},
    {"ProductDuplicateNameOtherCase",
     [](Catalog& c, const Team&) {
         c.products.add({0, "", "ATLAS suite", ""});
     },
     "Name:", "\"ATLAS suite\" already exists"},
    {"ProductRenamedToAnExistingName",
     [](Catalog& c, const Team& t) {
         auto beacon = t.beacon;
         beacon.name = "atlas SUITE";
         c.products.update(beacon);
     },
     "Name:", "already exists"},
    {"SegmentDuplicateNameOtherCase",
     [](Catalog& c, const Team&) {
         c.segments.add({0, "", "mid-MARKET", "", {}});
     },
     "Name:", "already exists"},
    {"CompetitorDuplicateNameOtherCase",
     [](Catalog& c, const Team&) {
         c.competitors.add({0, "", "globex corp", "", {}, ""});
     },
     "Name:", "already exists"},
    {"CompetitorRenamedToAnExistingName",
     [](Catalog& c, const Team& t) {
         auto initech = t.initech;
         initech.name = "GLOBEX CORP";
         c.competitors.update(initech);
     },
     "Name:", "already exists"},
    // Emails
    {"EmailWithoutAt",
     [](Catalog& c, const Team&) {
         c.people.add(with(person("Mo"), [](Person& p) { p.email = "mo.example.com"; }));
     },
     "Email:", "\"mo.example.com\" is not an email address"},
    {"EmailWithoutLocalPart",
     [](Catalog& c, const Team&) {
         c.people.add(with(person("Mo"), [](Person& p) { p.email = "@example.com"; }));
     },
     "Email:", "not an email address"},
    {"EmailWithoutDomain",
     [](Catalog& c, const Team&) {
         c.people.add(with(person("Mo"), [](Person& p) { p.email = "mo@"; }));
     },
     "Email:", "not an email address"},
    {"EmailWithTwoAts",
     [](Catalog& c, const Team&) {
         c.people.add(with(person("Mo"), [](Person& p) { p.email = "mo@home@example.com"; }));
     },
     "Email:", "not an email address"},
    {"EmailWithSpace",
     [](Catalog& c, const Team& t) {
         c.people.update(with(t.ada, [](Person& p) { p.email = "ada lovelace@example.com"; }));
     },
     "Email:", "not an email address"},
    // Levels
    {"UnknownLevel",
     [](Catalog& c, const Team&) {
         c.people.add(with(person("Mo"), [](Person& p) { p.levelRank = 9; }));
     },
     "Level:", "no level 9"},
    {"LevelZero",
     [](Catalog& c, const Team& t) {
         c.people.update(with(t.ada, [](Person& p) { p.levelRank = 0; }));
     },
     "Level:", "no level 0"},
    // Managers
    {"ManagerLoopOfTwo",
     [](Catalog& c, const Team& t) {
         c.people.update(with(t.ada, [&](Person& p) { p.managerId = t.grace.id; }));
     },
     "Manager:", "reporting loop"},
    {"ManagerLoopOfThree",
     [](Catalog& c, const Team& t) {
         c.people.update(with(t.ada, [&](Person& p) { p.managerId = t.linus.id; }));
     },
     "Manager:", "reporting loop"},
    {"OwnManager",
     [](Catalog& c, const Team& t) {
         c.people.update(with(t.grace, [&](Person& p) { p.managerId = t.grace.id; }));
     },
     "Manager:", "their own manager"},
    {"UnknownManager", [](Catalog& c, const Team&) { c.people.add(person("Mo", 9999)); },
     "Manager:", "not in the workspace"},
    // Segment owners
    {"UnknownSegmentOwner",
     [](Catalog& c, const Team&) {
         c.segments.add({0, "", "Enterprise", "", 9999});
     },
     "Owner:", "not in the workspace"},
    // Dates
    {"FirstSeenNotARealDay",
     [](Catalog& c, const Team&) {
         c.competitors.add({0, "", "Hooli", "", "2026-02-30", ""});
     },
     "First seen:", "\"2026-02-30\" is not a date"},
    {"FirstSeenMonth13",
     [](Catalog& c, const Team&) {
         c.competitors.add({0, "", "Hooli", "", "2026-13-01", ""});
     },
     "First seen:", "not a date"},
    {"FirstSeenOtherFormat",
     [](Catalog& c, const Team& t) {
         auto globex = t.globex;
         globex.firstSeen = "03/11/2025";
         c.competitors.update(globex);
     },
     "First seen:", "YYYY-MM-DD"},
    // Keys
    {"UidNotAUuid",
     [](Catalog& c, const Team&) {
         c.products.add({0, "not-a-uuid", "Comet", ""});
     },
     "uid:", "not a lower-case UUID"},
    {"UidUpperCase",
     [](Catalog& c, const Team&) {
         c.products.add({0, "6F9619FF-8B86-4011-B42D-00C04FC964FF", "Comet", ""});
     },
     "uid:", "not a lower-case UUID"},
    {"UpdateOfAnUnknownRow",
     [](Catalog& c, const Team&) {
         c.products.update({9999, "", "Ghost", ""});
     },
     "That product", "no longer exists"},
};

void PrintTo(const RuleCase& rule, std::ostream* out) {
    *out << rule.name;
}

class CatalogRule : public WithTempDir<::testing::TestWithParam<RuleCase>> {};

TEST_P(CatalogRule, RefusesTheEditNamingTheFieldAndChangesNothing) {
    auto workspace = Workspace::create(file("team.pmmw"));
    Catalog catalog(*workspace);
    const Team team = makeTeam(catalog);
    int notifications = 0;
    workspace->subscribe([&](const storage::Change&) { ++notifications; });
    const auto before = contentsOf(workspace->handle());

    const auto error = caught([&] { GetParam().write(catalog, team); });
    ASSERT_TRUE(isError(error, WorkspaceErrorKind::Invalid, GetParam().messagePart));
    const std::string message = error->what();
    EXPECT_TRUE(message.starts_with(GetParam().messageStart)) << message;

    EXPECT_EQ(contentsOf(workspace->handle()), before);
    EXPECT_EQ(notifications, 0);
}

INSTANTIATE_TEST_SUITE_P(Rules, CatalogRule, ::testing::ValuesIn(kRuleCases),
                         [](const auto& instance) { return std::string(instance.param.name); });

// Edits near the rules that must be accepted.
using CatalogRuleLimits = WorkspaceTest;

TEST_F(CatalogRuleLimits, AcceptedEditsNearTheRules) {
    auto workspace = Workspace::create(file("team.pmmw"));
    Catalog catalog(*workspace);
    const Team team = makeTeam(catalog);
    // People may share a name (two Sams on a team); an email is optional.
    const auto sam1 = catalog.people.add(with(person("Sam"), [](Person& p) { p.email = ""; }));
    const auto sam2 = catalog.people.add(person("Sam"));
    EXPECT_NE(sam1.id, sam2.id);
    // Moving a report to a new manager higher up is no loop.
    catalog.people.update(with(team.linus, [&](Person& p) { p.managerId = team.ada.id; }));
    // The highest level; a leap day; no first-seen date at all.
    catalog.people.update(with(team.grace, [](Person& p) { p.levelRank = 5; }));
    catalog.competitors.add({0, "", "Hooli", "", "2024-02-29", ""});
    catalog.competitors.add({0, "", "Umbrella", "", {}, ""});
    // Text that looks like markup is just text.
    catalog.products.add({0, "", "<script>alert(1)</script>", "a & b"});
    EXPECT_EQ(catalog.people.list().size(), 5u);
    EXPECT_EQ(catalog.competitors.list().size(), 4u);
    EXPECT_EQ(catalog.products.list().front().name, "<script>alert(1)</script>");
    EXPECT_EQ(catalog.people.find(team.linus.id)->managerId, team.ada.id);
}

// --- Removing someone others depend on ------------------------------------------------------

struct Dependents {
    int reports;
    int segments;
    int launches;
    const char* because;
};

void PrintTo(const Dependents& dependents, std::ostream* out) {
    *out << dependents.because;
}

class RemovePersonWithDependents : public WithTempDir<::testing::TestWithParam<Dependents>> {};

TEST_P(RemovePersonWithDependents, IsRefusedWithASentenceCountingThem) {
    auto workspace = Workspace::create(file("team.pmmw"));
    Catalog catalog(*workspace);
    const auto boss = catalog.people.add(person("Boss"));
    for (int i = 0; i < GetParam().reports; ++i) {
        catalog.people.add(person("Report " + std::to_string(i), boss.id));
    }
    for (int i = 0; i < GetParam().segments; ++i) {
        catalog.segments.add({0, "", "Segment " + std::to_string(i), "", boss.id});
    }
    if (GetParam().launches > 0) {
        const auto product = catalog.products.add({0, "", "Atlas", ""});
        for (int i = 0; i < GetParam().launches; ++i) {
            // Test data only: written as the launches store would, values are our own.
            storage::execScript(workspace->handle(),
                                "INSERT INTO launches (uid, name, product_id, quarter, owner_id) "
                                "VALUES ('" +
                                    newUuid() + "', 'Launch " + std::to_string(i) + "', " +
                                    std::to_string(product.id) + ", '2026-Q3', " +
                                    std::to_string(boss.id) + ")");
        }
    }
    int notifications = 0;
    workspace->subscribe([&](const storage::Change&) { ++notifications; });
    const auto before = contentsOf(workspace->handle());

    EXPECT_TRUE(isError(caught([&] { catalog.people.remove(boss.id); }),
                        WorkspaceErrorKind::Invalid,
                        std::string("Cannot remove \"Boss\": they are still ") +
                            GetParam().because + ". Reassign those first."));
    EXPECT_TRUE(catalog.people.find(boss.id).has_value());
    EXPECT_EQ(contentsOf(workspace->handle()), before);
    EXPECT_EQ(notifications, 0);
}

INSTANTIATE_TEST_SUITE_P(
    Counts, RemovePersonWithDependents,
    ::testing::Values(
        Dependents{1, 0, 0, "manager of 1 person"}, Dependents{3, 0, 0, "manager of 3 people"},
        Dependents{0, 1, 0, "owner of 1 segment"}, Dependents{0, 2, 0, "owner of 2 segments"},
        Dependents{0, 0, 1, "owner of 1 launch"}, Dependents{0, 0, 3, "owner of 3 launches"},
        Dependents{2, 1, 2, "manager of 2 people, owner of 1 segment, owner of 2 launches"}),
    [](const auto& instance) {
        return std::to_string(instance.param.reports) + "Reports" +
               std::to_string(instance.param.segments) + "Segments" +
               std::to_string(instance.param.launches) + "Launches";
    });

TEST_F(CatalogRuleLimits, APersonCanBeRemovedOnceTheirDependentsAreReassigned) {
    auto workspace = Workspace::create(file("team.pmmw"));
    Catalog catalog(*workspace);
    const Team team = makeTeam(catalog);
    EXPECT_TRUE(caught([&] { catalog.people.remove(team.grace.id); }).has_value());

    catalog.people.update(with(team.linus, [&](Person& p) { p.managerId = team.ada.id; }));
    auto segment = team.midMarket;
    segment.ownerId = team.ada.id;
    catalog.segments.update(segment);
    catalog.people.remove(team.grace.id);
    EXPECT_EQ(catalog.people.find(team.grace.id), std::nullopt);
    EXPECT_TRUE(workspace->integrityProblems().empty());
}

}  // namespace
}  // namespace pmm::test
