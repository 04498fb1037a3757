// Full-text search over battlecards: the query builder by table, the index kept in step with
// inserts, saves, renames and removals, what a hit says (card, section, snippet markers), and
// hostile input: no string a user can type makes a query fail.
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "storage/battlecard_search.h"
#include "storage/battlecard_search_query.h"
#include "storage/battlecard_store.h"
#include "storage/battlecard_writer.h"
#include "storage/catalog.h"
#include "storage/database.h"
#include "storage/workspace.h"
#include "test_support.h"

namespace {

using namespace pmm::battlecards;
using pmm::storage::BattlecardSearch;
using pmm::storage::BattlecardStore;
using pmm::storage::ftsQueryFor;
using pmm::storage::Workspace;

struct QueryCase {
    const char* typed;
    const char* query;
};

const QueryCase kQueries[] = {
    {"pricing", "\"pricing\"*"},
    {"pricing ", "\"pricing\""},
    {"pricing sec", "\"pricing\" \"sec\"*"},
    {"  pricing\t\nsecurity  ", "\"pricing\" \"security\""},
    {"\"pricing", "\"\"\"pricing\"*"},
    {"NEAR(a \"b", "\"NEAR(a\" \"\"\"b\"*"},
    {"a AND b OR NOT c ", "\"a\" \"AND\" \"b\" \"OR\" \"NOT\" \"c\""},
    {"security r", "\"security\""},  // one character being typed after a word waits
    {"security r ", "\"security\" \"r\""},
    {"security \xC3\xA9", "\"security\""},
    {"p", "\"p\""},  // one character is not a prefix
    {"pr", "\"pr\"*"},
    {"\xC3\xA9", "\"\xC3\xA9\""},
    {"overview:price", "\"overview:price\"*"},
    {"pricing -", "\"pricing\""},
    {"- * : ( ) \" ^ +", ""},
    {"", ""},
    {"   ", ""},
    {"caf\xC3\xA9", "\"caf\xC3\xA9\"*"},
    {"\xF0\x9F\x9A\x80 launch", "\"\xF0\x9F\x9A\x80\" \"launch\"*"},
    {"bad\xFFutf8", "\"bad\" \"utf8\"*"},
    {"tab\x02mark\x03", "\"tab\" \"mark\""},
};

TEST(FtsQuery, EveryWordIsQuotedAndTheLastIsAPrefix) {
    for (const QueryCase& c : kQueries) {
        EXPECT_EQ(ftsQueryFor(c.typed), c.query) << c.typed;
    }
}

TEST(FtsQuery, LongInputIsCapped) {
    std::string many;
    for (int i = 0; i < 100; ++i) {
        many += "word" + std::to_string(i) + " ";
    }
    const std::string query = ftsQueryFor(many);
    EXPECT_EQ(std::count(query.begin(), query.end(), ' '),
              static_cast<long>(pmm::storage::kMaxSearchWords) - 1);
    EXPECT_LE(ftsQueryFor(std::string(100000, 'x')).size(), pmm::storage::kMaxSearchBytes + 3);
}

class BattlecardSearchTest : public pmm::test::WorkspaceTest {
protected:
    void SetUp() override {
        m_workspace = Workspace::create(file("search.pmmw"));
        pmm::catalog::Catalog catalog(*m_workspace);
        m_maya = catalog.people.add({0, "", "Maya Okafor", "", 2, std::nullopt}).id;
        m_enterprise = catalog.segments.add({0, "", "Enterprise", "", m_maya}).id;
        m_smb = catalog.segments.add({0, "", "SMB", "", std::nullopt}).id;
        m_globex = catalog.competitors.add({0, "", "Globex", "", std::nullopt, ""}).id;
        m_initech = catalog.competitors.add({0, "", "Initech", "", std::nullopt, ""}).id;
    }

    BattlecardStore store() { return BattlecardStore(*m_workspace); }
    std::vector<BattlecardSearchHit> search(std::string_view text, int limit = 50) {
        return BattlecardSearch(*m_workspace).search(text, limit);
    }
    std::vector<std::int64_t> cardsFor(std::string_view text) {
        std::vector<std::int64_t> ids;
        for (const auto& hit : search(text)) {
            ids.push_back(hit.cardId);
        }
        std::sort(ids.begin(), ids.end());
        return ids;
    }

    Battlecard cardWith(std::int64_t competitor, std::int64_t segment,
                        const BattlecardContent& content) {
        Battlecard card = store().create({competitor, segment, std::nullopt, ""}, {m_maya, ""});
        card.content = content;
        return store().save(card, {m_maya, ""});
    }

    static BattlecardContent pricingCard() {
        BattlecardContent c;
        c.overview = {{"Globex competes on price in regulated industries.", false}};
        c.whyWeWin = {{"Security reviews pass without a custom questionnaire", false}};
        c.objections = {{"Your pricing is too high", "Show the three-year total cost",
                         "Forrester TCO study", false}};
        c.proofPoints = {
            {"Garc\xC3\xAD"
             "a Retail cut onboarding",
             "38 % faster rollout", false}};
        c.pricingNotes = {{"They discount <b>heavily</b> at quarter end; hold at 15 %.", false}};
        c.decisionTree = {
            {"Deal led by procurement", "Total cost", "Their add-ons are extra", false}};
        c.landmines = {{"Ask about their launch \xF0\x9F\x9A\x80 schedule", true}};
        return c;
    }

    std::unique_ptr<Workspace> m_workspace;
    std::int64_t m_maya = 0;
    std::int64_t m_enterprise = 0;
    std::int64_t m_smb = 0;
    std::int64_t m_globex = 0;
    std::int64_t m_initech = 0;
};

TEST_F(BattlecardSearchTest, AHitNamesTheCardTheSectionAndMarksTheMatch) {
    const auto card = cardWith(m_globex, m_enterprise, pricingCard());
    const auto hits = search("questionn");
    ASSERT_EQ(hits.size(), 1u);
    const auto& hit = hits[0];
    EXPECT_EQ(hit.cardId, card.id);
    EXPECT_EQ(hit.competitor, "Globex");
    EXPECT_EQ(hit.segment, "Enterprise");
    EXPECT_EQ(hit.owner, "Maya Okafor");
    EXPECT_EQ(hit.best, (SearchMatch{SearchField::Section, CardSection::WhyWeWin}));
    EXPECT_EQ(matchTitle(hit.best), "Why we win");
    EXPECT_EQ(hit.all, std::vector<SearchMatch>{hit.best});
    EXPECT_NE(hit.snippet.find(std::string(1, kMatchStart) + "questionnaire" + kMatchEnd),
              std::string::npos)
        << hit.snippet;

    // Several sections match; the snippet comes from the one with most matches.
    const auto cost = search("total cost");
    ASSERT_EQ(cost.size(), 1u);
    EXPECT_EQ(cost[0].all.size(), 2u);
    EXPECT_EQ(matchTitle(cost[0].all[0]), "Objection handling");
    EXPECT_EQ(matchTitle(cost[0].all[1]), "Angle decision tree");

    // A name matches like a section; markup in card text comes back as text.
    EXPECT_EQ(matchTitle(search("globex")[0].best), "Competitor");
    const auto markup = search("heavily");
    ASSERT_EQ(markup.size(), 1u);
    EXPECT_EQ(matchTitle(markup[0].best), "Pricing notes");
    EXPECT_NE(markup[0].snippet.find("<b>\x02heavily\x03</b>"), std::string::npos)
        << markup[0].snippet;
}

TEST_F(BattlecardSearchTest, WordsAndPrefixesAcrossSectionsAndDiacritics) {
    const auto card = cardWith(m_globex, m_enterprise, pricingCard());
    cardWith(m_initech, m_smb, {});
    const std::vector<std::int64_t> only = {card.id};
    EXPECT_EQ(cardsFor("globex forrester"), only);  // the name and a section
    EXPECT_EQ(cardsFor("secur"), only);             // as you type
    EXPECT_TRUE(cardsFor("secur ").empty());        // a finished word is a whole word
    EXPECT_EQ(cardsFor("garcia"), only);            // without diacritics
    EXPECT_EQ(cardsFor("GARC\xC3\x8D"
                       "A"),
              only);
    // The tokenizer decides about symbols: this emoji separates words, so it is ignored.
    EXPECT_EQ(cardsFor("launch \xF0\x9F\x9A\x80 sched"), only);
    EXPECT_TRUE(cardsFor("pricing nowhere").empty());
    EXPECT_EQ(cardsFor("initech").size(), 1u);
    EXPECT_TRUE(search("pricing", 0).empty());
}

TEST_F(BattlecardSearchTest, TheIndexFollowsSavesRenamesAndRemovals) {
    Battlecard card = cardWith(m_globex, m_enterprise, pricingCard());
    EXPECT_EQ(cardsFor("forrester").size(), 1u);

    card.content.objections[0].proof = "Gartner peer reviews";
    store().save(card, {m_maya, ""});
    EXPECT_TRUE(cardsFor("forrester").empty());
    EXPECT_EQ(cardsFor("gartner").size(), 1u);

    pmm::catalog::Catalog catalog(*m_workspace);
    auto competitor = *catalog.competitors.find(m_globex);
    competitor.name = "Globex Systems";
    catalog.competitors.update(competitor);
    auto segment = *catalog.segments.find(m_enterprise);
    segment.name = "Large Enterprise";
    catalog.segments.update(segment);
    EXPECT_EQ(cardsFor("systems large").size(), 1u);
    EXPECT_EQ(search("systems")[0].competitor, "Globex Systems");
    // Names are the catalog's text: the index holds them without the snippet markers.
    competitor.name = "Globex \x02Labs\x03";
    catalog.competitors.update(competitor);
    const auto labs = search("labs");
    ASSERT_EQ(labs.size(), 1u);
    EXPECT_EQ(labs[0].snippet, "Globex \x02Labs\x03");

    // An index row lost outside the app comes back with reindexAll.
    pmm::storage::execScript(m_workspace->handle(), "DELETE FROM battlecard_search");
    EXPECT_TRUE(cardsFor("gartner").empty());
    EXPECT_EQ(store().reindexAll(), 1);
    EXPECT_EQ(cardsFor("gartner").size(), 1u);

    store().remove(card.id);
    EXPECT_TRUE(cardsFor("gartner").empty());
    EXPECT_TRUE(cardsFor("globex").empty());
}

TEST_F(BattlecardSearchTest, DeferredIndexingIsSearchableOnceFlushed) {
    const Battlecard first = cardWith(m_globex, m_enterprise, pricingCard());
    Battlecard second = store().create({m_initech, m_smb, std::nullopt, ""}, {m_maya, ""});
    pmm::storage::Transaction transaction(m_workspace->handle());
    pmm::storage::BattlecardWriter writer(m_workspace->handle(),
                                          pmm::storage::SearchIndexing::Deferred);
    second.content.landmines = {{"Ask about their rollout backlog", false}};
    writer.updateCard(second);
    BattlecardContent changed = first.content;
    changed.overview = {{"Globex now leads with bundles.", false}};
    writer.index(first.id, changed);
    EXPECT_TRUE(cardsFor("backlog").empty());
    EXPECT_EQ(cardsFor("regulated").size(), 1u);  // the old row stays until the flush
    writer.flushSearchIndex();
    EXPECT_EQ(cardsFor("backlog"), std::vector<std::int64_t>{second.id});
    EXPECT_EQ(cardsFor("bundles"), std::vector<std::int64_t>{first.id});
    EXPECT_TRUE(cardsFor("regulated").empty());
    transaction.commit();
    EXPECT_EQ(pmm::test::SqliteFile(m_workspace->path(), true)
                  .integer("SELECT count(*) FROM battlecard_search"),
              2);
}

TEST_F(BattlecardSearchTest, DeferredIndexingKeepsEachCardsLastTextAndItsCurrentNames) {
    const Battlecard first = cardWith(m_globex, m_enterprise, pricingCard());
    const Battlecard second = cardWith(m_initech, m_smb, pricingCard());
    pmm::storage::Transaction transaction(m_workspace->handle());
    {
        pmm::storage::BattlecardWriter writer(m_workspace->handle(),
                                              pmm::storage::SearchIndexing::Deferred);
        BattlecardContent changed = first.content;
        changed.overview = {{"Globex now leads with bundles.", false}};
        writer.index(first.id, changed);
        changed.overview = {{"Globex now leads with rebates.", false}};
        writer.index(first.id, changed);  // staged again: the later text wins
        writer.index(second.id, second.content);
        pmm::catalog::Catalog catalog(*m_workspace);
        auto competitor = *catalog.competitors.find(m_globex);
        competitor.name = "Globex Labs";
        catalog.competitors.update(competitor);  // renamed before the flush
        store().remove(second.id);               // removed before the flush: stays out of the index
        writer.flushSearchIndex();
    }
    transaction.commit();
    EXPECT_TRUE(cardsFor("bundles").empty());
    EXPECT_EQ(cardsFor("rebates"), std::vector<std::int64_t>{first.id});
    EXPECT_EQ(cardsFor("labs"), std::vector<std::int64_t>{first.id});
    EXPECT_EQ(cardsFor("regulated"), std::vector<std::int64_t>{});
    EXPECT_EQ(pmm::test::SqliteFile(m_workspace->path(), true)
                  .integer("SELECT count(*) FROM battlecard_search"),
              1);
}

TEST_F(BattlecardSearchTest, ReindexingFindsWhatSavingIndexedWithTheSameRanksAndSnippets) {
    cardWith(m_globex, m_enterprise, pricingCard());
    BattlecardContent other = pricingCard();
    other.overview = {{"Initech sells security add-ons per seat.", false}};
    other.whyWeWin.push_back({"Pricing reviews are shorter with us", false});
    cardWith(m_initech, m_smb, other);
    const char* const typed[] = {"pricing", "security rev", "se", "globex pri", "garcia", "add"};
    std::vector<std::vector<BattlecardSearchHit>> saved;
    for (const char* text : typed) {
        saved.push_back(search(text));
        ASSERT_FALSE(saved.back().empty()) << text;
    }
    EXPECT_EQ(store().reindexAll(), 2);
    for (std::size_t i = 0; i < std::size(typed); ++i) {
        const auto again = search(typed[i]);
        ASSERT_EQ(again.size(), saved[i].size()) << typed[i];
        for (std::size_t h = 0; h < again.size(); ++h) {
            EXPECT_EQ(again[h].cardId, saved[i][h].cardId) << typed[i];
            EXPECT_EQ(again[h].snippet, saved[i][h].snippet) << typed[i];
            EXPECT_DOUBLE_EQ(again[h].score, saved[i][h].score) << typed[i];
        }
    }
}

// Strings a user may type or paste into the search box, each with a plain word of the card.
const char* const kHostile[] = {
    "\"",
    "\"\"",
    "\"pricing",
    "pricing\"",
    "pri\"cing",
    "'",
    "pricing'",
    "AND",
    "pricing AND",
    "AND pricing",
    "OR",
    "NOT pricing",
    "pricing NOT",
    "NEAR(",
    "NEAR(pricing",
    "NEAR(pricing security, 2)",
    "pricing NEAR security",
    "*",
    "pricing*",
    "*pricing",
    "pri*cing",
    "-",
    "-pricing",
    "pricing -security",
    ":",
    "overview:",
    "overview:pricing",
    "{overview}: pricing",
    "{overview pricing_notes}:pricing",
    "(",
    ")",
    "(pricing",
    "pricing)",
    "((pricing))",
    "^pricing",
    "pricing^",
    "+pricing",
    "pricing + security",
    "\\",
    "pricing\\",
    "%",
    "_",
    "pricing%",
    ";",
    "pricing; DROP TABLE battlecards; --",
    "' OR 1=1 --",
    "\"\" OR \"\"",
    "\xF0\x9F\x9A\x80",
    "pricing \xF0\x9F\x98\x80",
    "\xE2\x80\x8B",
    "pricing\xC2\xA0security",
    "\xFF\xFE",
    "pricing \xC3",
    "\x01\x02\x03",
    "pricing\x02",
    "\t\n\r",
    "\xE3\x80\x80",
    "rank",
    "bm25(",
    "MATCH",
    "battlecard_search",
    "rowid",
    "pricing:",
    "p",
};

TEST_F(BattlecardSearchTest, HostileQueriesNeverFailAndPlainWordsStillFind) {
    const auto card = cardWith(m_globex, m_enterprise, pricingCard());
    for (const char* hostile : kHostile) {
        std::vector<BattlecardSearchHit> hits;
        EXPECT_NO_THROW(hits = search(hostile)) << hostile;
        // With a plain word of the card next to it, the card is found: the hostile part is
        // plain words too, and none of it is a word the card lacks unless it has letters.
        const std::string withWord = std::string("pricing ") + hostile;
        EXPECT_NO_THROW(hits = search(withWord)) << withWord;
        const std::string query = ftsQueryFor(withWord);
        const bool onlyPunctuation = query == "\"pricing\"" || query == "\"pricing\"*";
        if (onlyPunctuation) {
            ASSERT_EQ(hits.size(), 1u) << withWord;
            EXPECT_EQ(hits[0].cardId, card.id);
        }
    }
    // The words inside operators are searched as words.
    EXPECT_EQ(search("NEAR(pricing security, 2)").size(), 0u);  // "2" is not on the card
    EXPECT_EQ(search("NEAR(pricing security").size(), 0u);      // "near" is not either
    EXPECT_EQ(search("(pricing) \"security\"").size(), 1u);
    EXPECT_EQ(search("overview:pricing").size(), 0u);  // no column filter: "overview pricing"
    EXPECT_EQ(search("{pricing}").size(), 1u);
    EXPECT_EQ(search("-pricing").size(), 1u);  // no negation
}

TEST_F(BattlecardSearchTest, RandomTextNeverFails) {
    cardWith(m_globex, m_enterprise, pricingCard());
    const std::vector<std::string> pieces = {
        "\"",   "'",    "*",   "-",       "+",   ":",        "(",
        ")",    "{",    "}",   "^",       " ",   "\t",       "NEAR",
        "AND",  "OR",   "NOT", "pricing", "sec", "\xC3\xA9", "\xF0\x9F\x9A\x80",
        "\xFF", "\x02", ",",   "0",       "\\"};
    std::mt19937 random(20261123);
    for (int round = 0; round < 1500; ++round) {
        std::string text;
        const int length = 1 + static_cast<int>(random() % 12);
        for (int i = 0; i < length; ++i) {
            text += pieces[random() % pieces.size()];
        }
        EXPECT_NO_THROW(search(text)) << text;
    }
}

}  // namespace
