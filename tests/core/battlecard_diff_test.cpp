// Pure functions over a card's text: the line diff, the section-by-section card diff, "what
// changed since the last refresh", the sales view, the JSON snapshot and the content rules.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "battlecards/battlecard_json.h"
#include "battlecards/card_diff.h"
#include "battlecards/content_rules.h"
#include "battlecards/line_diff.h"
#include "battlecards/sales_view.h"
#include "battlecards/search_hit.h"
#include "battlecards/since_refresh.h"

namespace {

using namespace pmm::battlecards;

// The edit script as a string: "=a" kept, "-a" deleted, "+a" inserted.
std::string script(const std::string& before, const std::string& after) {
    const auto edits =
        diffSequences(before.size(), after.size(),
                      [&](std::size_t i, std::size_t j) { return before[i] == after[j]; });
    std::string out;
    for (const Edit& edit : edits) {
        switch (edit.kind) {
            case EditKind::Keep:
                out += std::string("=") + before[edit.before];
                break;
            case EditKind::Delete:
                out += std::string("-") + before[edit.before];
                break;
            case EditKind::Insert:
                out += std::string("+") + after[edit.after];
                break;
        }
    }
    return out;
}

struct ScriptCase {
    const char* before;
    const char* after;
    int kept;  // the length of the longest common subsequence
};

const ScriptCase kScripts[] = {
    {"", "", 0},       {"abc", "abc", 3},   {"", "abc", 0},        {"abc", "", 0},
    {"abc", "axc", 2}, {"abcd", "acbd", 3}, {"xabcx", "yabcy", 3}, {"abcabba", "cbabac", 4},
    {"aaaa", "aa", 2}, {"ab", "ba", 1},
};

TEST(LineDiff, ScriptsAreMinimalAndRebuildBothSides) {
    for (const ScriptCase& c : kScripts) {
        const std::string before = c.before;
        const std::string after = c.after;
        const std::string edits = script(before, after);
        std::string rebuiltBefore;
        std::string rebuiltAfter;
        int kept = 0;
        for (std::size_t i = 0; i < edits.size(); i += 2) {
            if (edits[i] != '+') {
                rebuiltBefore += edits[i + 1];
            }
            if (edits[i] != '-') {
                rebuiltAfter += edits[i + 1];
            }
            kept += edits[i] == '=' ? 1 : 0;
        }
        EXPECT_EQ(rebuiltBefore, before) << edits;
        EXPECT_EQ(rebuiltAfter, after) << edits;
        EXPECT_EQ(kept, c.kept) << before << " -> " << after << ": " << edits;
    }
}

TEST(LineDiff, TooLargeAMiddleIsReplacedWhole) {
    const std::string before = "pabcq";
    const std::string after = "pcbaq";
    const auto edits = diffSequences(
        before.size(), after.size(),
        [&](std::size_t i, std::size_t j) { return before[i] == after[j]; }, 4);
    ASSERT_EQ(edits.size(), 8u);
    EXPECT_EQ(edits.front().kind, EditKind::Keep);
    EXPECT_EQ(edits.back().kind, EditKind::Keep);
    for (std::size_t i = 1; i < 4; ++i) {
        EXPECT_EQ(edits[i].kind, EditKind::Delete);
        EXPECT_EQ(edits[i + 3].kind, EditKind::Insert);
    }
}

BattlecardContent sampleCard() {
    BattlecardContent card;
    card.overview = {{"Globex sells to IT.", false},
                     {"They lead with price.", false},
                     {"We meet them in renewals.", false}};
    card.whyWeWin = {{"Faster onboarding", false}, {"SOC 2 Type II", false}};
    card.whyWeLose = {{"List price is higher", false}};
    card.objections = {{"You are too expensive", "Compare total cost", "TCO study", false}};
    card.landmines = {{"Ask how long their last upgrade took", false}};
    card.proofPoints = {{"Initech moved 400 seats", "38 % faster close", false}};
    card.pricingNotes = {{"Discount up to 15 %.", false}};
    card.decisionTree = {{"Security review first", "Compliance",
                          "We pass without custom "
                          "questionnaires",
                          false}};
    return card;
}

const SectionDiff& sectionOf(const CardDiff& diff, CardSection section) {
    for (const SectionDiff& s : diff.sections) {
        if (s.section == section) {
            return s;
        }
    }
    throw std::logic_error("missing section");
}

TEST(CardDiff, IdenticalCardsHaveNoChanges) {
    const CardDiff diff = diffCards(sampleCard(), sampleCard());
    EXPECT_FALSE(diff.hasChanges());
    EXPECT_EQ(diff.summary(), "No changes");
    EXPECT_EQ(diff.sections.size(), kCardSections.size());
    EXPECT_EQ(sectionOf(diff, CardSection::Overview).lines.size(), 3u);
}

TEST(CardDiff, OverviewDiffsByLineLikeAList) {
    BattlecardContent after = sampleCard();
    after.overview[1].text = "They lead with bundles.";
    after.overview.push_back({"Internal: their CFO left.", true});
    const CardDiff diff = diffCards(sampleCard(), after);
    const SectionDiff& overview = sectionOf(diff, CardSection::Overview);
    ASSERT_EQ(overview.lines.size(), 4u);
    EXPECT_EQ(overview.lines[0].op, DiffOp::Same);
    EXPECT_EQ(overview.lines[1].op, DiffOp::Changed);
    EXPECT_EQ(overview.lines[1].before->fields[0], "They lead with price.");
    EXPECT_EQ(overview.lines[1].after->fields[0], "They lead with bundles.");
    EXPECT_EQ(overview.lines[2].op, DiffOp::Same);
    EXPECT_EQ(overview.lines[3].op, DiffOp::Added);
    EXPECT_TRUE(overview.lines[3].after->internalOnly);
    EXPECT_EQ(overview.summary(), "1 added, 1 changed");
}

TEST(CardDiff, MarkingAPricingNoteInternalOnlyIsAChange) {
    BattlecardContent after = sampleCard();
    after.pricingNotes[0].internalOnly = true;
    const CardDiff diff = diffCards(sampleCard(), after);
    const SectionDiff& pricing = sectionOf(diff, CardSection::PricingNotes);
    ASSERT_EQ(pricing.lines.size(), 1u);
    EXPECT_EQ(pricing.lines[0].op, DiffOp::Changed);
    EXPECT_EQ(diff.summary(), "Pricing notes: 1 changed");
}

TEST(CardDiff, ListSectionsReportAddedRemovedAndChangedLines) {
    BattlecardContent after = sampleCard();
    after.whyWeWin = {{"Faster onboarding", false},
                      {"SOC 2 Type II and ISO 27001", false},
                      {"Local support", false}};
    after.whyWeLose.clear();
    after.objections[0].internalOnly = true;  // a change of mark is a change
    after.decisionTree.push_back({"Price-led deal", "Total cost", "They charge per seat", false});

    const CardDiff diff = diffCards(sampleCard(), after);
    const SectionDiff& win = sectionOf(diff, CardSection::WhyWeWin);
    ASSERT_EQ(win.lines.size(), 3u);
    EXPECT_EQ(win.lines[0].op, DiffOp::Same);
    EXPECT_EQ(win.lines[1].op, DiffOp::Changed);
    EXPECT_EQ(win.lines[1].before->fields[0], "SOC 2 Type II");
    EXPECT_EQ(win.lines[1].after->fields[0], "SOC 2 Type II and ISO 27001");
    EXPECT_EQ(win.lines[2].op, DiffOp::Added);
    EXPECT_EQ(sectionOf(diff, CardSection::WhyWeLose).removed, 1);
    const SectionDiff& objections = sectionOf(diff, CardSection::Objections);
    ASSERT_EQ(objections.lines.size(), 1u);
    EXPECT_EQ(objections.lines[0].op, DiffOp::Changed);
    EXPECT_TRUE(objections.lines[0].after->internalOnly);
    EXPECT_FALSE(sectionOf(diff, CardSection::Landmines).hasChanges());
    EXPECT_EQ(diff.summary(),
              "Why we win: 1 added, 1 changed; Why we lose: 1 removed; Objection handling: 1 "
              "changed; Angle decision tree: 1 added");
}

TEST(CardDiff, ReorderedItemsAreNotLost) {
    BattlecardContent before;
    before.landmines = {{"A", false}, {"B", false}, {"C", false}};
    BattlecardContent after;
    after.landmines = {{"C", false}, {"A", false}, {"B", false}};
    const CardDiff diff = diffCards(before, after);
    const SectionDiff& landmines = sectionOf(diff, CardSection::Landmines);
    EXPECT_EQ(landmines.added, 1);
    EXPECT_EQ(landmines.removed, 1);
    EXPECT_EQ(landmines.changed, 0);
}

TEST(CardDiff, DisplayTextJoinsFields) {
    EXPECT_EQ(displayText({{"You are too expensive", "", "TCO study"}, false}),
              "You are too expensive \u2192 TCO study");
}

RevisionInfo info(int number, RevisionKind kind, const char* by, const char* at) {
    RevisionInfo r;
    r.number = number;
    r.kind = kind;
    r.changedBy = by;
    r.changedAt = at;
    return r;
}

TEST(SinceRefresh, ComparesWithTheNewestRefreshAndNamesTheEditors) {
    const std::vector<RevisionInfo> history = {
        info(5, RevisionKind::Save, "Jonas Berg", "2026-06-03T10:00:00Z"),
        info(4, RevisionKind::Save, "Maya Okafor", "2026-06-01T10:00:00Z"),
        info(3, RevisionKind::Refresh, "Maya Okafor", "2026-05-02T09:00:00Z"),
        info(2, RevisionKind::Save, "Maya Okafor", "2026-04-01T09:00:00Z"),
        info(1, RevisionKind::Create, "Maya Okafor", "2026-03-01T09:00:00Z"),
    };
    ASSERT_TRUE(refreshBase(history));
    EXPECT_EQ(refreshBase(history)->number, 3);
    BattlecardContent now = sampleCard();
    now.whyWeWin.push_back({"Local support", false});
    const auto summary = summarizeSinceRefresh(history, sampleCard(), now);
    ASSERT_EQ(summary.saves.size(), 2u);
    EXPECT_EQ(summary.saves[0].number, 4);
    EXPECT_EQ(summary.editors, (std::vector<std::string>{"Maya Okafor", "Jonas Berg"}));
    EXPECT_EQ(summary.sentence,
              "Since the refresh of 2026-05-02: 2 saves by Maya Okafor and Jonas Berg. Why we "
              "win: 1 added.");
}

TEST(SinceRefresh, WithoutARefreshComparesWithTheCreation) {
    const std::vector<RevisionInfo> history = {
        info(1, RevisionKind::Create, "Maya Okafor", "2026-03-01T09:00:00Z"),
        info(2, RevisionKind::Save, "Maya Okafor", "2026-03-02T09:00:00Z"),
    };
    EXPECT_EQ(refreshBase(history)->number, 1);
    EXPECT_EQ(summarizeSinceRefresh(history, sampleCard(), sampleCard()).sentence,
              "No changes since the card was created on 2026-03-01 (1 save left the text as "
              "it was).");
    EXPECT_EQ(summarizeSinceRefresh({}, {}, sampleCard()).sentence,
              "This card has no history yet.");
}

TEST(SalesView, LeavesOutInternalOnlyAndBlankLines) {
    BattlecardContent card = sampleCard();
    card.whyWeWin.push_back({"Their CFO is unhappy (from a partner)", true});
    card.objections.push_back({"", " ", "", false});
    card.proofPoints.insert(card.proofPoints.begin(), {"Secret deal", "70 % discount", true});
    card.decisionTree.push_back({"Partner-led", "Partner margin", "Internal only", true});
    const BattlecardContent sales = salesView(card);
    EXPECT_EQ(sales.whyWeWin, sampleCard().whyWeWin);
    EXPECT_EQ(sales.objections, sampleCard().objections);
    EXPECT_EQ(sales.proofPoints, sampleCard().proofPoints);
    EXPECT_EQ(sales.decisionTree, sampleCard().decisionTree);
    EXPECT_EQ(sales.overview, card.overview);
    EXPECT_EQ(salesView(sales), sales);
}

TEST(SalesView, LeavesOutInternalOnlyOverviewAndPricingLines) {
    BattlecardContent card = sampleCard();
    card.overview.insert(card.overview.begin() + 1, {"Internal: they poached our AE.", true});
    card.overview.push_back({" \t", false});
    card.pricingNotes.push_back({"Internal: our floor is 22 % below list.", true});
    card.pricingNotes.push_back({"Annual prepay earns 5 %.", false});
    const BattlecardContent sales = salesView(card);
    EXPECT_EQ(sales.overview, sampleCard().overview);
    ASSERT_EQ(sales.pricingNotes.size(), 2u);
    EXPECT_EQ(sales.pricingNotes[0].text, "Discount up to 15 %.");
    EXPECT_EQ(sales.pricingNotes[1].text, "Annual prepay earns 5 %.");
}

TEST(Snapshot, RoundTripsEveryField) {
    BattlecardContent card = sampleCard();
    card.landmines.push_back({"\"Quoted\" <b>markup</b> & emoji \U0001F680", true});
    const auto back = contentFromSnapshot(snapshotText(card));
    ASSERT_TRUE(back);
    EXPECT_EQ(*back, card);
    EXPECT_EQ(contentFromSnapshot(snapshotText({})), BattlecardContent{});
}

// Revisions saved before schema 7 held overview and pricing notes as text: they still open,
// a line per line of text that is not blank, and compare with today's lines.
TEST(Snapshot, ReadsVersionOneTextAsLines) {
    const auto old = contentFromSnapshot(
        R"({"format": "pmm-battlecard-text", "version": 1,
            "overview": "Globex sells to IT.\n\nThey lead with price.\n \t\nWe meet them in renewals.",
            "why_we_win": [{"text": "Faster onboarding", "internal": false},
                           {"text": "SOC 2 Type II", "internal": false}],
            "pricing_notes": "Discount up to 15 %.\n"})");
    ASSERT_TRUE(old);
    EXPECT_EQ(old->overview, sampleCard().overview);
    EXPECT_EQ(old->pricingNotes, sampleCard().pricingNotes);
    EXPECT_EQ(old->whyWeWin, sampleCard().whyWeWin);
    BattlecardContent now = *old;
    now.pricingNotes.push_back({"Internal: floor at 20 %.", true});
    EXPECT_EQ(diffCards(*old, now).summary(), "Pricing notes: 1 added");

    // Saved again today: the new snapshot holds lines.
    const auto saved = nlohmann::json::parse(snapshotText(now));
    EXPECT_EQ(saved["version"], 2);
    EXPECT_EQ(saved["pricing_notes"][1]["text"], "Internal: floor at 20 %.");
    EXPECT_EQ(saved["pricing_notes"][1]["internal"], true);
}

TEST(Snapshot, RefusesWhatItDoesNotUnderstand) {
    for (const char* text :
         {"", "null", "[]", "{}", "{\"format\": \"pmm-battlecard-text\", \"version\": 3}",
          "{\"format\": \"pmm-battlecard-text\", \"version\": 0}",
          "{\"format\": \"pmm-battlecard-text\", \"version\": 1, \"overview\": 3}",
          "{\"format\": \"pmm-battlecard-text\", \"version\": 1, \"overview\": []}",
          "{\"format\": \"pmm-battlecard-text\", \"version\": 2, \"overview\": \"text\"}",
          "{\"format\": \"pmm-battlecard-text\", \"version\": 2, \"pricing_notes\": [\"a\"]}",
          "{\"format\": \"pmm-battlecard-text\", \"version\": 1, \"objections\": [1]}",
          "{\"format\": \"pmm-battlecard-text\", \"version\": 1, \"why_we_win\": "
          "[{\"text\": \"a\", \"internal\": \"yes\"}]}",
          "{\"format\": \"pmm-battlecard-text\", \"version\": 1, \"x\": [[[[[[[[[[[]]]]]]]]]]]}",
          "{\"format\": \"pmm-battlecard-text\", \"version\": 1e500}", "{\"format\": "}) {
        EXPECT_FALSE(contentFromSnapshot(text)) << text;
    }
}

TEST(ContentRules, NormalizationRemovesControlCharactersAndRepairsUtf8) {
    EXPECT_EQ(normalizedText("a\r\nb\rc\n\td"), "a\nb\nc\n\td");
    EXPECT_EQ(normalizedText(std::string("x\x02y\x03z\x7F", 7)), "xyz");
    EXPECT_EQ(normalizedText(std::string("nul\0byte", 8)), "nulbyte");
    EXPECT_EQ(normalizedText("caf\xC3\xA9 \xF0\x9F\x9A\x80"), "caf\xC3\xA9 \xF0\x9F\x9A\x80");
    EXPECT_EQ(normalizedText("bad \xFF end"), "bad \xEF\xBF\xBD end");
    EXPECT_EQ(normalizedText("overlong \xC0\xAF"), "overlong \xEF\xBF\xBD\xEF\xBF\xBD");
    EXPECT_EQ(normalizedText("surrogate \xED\xA0\x80"),
              "surrogate \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
    EXPECT_EQ(normalizedText("cut \xE2\x82"), "cut \xEF\xBF\xBD\xEF\xBF\xBD");
}

TEST(ContentRules, ProblemsNameTheSectionAndLine) {
    EXPECT_FALSE(contentProblem(sampleCard()));
    BattlecardContent card = sampleCard();
    card.objections.push_back({"ok", std::string(kMaxFieldCharacters + 1, 'x'), "", false});
    EXPECT_EQ(contentProblem(card),
              "Objection handling, line 2: the response is longer than 20000 characters.");
    card = sampleCard();
    card.landmines.assign(kMaxLinesPerSection + 1, {"q", false});
    EXPECT_EQ(contentProblem(card), "Landmines: at most 200 lines (there are 201).");
    card = sampleCard();
    card.pricingNotes.push_back({std::string(kMaxFieldCharacters, 'x'), false});
    EXPECT_FALSE(contentProblem(card));
    // Characters, not bytes: 20000 two-byte characters are within the limit.
    std::string& note = card.pricingNotes.back().text;
    note.clear();
    for (std::size_t i = 0; i < kMaxFieldCharacters; ++i) {
        note += "\xC3\xA9";
    }
    EXPECT_FALSE(contentProblem(card));
    note += "x";
    EXPECT_EQ(contentProblem(card),
              "Pricing notes, line 2: the note is longer than 20000 characters.");
    card = sampleCard();
    card.overview.assign(kMaxLinesPerSection + 1, {"s", false});
    EXPECT_EQ(contentProblem(card), "Overview: at most 200 lines (there are 201).");
}

TEST(SearchSnippet, SplitsOnTheMarkers) {
    const std::string snippet = std::string("\xE2\x80\xA6 our ") + kMatchStart + "pricing" +
                                kMatchEnd + " beats <b>" + kMatchStart + "sec" + kMatchEnd +
                                "urity";
    const std::vector<SnippetPart> expected = {{"\xE2\x80\xA6 our ", false},
                                               {"pricing", true},
                                               {" beats <b>", false},
                                               {"sec", true},
                                               {"urity", false}};
    EXPECT_EQ(splitSnippet(snippet), expected);
    EXPECT_TRUE(splitSnippet("").empty());
}

}  // namespace
