#include "demo/demo_data.h"

#include <array>
#include <cctype>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

#include "demo/demo_battlecards.h"
#include "demo/demo_launches.h"
#include "demo/demo_positioning.h"
#include "demo/demo_skills.h"
#include "storage/catalog.h"
#include "storage/workspace.h"
#include "util/uuid.h"

namespace pmm::demo {

namespace {

constexpr std::array kFirstNames = {
    "Maya",  "Jonas", "Priya", "Daniel", "Aiko",  "Lucas", "Sofia",  "Omar",   "Hannah", "Mateo",
    "Chloe", "Ravi",  "Elena", "Tomás",  "Nadia", "Felix", "Ingrid", "Kwame",  "Leila",  "Noah",
    "Zoe",   "Arjun", "Clara", "Diego",  "Freya", "Yusuf", "Mei",    "Oliver", "Amara",  "Henrik"};
constexpr std::array kLastNames = {"Okafor",  "Lindqvist", "Sharma", "Becker",  "Tanaka",  "Moreau",
                                   "Rossi",   "Haddad",    "Novak",  "García",  "Dubois",  "Iyer",
                                   "Petrova", "Silva",     "Karimi", "Weber",   "Berg",    "Mensah",
                                   "Farah",   "Walsh",     "Chen",   "Patel",   "Larsen",  "Ortiz",
                                   "Keller",  "Demir",     "Wong",   "Bennett", "Adeyemi", "Holm"};
constexpr std::array kProductStems = {"Insights", "Pipeline", "Signal", "Atlas",    "Beacon",
                                      "Ledger",   "Relay",    "Harbor", "Compass",  "Forge",
                                      "Pulse",    "Vault",    "Prism",  "Orbit",    "Canvas",
                                      "Anchor",   "Lattice",  "Summit", "Keystone", "Tandem"};
constexpr std::array kProductKinds = {"Cloud",  "Analytics", "Studio", "Connect", "Platform",
                                      "Mobile", "Guard",     "Flow",   "Hub",     "AI"};
constexpr std::array kSegmentBases = {"Enterprise",         "Mid-Market", "SMB",    "Public Sector",
                                      "Financial Services", "Healthcare", "Retail", "Manufacturing",
                                      "Education",          "Startups"};
constexpr std::array kRegions = {"", " EMEA", " North America", " APAC", " LATAM"};
constexpr std::array kCompetitorStems = {"Acme",     "Northwind", "Globex", "Initech",  "Umbrella",
                                         "Stark",    "Wayne",     "Hooli",  "Vandelay", "Soylent",
                                         "Tyrell",   "Cyberdyne", "Oscorp", "Wonka",    "Gringotts",
                                         "Aperture", "Monarch",   "Zenith", "Nimbus",   "Quantum"};
constexpr std::array kCompetitorKinds = {"Analytics",    "Software", "Systems",  "Data",    "Labs",
                                         "Technologies", "Cloud",    "Networks", "Digital", "AI"};

std::size_t pick(std::mt19937_64& random, std::size_t count) {
    return static_cast<std::size_t>(random() % count);
}

// The n-th distinct name from stems × kinds (then numbered), so large sizes stay unique.
template <class Stems, class Kinds>
std::string composedName(const Stems& stems, const Kinds& kinds, int n, const char* joiner) {
    const auto combos = static_cast<int>(stems.size() * kinds.size());
    const auto i = static_cast<std::size_t>(n % combos);
    std::string name = std::string(stems[i % stems.size()]) + joiner + kinds[i / stems.size()];
    if (n >= combos) {
        name += " " + std::to_string(n / combos + 1);
    }
    return name;
}

std::string segmentName(int n) {
    const auto combos = static_cast<int>(kSegmentBases.size() * kRegions.size());
    const auto i = static_cast<std::size_t>(n % combos);
    std::string name =
        std::string(kSegmentBases[i % kSegmentBases.size()]) + kRegions[i / kSegmentBases.size()];
    if (n >= combos) {
        name += " " + std::to_string(n / combos + 1);
    }
    return name;
}

std::string emailFor(const std::string& first, const std::string& last, int n) {
    std::string local;
    for (const std::string& part : {first, last}) {
        for (unsigned char c : part) {
            if (c < 0x80 && std::isalpha(c)) {
                local += static_cast<char>(std::tolower(c));
            }
        }
        local += '.';
    }
    local.pop_back();
    return local + std::to_string(n) + "@example.com";
}

std::string isoDate(int year, int month, int day) {
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02d-%02d", year, month, day);
    return text;
}

}  // namespace

std::optional<DemoSize> parseDemoSize(std::string_view word) {
    if (word == "small") {
        return DemoSize::Small;
    }
    if (word == "medium") {
        return DemoSize::Medium;
    }
    if (word == "large") {
        return DemoSize::Large;
    }
    return std::nullopt;
}

DemoCounts demoCounts(DemoSize size) {
    switch (size) {
        case DemoSize::Small:
            return {12, 4, 5, 8, 40, 24, 400};
        case DemoSize::Medium:
            return {60, 12, 12, 30, 600, 150, 3000};
        case DemoSize::Large:
            return {2000, 100, 50, 1000, 100000, 50000, 200000};
    }
    return {};
}

void fillDemoData(storage::Workspace& workspace, DemoSize size, std::uint64_t seed) {
    std::mt19937_64 random(seed);
    const DemoCounts counts = demoCounts(size);
    catalog::Catalog catalog(workspace);
    storage::Workspace::BulkChange bulk(workspace);

    // People: a Director, then managers (Staff/Principal), then their PMMs.
    std::vector<std::int64_t> people;
    std::vector<std::int64_t> managers;
    for (int n = 0; n < counts.people; ++n) {
        catalog::Person person;
        person.uid = uuidFrom(random);
        const std::string first = kFirstNames[pick(random, kFirstNames.size())];
        const std::string last = kLastNames[pick(random, kLastNames.size())];
        person.name = first + " " + last;
        person.email = emailFor(first, last, n + 1);
        if (n == 0) {
            person.levelRank = 5;
        } else if (managers.size() * 6 < people.size() && managers.size() < 200) {
            person.levelRank = 4;
            person.managerId = people.front();
        } else {
            person.levelRank = static_cast<int>(1 + pick(random, 3));
            person.managerId =
                managers.empty() ? people.front() : managers[pick(random, managers.size())];
        }
        const auto stored = catalog.people.add(std::move(person));
        people.push_back(stored.id);
        if (stored.levelRank == 4) {
            managers.push_back(stored.id);
        }
    }
    for (int n = 0; n < counts.products; ++n) {
        catalog::Product product;
        product.uid = uuidFrom(random);
        product.name = composedName(kProductStems, kProductKinds, n, " ");
        product.description = "Helps teams " +
                              std::string(n % 2 ? "see what drives revenue" : "ship work faster") +
                              " — product line " + std::to_string(n + 1) + ".";
        catalog.products.add(std::move(product));
    }
    for (int n = 0; n < counts.segments; ++n) {
        catalog::Segment segment;
        segment.uid = uuidFrom(random);
        segment.name = segmentName(n);
        segment.description = "Buyers in " + segment.name + ".";
        segment.ownerId = people[1 + pick(random, people.size() - 1)];
        catalog.segments.add(std::move(segment));
    }
    for (int n = 0; n < counts.competitors; ++n) {
        catalog::Competitor competitor;
        competitor.uid = uuidFrom(random);
        competitor.name = composedName(kCompetitorStems, kCompetitorKinds, n, " ");
        competitor.website = "https://competitor" + std::to_string(n + 1) + ".example.com";
        // Most were met long ago; the last one is new, which later feeds a trigger.
        competitor.firstSeen = n + 1 == counts.competitors
                                   ? isoDate(2026, 10, 2)
                                   : isoDate(2023 + static_cast<int>(pick(random, 3)),
                                             1 + static_cast<int>(pick(random, 12)),
                                             1 + static_cast<int>(pick(random, 28)));
        competitor.notes =
            "Seen mostly in " +
            segmentName(static_cast<int>(pick(random, static_cast<std::size_t>(counts.segments)))) +
            " deals.";
        catalog.competitors.add(std::move(competitor));
    }
    fillDemoLaunches(workspace, counts.launches, random);
    fillDemoBattlecards(workspace, counts.battlecards, random);
    fillDemoSkills(workspace, random);
    fillDemoPositioning(workspace, counts.deals, random);
    workspace.setSetting("demo.generator", std::to_string(kDemoGeneratorVersion));
    bulk.commit();
}

bool isEmptyWorkspace(storage::Workspace& workspace) {
    return catalog::Catalog(workspace).isEmpty();
}

}  // namespace pmm::demo
