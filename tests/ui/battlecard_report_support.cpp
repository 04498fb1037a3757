#include "battlecard_report_support.h"

#include <gtest/gtest.h>

#include "storage/battlecard_store.h"
#include "storage/workspace.h"

namespace pmm::uitest {

namespace {

using battlecards::AngleRow;
using battlecards::CardPoint;
using battlecards::Objection;
using battlecards::ProofPoint;

void fill(storage::Workspace& workspace, std::int64_t id, const std::string& who) {
    storage::BattlecardStore store(workspace);
    battlecards::Battlecard card = *store.find(id);
    battlecards::BattlecardContent& text = card.content;
    text.overview = {CardPoint{who + " sells a suite to IT.", false},
                     CardPoint{"INTERNAL overview remark on " + who, true},
                     CardPoint{std::string("We meet them in renewals. ") + kMarkup, false}};
    text.whyWeWin = {CardPoint{"Live in two weeks against " + who + "'s quarter", false},
                     CardPoint{"INTERNAL win note for " + who, true}};
    text.whyWeLose = {CardPoint{"Their bundle discount is deep", false}};
    text.objections = {
        Objection{"We already own " + who, "Show the migration plan", "Northwind moved in 9 days",
                  false},
        Objection{"Too expensive", "Price per outcome, not per seat", kMarkup, false},
        Objection{"INTERNAL objection " + who, "never print", "", true}};
    text.landmines = {CardPoint{"Ask how long their last upgrade took", false},
                      CardPoint{"INTERNAL landmine " + who, true}};
    text.proofPoints = {ProofPoint{"Contoso cut close time after leaving " + who, "38 %", false},
                        ProofPoint{"INTERNAL proof " + who, "99 %", true}};
    text.pricingNotes = {CardPoint{"List price 20 % above theirs.", false},
                         CardPoint{"INTERNAL floor price for " + who + " is 31 % off", true},
                         CardPoint{"Discount only with a 2-year term.", false}};
    text.decisionTree = {
        AngleRow{"The buyer is IT-led", "Lead with security review speed",
                 "their audit takes months", false},
        AngleRow{"Finance is in the room", "Lead with total cost", "no services bundle", false},
        AngleRow{"INTERNAL angle " + who, "never print", "", true}};
    store.save(card, {std::nullopt, "Test"});
}

}  // namespace

SalesCardWorld addSalesCards(storage::Workspace& workspace, const Date& refreshed) {
    SalesCardWorld cards;
    cards.world = addBattlecardWorld(workspace);
    const BattlecardWorld& w = cards.world;
    cards.globexMid = addCard(workspace, w.globex, w.midMarket, refreshed);
    cards.globexEnterprise = addCard(workspace, w.globex, w.enterprise, refreshed);
    cards.initechMid = addCard(workspace, w.initech, w.midMarket, refreshed);
    fill(workspace, cards.globexMid, "Globex");
    fill(workspace, cards.globexEnterprise, "Globex Enterprise");
    fill(workspace, cards.initechMid, "Initech");
    return cards;
}

}  // namespace pmm::uitest
