#include "battlecards/sales_view.h"

#include <string>
#include <vector>

namespace pmm::battlecards {

namespace {

bool blank(const std::string& text) {
    return text.find_first_not_of(" \t\r\n") == std::string::npos;
}

bool readable(const CardPoint& item) {
    return !blank(item.text);
}
bool readable(const ProofPoint& item) {
    return !blank(item.story) || !blank(item.number);
}
bool readable(const Objection& item) {
    return !blank(item.objection) || !blank(item.response) || !blank(item.proof);
}
bool readable(const AngleRow& item) {
    return !blank(item.dealLooksLike) || !blank(item.leadWith) || !blank(item.because);
}

template <class Item>
std::vector<Item> forSales(const std::vector<Item>& items) {
    std::vector<Item> kept;
    for (const Item& item : items) {
        if (!item.internalOnly && readable(item)) {
            kept.push_back(item);
        }
    }
    return kept;
}

}  // namespace

BattlecardContent salesView(const BattlecardContent& content) {
    BattlecardContent sales;
    sales.overview = forSales(content.overview);
    sales.whyWeWin = forSales(content.whyWeWin);
    sales.whyWeLose = forSales(content.whyWeLose);
    sales.objections = forSales(content.objections);
    sales.landmines = forSales(content.landmines);
    sales.proofPoints = forSales(content.proofPoints);
    sales.pricingNotes = forSales(content.pricingNotes);
    sales.decisionTree = forSales(content.decisionTree);
    return sales;
}

}  // namespace pmm::battlecards
