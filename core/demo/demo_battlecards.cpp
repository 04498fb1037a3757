#include "demo/demo_battlecards.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <string>
#include <vector>

#include "battlecards/card_diff.h"
#include "demo/demo_battlecard_phrases.h"
#include "storage/battlecard_writer.h"
#include "storage/catalog.h"
#include "storage/competitor_launch_store.h"
#include "storage/workspace.h"
#include "util/uuid.h"

namespace pmm::demo {

namespace {

using battlecards::Battlecard;
using battlecards::BattlecardContent;
using battlecards::RevisionKind;
using storage::RevisionRecord;

constexpr std::size_t kMinCardBytes = 2048;
constexpr std::size_t kMaxCardBytes = 4096;
// Large demos keep a full history for one card in this many.
constexpr int kFullHistoryEvery = 50;
constexpr int kFullHistoryUpTo = 1000;  // cards; smaller demos keep it for every card

int between(std::mt19937_64& random, int low, int high) {
    return low + static_cast<int>(random() % static_cast<std::uint64_t>(high - low + 1));
}

bool chance(std::mt19937_64& random, int percent) {
    return static_cast<int>(random() % 100) < percent;
}

std::string timestamp(const Date& day, const char* time) {
    return toIsoText(day) + "T" + time + "Z";
}

// Fills the placeholders of a phrase for one card.
class CardText {
public:
    CardText(std::mt19937_64& random, std::string competitor, std::string segment,
             std::string product)
        : m_random(random),
          m_competitor(std::move(competitor)),
          m_segment(std::move(segment)),
          m_product(std::move(product)) {}

    std::string fill(std::string_view phrase) {
        const auto& customers = demoCardPhrases().customers;
        const std::string customer(customers[m_random() % customers.size()]);
        std::string out;
        for (std::size_t i = 0; i < phrase.size(); ++i) {
            if (phrase[i] == '{' && i + 2 < phrase.size() && phrase[i + 2] == '}') {
                switch (phrase[i + 1]) {
                    case 'C':
                        out += m_competitor;
                        break;
                    case 'S':
                        out += m_segment;
                        break;
                    case 'P':
                        out += m_product;
                        break;
                    case 'Q':
                        out += customer;
                        break;
                    case 'N':
                        out += std::to_string(between(m_random, 12, 64));
                        break;
                    default:
                        out += std::to_string(between(m_random, 2, 9));
                        break;
                }
                i += 2;
            } else {
                out += phrase[i];
            }
        }
        return out;
    }

    // `count` different phrases of `bank`, filled in and split on '|'.
    std::vector<std::vector<std::string>> pick(std::span<const std::string_view> bank, int count) {
        std::vector<std::size_t> order(bank.size());
        std::iota(order.begin(), order.end(), 0);
        std::vector<std::vector<std::string>> picked;
        for (int n = 0; n < count && static_cast<std::size_t>(n) < order.size(); ++n) {
            std::swap(order[static_cast<std::size_t>(n)],
                      order[static_cast<std::size_t>(n) + m_random() % (order.size() - n)]);
            const std::string text = fill(bank[order[static_cast<std::size_t>(n)]]);
            std::vector<std::string> fields;
            std::size_t start = 0;
            for (std::size_t bar = text.find('|'); bar != std::string::npos;
                 bar = text.find('|', start)) {
                fields.push_back(text.substr(start, bar - start));
                start = bar + 1;
            }
            fields.push_back(text.substr(start));
            picked.push_back(std::move(fields));
        }
        return picked;
    }

    bool internal() { return m_random() % 10 == 0; }

private:
    std::mt19937_64& m_random;
    std::string m_competitor;
    std::string m_segment;
    std::string m_product;
};

std::size_t textBytes(const BattlecardContent& c) {
    std::size_t bytes = 0;
    for (const auto& item : c.overview)
        bytes += item.text.size();
    for (const auto& item : c.pricingNotes)
        bytes += item.text.size();
    for (const auto& item : c.whyWeWin)
        bytes += item.text.size();
    for (const auto& item : c.whyWeLose)
        bytes += item.text.size();
    for (const auto& item : c.landmines)
        bytes += item.text.size();
    for (const auto& item : c.proofPoints)
        bytes += item.story.size() + item.number.size();
    for (const auto& item : c.objections) {
        bytes += item.objection.size() + item.response.size() + item.proof.size();
    }
    for (const auto& item : c.decisionTree) {
        bytes += item.dealLooksLike.size() + item.leadWith.size() + item.because.size();
    }
    return bytes;
}

// A filled-in card of 2-4 KB: lines are added or dropped until it fits.
BattlecardContent makeContent(CardText& text, std::mt19937_64& random) {
    const DemoCardPhrases& bank = demoCardPhrases();
    BattlecardContent c;
    const auto overview = text.pick(bank.overviews, 1);
    for (const std::string& sentence : overview[0]) {
        c.overview.push_back({sentence, false});
    }
    if (chance(random, 25)) {
        c.overview.push_back({text.pick(bank.internalOverviews, 1)[0][0], true});
    }
    for (auto& f : text.pick(bank.pricingNotes, between(random, 1, 2))) {
        c.pricingNotes.push_back({f[0], false});
    }
    if (chance(random, 60)) {
        c.pricingNotes.push_back({text.pick(bank.internalPricing, 1)[0][0], true});
    }
    for (auto& f : text.pick(bank.whyWeWin, between(random, 6, 8))) {
        c.whyWeWin.push_back({f[0], text.internal()});
    }
    for (auto& f : text.pick(bank.whyWeLose, between(random, 2, 4))) {
        c.whyWeLose.push_back({f[0], text.internal()});
    }
    for (auto& f : text.pick(bank.landmines, between(random, 3, 5))) {
        c.landmines.push_back({f[0], false});
    }
    for (auto& f : text.pick(bank.proofPoints, between(random, 3, 4))) {
        c.proofPoints.push_back({f[0], f[1], text.internal()});
    }
    for (auto& f : text.pick(bank.objections, 8)) {
        c.objections.push_back({f[0], f[1], f[2], text.internal()});
    }
    for (auto& f : text.pick(bank.angles, 6)) {
        c.decisionTree.push_back({f[0], f[1], f[2], text.internal()});
    }
    // Trim the longest lists back until the card fits, keeping at least three of each.
    c.objections.resize(static_cast<std::size_t>(between(random, 3, 6)));
    c.decisionTree.resize(static_cast<std::size_t>(between(random, 3, 5)));
    while (textBytes(c) > kMaxCardBytes && c.objections.size() > 3) {
        c.objections.pop_back();
    }
    while (textBytes(c) > kMaxCardBytes && c.decisionTree.size() > 3) {
        c.decisionTree.pop_back();
    }
    while (textBytes(c) > kMaxCardBytes && c.whyWeWin.size() > 3) {
        c.whyWeWin.pop_back();
    }
    while (textBytes(c) < kMinCardBytes) {
        c.landmines.push_back({text.pick(bank.landmines, 1)[0][0], false});
    }
    // One line Sales must not see, on every card.
    c.whyWeLose.front().internalOnly = true;
    return c;
}

struct DemoLaunch {
    std::int64_t id = 0;
    Date on;
};

}  // namespace

void fillDemoBattlecards(storage::Workspace& workspace, int count, std::mt19937_64& random) {
    catalog::Catalog catalog(workspace);
    const auto people = catalog.people.list();
    const auto segments = catalog.segments.list();
    const auto competitors = catalog.competitors.list();
    const auto products = catalog.products.list();
    if (count <= 0 || segments.empty() || competitors.empty() || people.empty()) {
        return;
    }
    std::map<std::int64_t, std::string> names;
    for (const auto& person : people) {
        names[person.id] = person.name;
    }
    const auto perCompetitor = std::clamp<std::size_t>(
        (static_cast<std::size_t>(count) + competitors.size() - 1) / competitors.size(), 1,
        segments.size());

    // Launches first, while their competitors have no cards: the cards are then written
    // flagged or not by their own refresh dates, as if each launch had flagged them on its day.
    std::map<std::int64_t, DemoLaunch> launchOf;
    storage::CompetitorLaunchStore log(workspace);
    const auto& launchPhrases = demoCardPhrases().launches;
    for (std::size_t n = 0; n < competitors.size(); ++n) {
        if (n % 12 != 3 && !(competitors.size() < 12 && n == 1)) {
            continue;
        }
        battlecards::CompetitorLaunch launch;
        launch.uid = uuidFrom(random);
        launch.competitorId = competitors[n].id;
        launch.launchedOn = addDays(kDemoCardsDay, -between(random, 2, 45));
        const std::string phrase(launchPhrases[random() % launchPhrases.size()]);
        const auto bar = phrase.find('|');
        launch.what = phrase.substr(0, bar);
        launch.impact = CardText(random, competitors[n].name, "", "").fill(phrase.substr(bar + 1));
        launch.loggedAt = timestamp(addDays(launch.launchedOn, 1), "09:15:00");
        const std::string by = names[people[random() % people.size()].id];
        const auto stored = log.log(std::move(launch), {std::nullopt, by});
        launchOf[competitors[n].id] = {stored.launch.id, stored.launch.launchedOn};
    }

    storage::BattlecardWriter writer(workspace.handle(), storage::SearchIndexing::Deferred);
    const bool large = count > kFullHistoryUpTo;
    int made = 0;
    for (const auto& competitor : competitors) {
        const std::size_t first = random() % segments.size();
        for (std::size_t k = 0; k < perCompetitor && made < count; ++k, ++made) {
            const auto& segment = segments[(first + k) % segments.size()];
            const std::string product =
                products.empty() ? "our platform" : products[random() % products.size()].name;
            CardText text(random, competitor.name, segment.name, product);

            Battlecard card;
            card.uid = uuidFrom(random);
            card.competitorId = competitor.id;
            card.segmentId = segment.id;
            card.ownerId = segment.ownerId;
            if (!card.ownerId || chance(random, 7)) {
                // Someone other than the Director (the first person) when there is anyone.
                card.ownerId = people.size() > 1 ? people[1 + random() % (people.size() - 1)].id
                                                 : people.front().id;
            }
            card.refreshIntervalDays = chance(random, 10) ? 60 : 91;
            // Age of the last refresh: most current, some due soon, some stale.
            const int roll = between(random, 0, 99);
            const int interval = card.refreshIntervalDays;
            const int age = roll < 55   ? between(random, 0, interval - 15)
                            : roll < 72 ? between(random, interval - 14, interval)
                                        : between(random, interval + 1, interval + 150);
            card.lastRefreshed = addDays(kDemoCardsDay, -age);
            const int periods = between(random, 0, 2);
            const Date created = addDays(
                card.lastRefreshed, -(periods * interval + (periods ? between(random, 0, 19) : 0)));
            const auto launch = launchOf.find(competitor.id);
            if (launch != launchOf.end() && launch->second.on >= card.lastRefreshed) {
                card.refreshRequired = true;
                card.refreshLaunchId = launch->second.id;
            }

            const BattlecardContent final = makeContent(text, random);
            BattlecardContent earlier = final;
            const bool fullHistory = !large || made % kFullHistoryEvery == 0;
            const bool editedSince = fullHistory && age >= 2 && chance(random, 45);
            if (editedSince) {
                earlier.whyWeWin.pop_back();
                earlier.objections.pop_back();
            }
            card.content = final;
            card.createdAt = timestamp(created, "08:00:00");
            const Date edited = editedSince
                                    ? addDays(card.lastRefreshed, between(random, 1, age - 1))
                                    : card.lastRefreshed;
            card.updatedAt = timestamp(edited, "16:20:00");
            card.id = writer.insertCard(card);

            const std::string owner = names[*card.ownerId];
            RevisionRecord record;
            record.cardId = card.id;
            record.changedBy = owner;
            record.changedById = card.ownerId;
            const auto revision = [&](RevisionKind kind, const Date& day, const char* time,
                                      std::string summary, const BattlecardContent& content) {
                record.uid = uuidFrom(random);
                record.kind = kind;
                record.changedAt = timestamp(day, time);
                record.summary = std::move(summary);
                writer.addRevision(record, content);
            };
            if (fullHistory) {
                revision(RevisionKind::Create, created, "08:00:00", "Created from the template",
                         {});
                revision(RevisionKind::Save, created, "10:30:00",
                         battlecards::diffCards({}, earlier).summary(), earlier);
                for (int p = periods; p >= 1; --p) {
                    revision(RevisionKind::Refresh,
                             addDays(card.lastRefreshed, -(p - 1) * interval), "11:00:00",
                             "Refreshed; the text is unchanged since the last refresh", earlier);
                }
            } else {
                revision(RevisionKind::Refresh, card.lastRefreshed, "11:00:00", "Refreshed",
                         earlier);
            }
            if (editedSince) {
                const auto& editor = people[random() % people.size()];
                const bool teammate = chance(random, 40);
                record.changedBy = teammate ? editor.name : owner;
                record.changedById = teammate ? editor.id : *card.ownerId;
                revision(RevisionKind::Save, edited, "16:20:00",
                         battlecards::diffCards(earlier, final).summary(), final);
            }
        }
    }
    writer.flushSearchIndex();
}

}  // namespace pmm::demo
