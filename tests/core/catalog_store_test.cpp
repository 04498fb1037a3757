// What every catalog store does the same way, for each entity: add, find, list, update,
// remove, restore (undo of a removal) and change notifications.

#include <gtest/gtest.h>

#include <ostream>
#include <string>
#include <tuple>
#include <vector>

#include "storage/catalog.h"
#include "storage/workspace.h"
#include "test_support.h"
#include "util/uuid.h"

namespace pmm::test {
namespace {

using catalog::Catalog;
using catalog::Competitor;
using catalog::EntityStore;
using catalog::Person;
using catalog::Product;
using catalog::Segment;
using storage::Change;
using storage::ChangeType;
using storage::EntityKind;
using storage::Workspace;
using storage::WorkspaceErrorKind;

// Per entity: its store, its change kind, a sample value, an edit, and all fields as a tuple
// to compare whole rows.
template <class T>
struct Entity;

template <>
struct Entity<Person> {
    static constexpr EntityKind kind = EntityKind::Person;
    static EntityStore<Person>& store(Catalog& c) { return c.people; }
    static Person sample(const std::string& name) {
        Person person;
        person.name = name;
        person.email = "someone@example.com";
        person.levelRank = 3;
        return person;
    }
    static void edit(Person& person) {
        person.email = "new.address@example.com";
        person.levelRank = 5;
    }
    static auto fields(const Person& p) {
        return std::tuple(p.id, p.uid, p.name, p.email, p.levelRank, p.managerId);
    }
};

template <>
struct Entity<Product> {
    static constexpr EntityKind kind = EntityKind::Product;
    static EntityStore<Product>& store(Catalog& c) { return c.products; }
    static Product sample(const std::string& name) { return {0, "", name, "Analytics platform"}; }
    static void edit(Product& product) { product.description = "Now with <b>AI</b> & more"; }
    static auto fields(const Product& p) { return std::tuple(p.id, p.uid, p.name, p.description); }
};

template <>
struct Entity<Segment> {
    static constexpr EntityKind kind = EntityKind::Segment;
    static EntityStore<Segment>& store(Catalog& c) { return c.segments; }
    static Segment sample(const std::string& name) {
        return {0, "", name, "500-5000 employees", {}};
    }
    static void edit(Segment& segment) { segment.description = "Regulated industries"; }
    static auto fields(const Segment& s) {
        return std::tuple(s.id, s.uid, s.name, s.description, s.ownerId);
    }
};

template <>
struct Entity<Competitor> {
    static constexpr EntityKind kind = EntityKind::Competitor;
    static EntityStore<Competitor>& store(Catalog& c) { return c.competitors; }
    static Competitor sample(const std::string& name) {
        return {0, "", name, "https://example.com", "2025-11-03", "Strong in EMEA"};
    }
    static void edit(Competitor& competitor) {
        competitor.firstSeen.reset();
        competitor.notes = "Acquired; watch pricing";
    }
    static auto fields(const Competitor& c) {
        return std::tuple(c.id, c.uid, c.name, c.website, c.firstSeen, c.notes);
    }
};

template <class T>
class CatalogStore : public WorkspaceTest {
protected:
    void SetUp() override {
        m_workspace = Workspace::create(file("team.pmmw"));
        m_catalog = std::make_unique<Catalog>(*m_workspace);
        m_workspace->subscribe([this](const Change& change) { m_changes.push_back(change); });
    }
    EntityStore<T>& store() { return Entity<T>::store(*m_catalog); }
    static auto fields(const T& item) { return Entity<T>::fields(item); }
    std::vector<std::string> names() {
        std::vector<std::string> result;
        for (const auto& item : store().list()) {
            result.push_back(item.name);
        }
        return result;
    }
    // The changes seen so far as "type id" strings, for readable comparisons.
    std::vector<std::string> changes() const {
        std::vector<std::string> result;
        for (const auto& change : m_changes) {
            EXPECT_EQ(change.kind, Entity<T>::kind);
            const char* type = change.type == ChangeType::Added     ? "Added"
                               : change.type == ChangeType::Updated ? "Updated"
                                                                    : "Removed";
            result.push_back(std::string(type) + " " + std::to_string(change.id));
        }
        return result;
    }

    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<Catalog> m_catalog;
    std::vector<Change> m_changes;
};

using Entities = ::testing::Types<Person, Product, Segment, Competitor>;

class EntityNames {
public:
    template <class T>
    static std::string GetName(int) {
        if constexpr (std::is_same_v<T, Person>) {
            return "Person";
        } else if constexpr (std::is_same_v<T, Product>) {
            return "Product";
        } else if constexpr (std::is_same_v<T, Segment>) {
            return "Segment";
        } else {
            return "Competitor";
        }
    }
};

TYPED_TEST_SUITE(CatalogStore, Entities, EntityNames);

TYPED_TEST(CatalogStore, AddStoresTheRowWithANewKeyAndUid) {
    const auto sample = Entity<TypeParam>::sample("Alpha");
    const auto added = this->store().add(sample);
    EXPECT_GT(added.id, 0);
    EXPECT_TRUE(isUuid(added.uid)) << added.uid;
    auto expected = sample;
    expected.id = added.id;
    expected.uid = added.uid;
    EXPECT_EQ(this->fields(added), this->fields(expected));

    const auto found = this->store().find(added.id);
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(this->fields(*found), this->fields(added));
    EXPECT_EQ(this->store().find(added.id + 1000), std::nullopt);

    const auto second = this->store().add(Entity<TypeParam>::sample("Beta"));
    EXPECT_NE(second.id, added.id);
    EXPECT_NE(second.uid, added.uid);
    EXPECT_EQ(this->changes(), (std::vector<std::string>{"Added " + std::to_string(added.id),
                                                         "Added " + std::to_string(second.id)}));
}

TYPED_TEST(CatalogStore, ListIsInNameOrder) {
    for (const char* name : {"Charlie", "Alpha", "Delta", "Bravo"}) {
        this->store().add(Entity<TypeParam>::sample(name));
    }
    EXPECT_EQ(this->names(), (std::vector<std::string>{"Alpha", "Bravo", "Charlie", "Delta"}));
}

TYPED_TEST(CatalogStore, UpdateChangesTheRowAndKeepsItsKeys) {
    auto item = this->store().add(Entity<TypeParam>::sample("Alpha"));
    const auto other = this->store().add(Entity<TypeParam>::sample("Beta"));
    item.name = "Alpha Prime";
    Entity<TypeParam>::edit(item);
    this->store().update(item);
    EXPECT_EQ(this->fields(*this->store().find(item.id)), this->fields(item));
    EXPECT_EQ(this->fields(*this->store().find(other.id)), this->fields(other)) << "untouched";
    // Keeping its own name is not a clash with itself.
    this->store().update(item);
    EXPECT_EQ(this->changes().back(), "Updated " + std::to_string(item.id));
    EXPECT_EQ(this->changes().size(), 4u);
}

TYPED_TEST(CatalogStore, RemoveDeletesTheRowAndRemovingAgainIsHarmless) {
    const auto item = this->store().add(Entity<TypeParam>::sample("Alpha"));
    const auto other = this->store().add(Entity<TypeParam>::sample("Beta"));
    this->store().remove(item.id);
    EXPECT_EQ(this->store().find(item.id), std::nullopt);
    EXPECT_EQ(this->names(), std::vector<std::string>{"Beta"});
    this->store().remove(item.id);  // already gone: nothing happens, nothing is announced
    EXPECT_EQ(this->names(), std::vector<std::string>{"Beta"});
    EXPECT_EQ(this->changes(), (std::vector<std::string>{"Added " + std::to_string(item.id),
                                                         "Added " + std::to_string(other.id),
                                                         "Removed " + std::to_string(item.id)}));
}

TYPED_TEST(CatalogStore, RestoringARemovedRowGivesBackTheSameRow) {
    this->store().add(Entity<TypeParam>::sample("Before"));
    auto item = Entity<TypeParam>::sample("Alpha");
    Entity<TypeParam>::edit(item);
    const auto original = this->store().add(item);
    this->store().add(Entity<TypeParam>::sample("After"));
    this->store().remove(original.id);

    // Undo of the removal: add with the previous id and uid.
    const auto restored = this->store().add(original);
    EXPECT_EQ(this->fields(restored), this->fields(original));
    EXPECT_EQ(this->fields(*this->store().find(original.id)), this->fields(original));
    EXPECT_EQ(this->changes().back(), "Added " + std::to_string(original.id));
}

TYPED_TEST(CatalogStore, AddingWithAUidInUseIsRefused) {
    const auto original = this->store().add(Entity<TypeParam>::sample("Alpha"));
    auto copy = Entity<TypeParam>::sample("Beta");
    copy.uid = original.uid;
    const auto before = contentsOf(this->m_workspace->handle());
    EXPECT_TRUE(isError(caught([&] { this->store().add(copy); }), WorkspaceErrorKind::Invalid));
    EXPECT_EQ(contentsOf(this->m_workspace->handle()), before);
    EXPECT_EQ(this->changes().size(), 1u);
}

TYPED_TEST(CatalogStore, UpdatingARemovedRowIsRefused) {
    auto item = this->store().add(Entity<TypeParam>::sample("Alpha"));
    this->store().remove(item.id);
    item.name = "Alpha Prime";
    EXPECT_TRUE(isError(caught([&] { this->store().update(item); }), WorkspaceErrorKind::Invalid,
                        "no longer exists"));
    EXPECT_EQ(this->store().list().size(), 0u);
    EXPECT_EQ(this->changes().size(), 2u) << "no Updated for a failed update";
}

// An undo step holds an old row; the row was removed and its id reused by a new row since.
// Applying the old edit must not pass silently (nor touch the new row).
TYPED_TEST(CatalogStore, UpdatingARowWhoseIdWasReusedIsRefused) {
    auto old = this->store().add(Entity<TypeParam>::sample("Alpha"));
    this->store().remove(old.id);
    const auto newcomer = this->store().add(Entity<TypeParam>::sample("Beta"));
    ASSERT_EQ(newcomer.id, old.id) << "SQLite reuses the highest rowid once it is free";
    const auto changesBefore = this->changes().size();

    old.name = "Alpha Prime";
    EXPECT_TRUE(isError(caught([&] { this->store().update(old); }), WorkspaceErrorKind::Invalid,
                        "no longer exists"));
    EXPECT_EQ(this->fields(*this->store().find(newcomer.id)), this->fields(newcomer));
    EXPECT_EQ(this->changes().size(), changesBefore) << "no Updated for a change not made";
}

TYPED_TEST(CatalogStore, EditsAreSavedAtOnce) {
    const auto kept = this->store().add(Entity<TypeParam>::sample("Alpha"));
    auto edited = this->store().add(Entity<TypeParam>::sample("Beta"));
    const auto removed = this->store().add(Entity<TypeParam>::sample("Gamma"));
    Entity<TypeParam>::edit(edited);
    this->store().update(edited);
    this->store().remove(removed.id);
    const auto path = this->m_workspace->path();
    this->m_catalog.reset();
    this->m_workspace.reset();  // no save step: closing (or a crash) keeps every edit

    auto reopened = Workspace::open(path);
    Catalog catalog(*reopened);
    const auto items = Entity<TypeParam>::store(catalog).list();
    ASSERT_EQ(items.size(), 2u);
    EXPECT_EQ(this->fields(items[0]), this->fields(kept));
    EXPECT_EQ(this->fields(items[1]), this->fields(edited));
}

TYPED_TEST(CatalogStore, UnsubscribedListenersHearNothing) {
    int heard = 0;
    const int token = this->m_workspace->subscribe([&](const Change&) { ++heard; });
    this->store().add(Entity<TypeParam>::sample("Alpha"));
    this->m_workspace->unsubscribe(token);
    this->store().add(Entity<TypeParam>::sample("Beta"));
    EXPECT_EQ(heard, 1);
    EXPECT_EQ(this->changes().size(), 2u) << "the other listener still hears";
}

// --- Notifications beyond one store ---------------------------------------------------------

using ChangeNotifications = WorkspaceTest;

TEST_F(ChangeNotifications, SettingsAnnounceThemselves) {
    auto workspace = Workspace::create(file("team.pmmw"));
    std::vector<Change> seen;
    workspace->subscribe([&](const Change& change) { seen.push_back(change); });
    workspace->setSetting("team.name", "Growth");
    ASSERT_EQ(seen.size(), 1u);
    EXPECT_EQ(seen[0].kind, EntityKind::Setting);
    EXPECT_EQ(seen[0].type, ChangeType::Updated);
}

TEST_F(ChangeNotifications, AListenerMayUnsubscribeWhileBeingNotified) {
    auto workspace = Workspace::create(file("team.pmmw"));
    int once = 0;
    int always = 0;
    int token = 0;
    token = workspace->subscribe([&](const Change&) {
        ++once;
        workspace->unsubscribe(token);
    });
    workspace->subscribe([&](const Change&) { ++always; });
    workspace->setSetting("a", "1");
    workspace->setSetting("a", "2");
    EXPECT_EQ(once, 1);
    EXPECT_EQ(always, 2);
}

}  // namespace
}  // namespace pmm::test
