#include "battlecards/battlecard_section.h"

namespace pmm::battlecards {

namespace {

std::vector<SectionLine> points(const std::vector<CardPoint>& items) {
    std::vector<SectionLine> lines;
    lines.reserve(items.size());
    for (const CardPoint& item : items) {
        lines.push_back({{item.text}, item.internalOnly});
    }
    return lines;
}

}  // namespace

std::string_view sectionTitle(CardSection section) {
    switch (section) {
        case CardSection::Overview:
            return "Overview";
        case CardSection::WhyWeWin:
            return "Why we win";
        case CardSection::WhyWeLose:
            return "Why we lose";
        case CardSection::Objections:
            return "Objection handling";
        case CardSection::Landmines:
            return "Landmines";
        case CardSection::ProofPoints:
            return "Proof points";
        case CardSection::PricingNotes:
            return "Pricing notes";
        case CardSection::DecisionTree:
            return "Angle decision tree";
    }
    return "";
}

std::string_view sectionKey(CardSection section) {
    switch (section) {
        case CardSection::Overview:
            return "overview";
        case CardSection::WhyWeWin:
            return "why_we_win";
        case CardSection::WhyWeLose:
            return "why_we_lose";
        case CardSection::Objections:
            return "objections";
        case CardSection::Landmines:
            return "landmines";
        case CardSection::ProofPoints:
            return "proof_points";
        case CardSection::PricingNotes:
            return "pricing_notes";
        case CardSection::DecisionTree:
            return "decision_tree";
    }
    return "";
}

std::optional<CardSection> sectionFromKey(std::string_view key) {
    for (CardSection section : kCardSections) {
        if (sectionKey(section) == key) {
            return section;
        }
    }
    return std::nullopt;
}

std::string_view sectionGuide(CardSection section) {
    switch (section) {
        case CardSection::Overview:
            return "Who this competitor is in this segment, in three or four sentences, one per "
                   "line: whom they sell to, how they position themselves and where we usually "
                   "meet them. The sales PDF reads the lines as one paragraph.";
        case CardSection::WhyWeWin:
            return "The reasons buyers in this segment choose us over this competitor, one per "
                   "line, each one something a rep can show or prove.";
        case CardSection::WhyWeLose:
            return "The honest reasons we lose to them here, one per line, so reps qualify "
                   "early and product hears about the gaps.";
        case CardSection::Objections:
            return "What buyers say when this competitor is in the deal, the answer that works, "
                   "and the proof that backs the answer up.";
        case CardSection::Landmines:
            return "Questions a rep can ask the buyer that expose the competitor's weak spots "
                   "without naming them.";
        case CardSection::ProofPoints:
            return "Customer stories that won against this competitor, each with the number "
                   "that makes it credible.";
        case CardSection::PricingNotes:
            return "How they price and discount, and how we respond, one note per line. Keep "
                   "deal-desk guidance here and mark floors and approvals internal only.";
        case CardSection::DecisionTree:
            return "When the deal looks like this, lead with that angle, because of this reason: "
                   "so a rep can handle the next question without calling us.";
    }
    return "";
}

std::vector<std::string_view> sectionFields(CardSection section) {
    switch (section) {
        case CardSection::Overview:
            return {"Sentence"};
        case CardSection::PricingNotes:
            return {"Note"};
        case CardSection::WhyWeWin:
        case CardSection::WhyWeLose:
            return {"Reason"};
        case CardSection::Landmines:
            return {"Question"};
        case CardSection::Objections:
            return {"Objection", "Response", "Proof"};
        case CardSection::ProofPoints:
            return {"Story", "Number"};
        case CardSection::DecisionTree:
            return {"When the deal looks like", "Lead with", "Because"};
    }
    return {};
}

std::vector<SectionLine> linesOf(const BattlecardContent& content, CardSection section) {
    std::vector<SectionLine> lines;
    switch (section) {
        case CardSection::Overview:
            return points(content.overview);
        case CardSection::PricingNotes:
            return points(content.pricingNotes);
        case CardSection::WhyWeWin:
            return points(content.whyWeWin);
        case CardSection::WhyWeLose:
            return points(content.whyWeLose);
        case CardSection::Landmines:
            return points(content.landmines);
        case CardSection::Objections:
            for (const Objection& item : content.objections) {
                lines.push_back({{item.objection, item.response, item.proof}, item.internalOnly});
            }
            break;
        case CardSection::ProofPoints:
            for (const ProofPoint& item : content.proofPoints) {
                lines.push_back({{item.story, item.number}, item.internalOnly});
            }
            break;
        case CardSection::DecisionTree:
            for (const AngleRow& item : content.decisionTree) {
                lines.push_back(
                    {{item.dealLooksLike, item.leadWith, item.because}, item.internalOnly});
            }
            break;
    }
    return lines;
}

namespace {

std::string fieldOf(const SectionLine& line, std::size_t index) {
    return index < line.fields.size() ? line.fields[index] : std::string();
}

std::vector<CardPoint> pointsFrom(const std::vector<SectionLine>& lines) {
    std::vector<CardPoint> items;
    for (const SectionLine& line : lines) {
        items.push_back({fieldOf(line, 0), line.internalOnly});
    }
    return items;
}

}  // namespace

void setLinesOf(BattlecardContent& content, CardSection section,
                const std::vector<SectionLine>& lines) {
    switch (section) {
        case CardSection::Overview:
            content.overview = pointsFrom(lines);
            return;
        case CardSection::PricingNotes:
            content.pricingNotes = pointsFrom(lines);
            return;
        case CardSection::WhyWeWin:
            content.whyWeWin = pointsFrom(lines);
            return;
        case CardSection::WhyWeLose:
            content.whyWeLose = pointsFrom(lines);
            return;
        case CardSection::Landmines:
            content.landmines = pointsFrom(lines);
            return;
        case CardSection::Objections:
            content.objections.clear();
            for (const SectionLine& line : lines) {
                content.objections.push_back(
                    {fieldOf(line, 0), fieldOf(line, 1), fieldOf(line, 2), line.internalOnly});
            }
            return;
        case CardSection::ProofPoints:
            content.proofPoints.clear();
            for (const SectionLine& line : lines) {
                content.proofPoints.push_back(
                    {fieldOf(line, 0), fieldOf(line, 1), line.internalOnly});
            }
            return;
        case CardSection::DecisionTree:
            content.decisionTree.clear();
            for (const SectionLine& line : lines) {
                content.decisionTree.push_back(
                    {fieldOf(line, 0), fieldOf(line, 1), fieldOf(line, 2), line.internalOnly});
            }
            return;
    }
}

std::vector<CardPoint>* pointsOf(BattlecardContent& content, std::optional<CardSection> section) {
    if (!section) {
        return nullptr;
    }
    switch (*section) {
        case CardSection::Overview:
            return &content.overview;
        case CardSection::WhyWeWin:
            return &content.whyWeWin;
        case CardSection::WhyWeLose:
            return &content.whyWeLose;
        case CardSection::Landmines:
            return &content.landmines;
        case CardSection::PricingNotes:
            return &content.pricingNotes;
        case CardSection::Objections:
        case CardSection::ProofPoints:
        case CardSection::DecisionTree:
            break;
    }
    return nullptr;
}

std::vector<CardPoint> pointsFromText(std::string_view text) {
    std::vector<CardPoint> points;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        end = end == std::string_view::npos ? text.size() : end;
        const std::string_view line = text.substr(start, end - start);
        if (line.find_first_not_of(" \t\r") != std::string_view::npos) {
            points.push_back({std::string(line), false});
        }
        start = end + 1;
    }
    return points;
}

std::string displayText(const SectionLine& line) {
    std::string text;
    for (const std::string& field : line.fields) {
        if (field.empty()) {
            continue;
        }
        if (!text.empty()) {
            text += " \u2192 ";
        }
        text += field;
    }
    return text;
}

}  // namespace pmm::battlecards
