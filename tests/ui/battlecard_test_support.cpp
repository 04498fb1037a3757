#include "battlecard_test_support.h"

#include "storage/battlecard_store.h"
#include "storage/catalog.h"
#include "storage/workspace.h"

namespace pmm::uitest {

BattlecardWorld addBattlecardWorld(storage::Workspace& workspace) {
    catalog::Catalog catalog(workspace);
    BattlecardWorld ids;
    catalog::Person maya;
    maya.name = "Maya Okafor";
    ids.maya = catalog.people.add(maya).id;
    catalog::Person jonas;
    jonas.name = "Jonas Berg";
    ids.jonas = catalog.people.add(jonas).id;
    catalog::Segment mid;
    mid.name = "Mid-market";
    mid.ownerId = ids.maya;
    ids.midMarket = catalog.segments.add(mid).id;
    catalog::Segment enterprise;
    enterprise.name = "Enterprise";
    enterprise.ownerId = ids.jonas;
    ids.enterprise = catalog.segments.add(enterprise).id;
    catalog::Competitor globex;
    globex.name = "Globex";
    ids.globex = catalog.competitors.add(globex).id;
    catalog::Competitor initech;
    initech.name = "Initech";
    ids.initech = catalog.competitors.add(initech).id;
    return ids;
}

std::int64_t addCard(storage::Workspace& workspace, std::int64_t competitor, std::int64_t segment,
                     const Date& refreshed) {
    storage::NewBattlecard spec;
    spec.competitorId = competitor;
    spec.segmentId = segment;
    return storage::BattlecardStore(workspace).create(spec, {std::nullopt, "Test"}, refreshed).id;
}

}  // namespace pmm::uitest
