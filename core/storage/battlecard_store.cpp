#include "storage/battlecard_store.h"

#include <sqlite3.h>

#include <charconv>

#include "battlecards/content_rules.h"
#include "storage/battlecard_reader.h"
#include "storage/battlecard_writer.h"
#include "storage/database.h"
#include "storage/refresh_request_store.h"
#include "storage/workspace.h"
#include "storage/workspace_error.h"
#include "util/uuid.h"

namespace pmm::storage {

using namespace battlecards;

namespace {

[[noreturn]] void invalid(const std::string& message) {
    throw WorkspaceError(WorkspaceErrorKind::Invalid, message);
}

bool blank(std::string_view text) {
    return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

struct Author {
    std::string name;
    std::optional<std::int64_t> personId;
};

// Who made the change, as the revision records it.
Author authorOf(sqlite3* db, const CardEditor& by) {
    if (by.personId) {
        Statement person(db, "SELECT name FROM people WHERE id = ?1");
        person.bind(1, *by.personId);
        if (!person.step()) {
            invalid("Who: the person making the change is not in the workspace.");
        }
        return {blank(by.name) ? person.text(0) : by.name, by.personId};
    }
    if (blank(by.name)) {
        invalid("Who: say who is making the change (a person or a name).");
    }
    return {by.name, std::nullopt};
}

std::optional<std::string> personName(sqlite3* db, std::int64_t id) {
    Statement query(db, "SELECT name FROM people WHERE id = ?1");
    query.bind(1, id);
    return query.step() ? std::optional<std::string>(query.text(0)) : std::nullopt;
}

void requireOwner(sqlite3* db, const std::optional<std::int64_t>& ownerId) {
    if (ownerId && !personName(db, *ownerId)) {
        invalid("Owner: the chosen owner is not in the workspace.");
    }
}

void requireInterval(int days) {
    if (days < kMinRefreshIntervalDays || days > kMaxRefreshIntervalDays) {
        invalid("Refresh interval: choose between " + std::to_string(kMinRefreshIntervalDays) +
                " and " + std::to_string(kMaxRefreshIntervalDays) + " days (not " +
                std::to_string(days) + ").");
    }
}

// The interval for new cards: the workspace setting when it holds a valid number of days.
int defaultInterval(const Workspace& workspace) {
    const auto setting = workspace.setting(BattlecardStore::kIntervalSetting);
    int days = 0;
    if (setting) {
        const char* end = setting->data() + setting->size();
        const auto [rest, error] = std::from_chars(setting->data(), end, days);
        if (error == std::errc() && rest == end && days >= kMinRefreshIntervalDays &&
            days <= kMaxRefreshIntervalDays) {
            return days;
        }
    }
    return kDefaultRefreshIntervalDays;
}

// "Owner: Maya Okafor → Jonas Berg; Refresh interval: 91 → 30 days" for the revision summary.
std::string settingsChange(sqlite3* db, const Battlecard& before, const Battlecard& after) {
    std::string out;
    if (before.ownerId != after.ownerId) {
        const auto name = [&](const std::optional<std::int64_t>& id) {
            return id ? personName(db, *id).value_or("(removed)") : std::string("unassigned");
        };
        out = "Owner: " + name(before.ownerId) + " \u2192 " + name(after.ownerId);
    }
    if (before.refreshIntervalDays != after.refreshIntervalDays) {
        out += (out.empty() ? "" : "; ") + std::string("Refresh interval: ") +
               std::to_string(before.refreshIntervalDays) + " \u2192 " +
               std::to_string(after.refreshIntervalDays) + " days";
    }
    return out;
}

}  // namespace

Battlecard BattlecardStore::create(const NewBattlecard& spec, const CardEditor& by,
                                   const Date& today) {
    m_workspace.requireWritable();
    sqlite3* db = m_workspace.handle();
    Transaction transaction(db);
    const Author author = authorOf(db, by);
    Statement competitor(db, "SELECT name FROM competitors WHERE id = ?1");
    competitor.bind(1, spec.competitorId);
    if (!competitor.step()) {
        invalid("Competitor: choose one of the workspace's competitors.");
    }
    Statement segment(db, "SELECT name, owner_id FROM segments WHERE id = ?1");
    segment.bind(1, spec.segmentId);
    if (!segment.step()) {
        invalid("Segment: choose one of the workspace's segments.");
    }
    if (findFor(spec.competitorId, spec.segmentId)) {
        invalid("A battlecard for " + competitor.text(0) + " in " + segment.text(0) +
                " already exists: open it instead.");
    }
    Battlecard card;
    card.uid = spec.uid.empty() ? newUuid() : spec.uid;
    if (!isUuid(card.uid)) {
        invalid("uid: \"" + card.uid + "\" is not a lower-case UUID.");
    }
    Statement taken(db, "SELECT 1 FROM battlecards WHERE uid = ?1");
    taken.bind(1, card.uid);
    if (taken.step()) {
        invalid("uid: a battlecard with this uid (" + card.uid + ") is already stored.");
    }
    card.competitorId = spec.competitorId;
    card.segmentId = spec.segmentId;
    card.ownerId = spec.ownerId ? spec.ownerId : segment.optionalInt64(1);
    requireOwner(db, card.ownerId);
    card.lastRefreshed = today;
    card.refreshIntervalDays = defaultInterval(m_workspace);

    BattlecardWriter writer(db);
    card.id = writer.insertCard(card);
    RevisionRecord record;
    record.cardId = card.id;
    record.kind = RevisionKind::Create;
    record.changedBy = author.name;
    record.changedById = author.personId;
    record.summary = "Created from the template";
    writer.addRevision(record, card.content);
    transaction.commit();
    m_workspace.notify({EntityKind::Battlecard, ChangeType::Added, card.id});
    return *find(card.id);
}

std::optional<Battlecard> BattlecardStore::find(std::int64_t id) const {
    return readBattlecard(m_workspace.handle(), id);
}

std::optional<Battlecard> BattlecardStore::findFor(std::int64_t competitorId,
                                                   std::int64_t segmentId) const {
    Statement query(m_workspace.handle(),
                    "SELECT id FROM battlecards WHERE competitor_id = ?1 AND segment_id = ?2");
    query.bind(1, competitorId).bind(2, segmentId);
    return query.step() ? find(query.int64(0)) : std::nullopt;
}

Battlecard BattlecardStore::save(const Battlecard& card, const CardEditor& by,
                                 std::string_view note) {
    m_workspace.requireWritable();
    sqlite3* db = m_workspace.handle();
    Transaction transaction(db);
    const auto existing = find(card.id);
    // A different uid under the same id is another card that reused a removed one's key.
    if (!existing || (!card.uid.empty() && card.uid != existing->uid)) {
        invalid("That battlecard no longer exists in the workspace.");
    }
    const Author author = authorOf(db, by);
    Battlecard next = *existing;
    next.ownerId = card.ownerId;
    next.refreshIntervalDays = card.refreshIntervalDays;
    next.content = normalizedContent(card.content);
    requireOwner(db, next.ownerId);
    requireInterval(next.refreshIntervalDays);
    if (const auto problem = contentProblem(next.content)) {
        invalid(*problem);
    }
    const CardDiff diff = diffCards(existing->content, next.content);
    const std::string settings = settingsChange(db, *existing, next);
    if (!diff.hasChanges() && settings.empty()) {
        return *existing;
    }
    BattlecardWriter writer(db);
    writer.updateCard(next);
    RevisionRecord record;
    record.cardId = next.id;
    record.kind = RevisionKind::Save;
    record.changedBy = author.name;
    record.changedById = author.personId;
    record.note = std::string(note);
    record.summary = diff.hasChanges() ? diff.summary() : std::string();
    if (!settings.empty()) {
        record.summary += (record.summary.empty() ? "" : "; ") + settings;
    }
    writer.addRevision(record, next.content);
    transaction.commit();
    m_workspace.notify({EntityKind::Battlecard, ChangeType::Updated, next.id});
    return *find(next.id);
}

Battlecard BattlecardStore::markRefreshed(std::int64_t id, const CardEditor& by, const Date& today,
                                          std::string_view note) {
    m_workspace.requireWritable();
    sqlite3* db = m_workspace.handle();
    Transaction transaction(db);
    const auto card = find(id);
    if (!card) {
        invalid("That battlecard no longer exists in the workspace.");
    }
    const Author author = authorOf(db, by);
    const auto since = sinceLastRefresh(id);
    BattlecardWriter writer(db);
    writer.markRefreshed(id, today);
    RevisionRecord record;
    record.cardId = id;
    record.kind = RevisionKind::Refresh;
    record.changedBy = author.name;
    record.changedById = author.personId;
    record.note = std::string(note);
    record.summary = since && since->diff.hasChanges()
                         ? "Refreshed; since the last refresh: " + since->diff.summary()
                         : "Refreshed; the text is unchanged since the last refresh";
    writer.addRevision(record, card->content);
    transaction.commit();
    m_workspace.notify({EntityKind::Battlecard, ChangeType::Updated, id});
    return *find(id);
}

void BattlecardStore::takeBack(const Battlecard& before, int revisionNumber) {
    m_workspace.requireWritable();
    sqlite3* db = m_workspace.handle();
    Transaction transaction(db);
    const auto existing = find(before.id);
    if (!existing || existing->uid != before.uid) {
        invalid("That battlecard no longer exists in the workspace.");
    }
    if (latestRevision(before.id) != revisionNumber) {
        invalid("The battlecard was changed again since: undo the later change first.");
    }
    requireOwner(db, before.ownerId);
    BattlecardWriter writer(db);
    writer.updateCard(before);
    // The launch that flagged the card may have left the log since: then no cause is known.
    Statement refresh(db,
                      "UPDATE battlecards SET last_refreshed = ?2, refresh_required = ?3, "
                      "refresh_launch_id = (SELECT id FROM competitor_launches WHERE id = ?4) "
                      "WHERE id = ?1");
    refresh.bind(1, before.id).bind(2, toIsoText(before.lastRefreshed));
    refresh.bind(3, before.refreshRequired ? 1 : 0);
    refresh.bind(4, before.refreshRequired ? before.refreshLaunchId : std::nullopt).run();
    Statement removal(db, "DELETE FROM battlecard_revisions WHERE card_id = ?1 AND number = ?2");
    removal.bind(1, before.id).bind(2, revisionNumber).run();
    transaction.commit();
    m_workspace.notify({EntityKind::Battlecard, ChangeType::Updated, before.id});
}

int BattlecardStore::latestRevision(std::int64_t cardId) const {
    Statement query(m_workspace.handle(),
                    "SELECT coalesce(max(number), 0) FROM battlecard_revisions WHERE card_id = ?1");
    query.bind(1, cardId);
    return query.step() ? query.integer(0) : 0;
}

void BattlecardStore::remove(std::int64_t id) {
    m_workspace.requireWritable();
    sqlite3* db = m_workspace.handle();
    Transaction transaction(db);
    // The search row goes with the card (trigger battlecard_search_card_removed).
    Statement removal(db, "DELETE FROM battlecards WHERE id = ?1");
    removal.bind(1, id).run();
    const bool removed = sqlite3_changes(db) > 0;
    transaction.commit();
    if (removed) {
        m_workspace.notify({EntityKind::Battlecard, ChangeType::Removed, id});
    }
}

std::vector<BattlecardRow> BattlecardStore::rows(const Date& today) const {
    std::vector<BattlecardRow> rows;
    Statement query(m_workspace.handle(),
                    "SELECT b.id, b.uid, b.competitor_id, c.name, b.segment_id, s.name, "
                    "b.owner_id, p.name, b.last_refreshed, b.refresh_interval_days, "
                    "b.refresh_required, l.launched_on, l.what "
                    "FROM battlecards b JOIN competitors c ON c.id = b.competitor_id "
                    "JOIN segments s ON s.id = b.segment_id "
                    "LEFT JOIN people p ON p.id = b.owner_id "
                    "LEFT JOIN competitor_launches l ON l.id = b.refresh_launch_id "
                    "ORDER BY b.id");
    while (query.step()) {
        BattlecardRow& row = rows.emplace_back();
        row.id = query.int64(0);
        row.uid = query.text(1);
        row.competitorId = query.int64(2);
        row.competitor = query.text(3);
        row.segmentId = query.int64(4);
        row.segment = query.text(5);
        row.ownerId = query.optionalInt64(6);
        row.owner = query.text(7);
        row.refresh.lastRefreshed = parseIsoDate(query.text(8)).value_or(Date{});
        row.refresh.intervalDays = query.integer(9);
        row.refresh.refreshRequired = query.integer(10) != 0;
        if (!query.isNull(11)) {
            row.refresh.pendingLaunch = PendingLaunch{
                row.competitor, query.text(12), parseIsoDate(query.text(11)).value_or(Date{})};
        }
        row.status = classifyRefresh(row.refresh, today);
        row.nextDue = refreshDueOn(row.refresh);
    }
    addRefreshRequestReasons(m_workspace.handle(), rows);
    return rows;
}

std::vector<RevisionInfo> BattlecardStore::revisions(std::int64_t cardId) const {
    return readRevisions(m_workspace.handle(), cardId);
}

std::optional<Revision> BattlecardStore::revision(std::int64_t cardId, int number) const {
    return readRevision(m_workspace.handle(), cardId, number);
}

std::optional<CardDiff> BattlecardStore::compare(std::int64_t cardId, int from, int to) const {
    const auto before = revision(cardId, from);
    const auto after = revision(cardId, to);
    if (!before || !after) {
        return std::nullopt;
    }
    return diffCards(before->content, after->content);
}

std::optional<SinceRefreshSummary> BattlecardStore::sinceLastRefresh(std::int64_t cardId) const {
    const auto card = find(cardId);
    if (!card) {
        return std::nullopt;
    }
    const auto history = revisions(cardId);
    const auto base = refreshBase(history);
    const auto atBase = base ? revision(cardId, base->number) : std::nullopt;
    return summarizeSinceRefresh(history, atBase ? atBase->content : BattlecardContent{},
                                 card->content);
}

int BattlecardStore::reindexAll() {
    m_workspace.requireWritable();
    sqlite3* db = m_workspace.handle();
    Transaction transaction(db);
    execScript(db, "DELETE FROM battlecard_search");
    BattlecardWriter writer(db, SearchIndexing::Deferred);
    Statement cards(db, "SELECT id FROM battlecards ORDER BY id");
    int count = 0;
    while (cards.step()) {
        const std::int64_t id = cards.int64(0);
        writer.index(id, readContent(db, id));
        ++count;
    }
    writer.flushSearchIndex();
    transaction.commit();
    m_workspace.notify({EntityKind::Battlecard, ChangeType::Updated, 0});
    return count;
}

}  // namespace pmm::storage
