#include "skills_test_support.h"

#include "launch_test_support.h"
#include "storage/catalog.h"
#include "storage/skills_assessment_store.h"
#include "storage/skills_framework_store.h"
#include "storage/workspace.h"

namespace pmm::uitest {

namespace {

std::int64_t addPerson(catalog::Catalog& catalog, const std::string& name, int rank,
                       std::optional<std::int64_t> manager) {
    catalog::Person person;
    person.name = name;
    person.levelRank = rank;
    person.managerId = manager;
    return catalog.people.add(person).id;
}

}  // namespace

SkillsTeam addSkillsTeam(storage::Workspace& workspace) {
    catalog::Catalog catalog(workspace);
    SkillsTeam team;
    team.ben = addPerson(catalog, "Ben Okafor", 3, std::nullopt);
    team.ana = addPerson(catalog, "Ana Rivera", 2, team.ben);
    team.cy = addPerson(catalog, "Cy <b>Park</b>", 1, team.ben);
    catalog::Product product;
    product.name = "Billing";
    const std::int64_t productId = catalog.products.add(product).id;
    auto launch = launchDraft("Spend forecasts", productId, team.ana, "2026-Q4", {4, 3, 3}, true);
    launch.targetDate = "2026-10-15";
    launch.status = launches::LaunchStatus::InProgress;
    team.launch = addLaunch(workspace, launch);
    team.competencies = storage::SkillsFrameworkStore(workspace).competencies();
    return team;
}

team::Assessment rate(storage::Workspace& workspace, std::int64_t person, std::int64_t competency,
                      const std::string& day, int level, const std::string& evidence) {
    team::Assessment a;
    a.personId = person;
    a.competencyId = competency;
    a.assessedOn = day;
    a.demonstratedLevel = level;
    a.evidence = evidence;
    a.assessorName = "Dana";
    return storage::SkillsAssessmentStore(workspace).add(a);
}

}  // namespace pmm::uitest
