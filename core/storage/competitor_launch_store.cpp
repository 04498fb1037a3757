#include "storage/competitor_launch_store.h"

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

#define PMM_LAUNCH_COLUMNS                                                                 \
    "l.id, l.uid, l.competitor_id, c.name, l.launched_on, l.what, l.impact, l.logged_by, " \
    "l.logged_at FROM competitor_launches l JOIN competitors c ON c.id = l.competitor_id"

CompetitorLaunch readLaunch(const Statement& row) {
    CompetitorLaunch launch;
    launch.id = row.int64(0);
    launch.uid = row.text(1);
    launch.competitorId = row.int64(2);
    launch.competitor = row.text(3);
    launch.launchedOn = parseIsoDate(row.text(4)).value_or(Date{});
    launch.what = row.text(5);
    launch.impact = row.text(6);
    launch.loggedBy = row.text(7);
    launch.loggedAt = row.text(8);
    return launch;
}

std::string authorName(sqlite3* db, const CardEditor& by) {
    if (by.personId) {
        Statement person(db, "SELECT name FROM people WHERE id = ?1");
        person.bind(1, *by.personId);
        if (!person.step()) {
            invalid("Who: the person logging the launch is not in the workspace.");
        }
        return blank(by.name) ? person.text(0) : by.name;
    }
    if (blank(by.name)) {
        invalid("Who: say who is logging the launch (a person or a name).");
    }
    return by.name;
}

}  // namespace

LoggedCompetitorLaunch CompetitorLaunchStore::log(CompetitorLaunch launch, const CardEditor& by) {
    m_workspace.requireWritable();
    sqlite3* db = m_workspace.handle();
    Transaction transaction(db);
    Statement competitor(db, "SELECT name FROM competitors WHERE id = ?1");
    competitor.bind(1, launch.competitorId);
    if (!competitor.step()) {
        invalid("Competitor: choose one of the workspace's competitors.");
    }
    if (blank(launch.what)) {
        invalid("What: say what the competitor launched.");
    }
    if (launch.uid.empty()) {
        launch.uid = newUuid();
    } else if (!isUuid(launch.uid)) {
        invalid("uid: \"" + launch.uid + "\" is not a lower-case UUID.");
    }
    launch.loggedBy = authorName(db, by);

    Statement insert(db,
                     "INSERT INTO competitor_launches (uid, competitor_id, launched_on, what, "
                     "impact, logged_by, logged_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, "
                     "coalesce(?7, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))) "
                     "RETURNING id, logged_at");
    insert.bind(1, launch.uid).bind(2, launch.competitorId).bind(3, toIsoText(launch.launchedOn));
    insert.bind(4, launch.what).bind(5, launch.impact).bind(6, launch.loggedBy);
    if (launch.loggedAt.empty()) {
        insert.bind(7, std::nullopt);
    } else {
        insert.bind(7, launch.loggedAt);
    }
    insert.step();
    launch.id = insert.int64(0);
    launch.loggedAt = insert.text(1);
    insert.reset();
    launch.competitor = competitor.text(0);

    LoggedCompetitorLaunch logged;
    Statement cards(db,
                    "SELECT b.id, s.name, coalesce(p.name, ''), b.refresh_required, "
                    "b.refresh_launch_id FROM battlecards b "
                    "JOIN segments s ON s.id = b.segment_id "
                    "LEFT JOIN people p ON p.id = b.owner_id "
                    "WHERE b.competitor_id = ?1 ORDER BY s.name COLLATE NOCASE, b.id");
    cards.bind(1, launch.competitorId);
    while (cards.step()) {
        logged.flagged.push_back({cards.int64(0), cards.text(1), cards.text(2),
                                  cards.integer(3) != 0, cards.optionalInt64(4)});
    }
    Statement flag(db,
                   "UPDATE battlecards SET refresh_required = 1, "
                   "refresh_launch_id = coalesce(refresh_launch_id, ?2), "
                   "updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE competitor_id = ?1");
    flag.bind(1, launch.competitorId).bind(2, launch.id).run();
    transaction.commit();
    logged.launch = std::move(launch);
    m_workspace.notify({EntityKind::CompetitorLaunch, ChangeType::Added, logged.launch.id});
    if (!logged.flagged.empty()) {
        m_workspace.notify({EntityKind::Battlecard, ChangeType::Updated, 0});
    }
    return logged;
}

void CompetitorLaunchStore::undo(const LoggedCompetitorLaunch& logged) {
    m_workspace.requireWritable();
    sqlite3* db = m_workspace.handle();
    Transaction transaction(db);
    // Only cards that still carry this launch's flag: a refresh since then is kept, and so
    // is the flag of a positioning review that asked for a refresh while the launch's was on.
    Statement stillFlagged(db,
                           "SELECT 1 FROM battlecards WHERE id = ?1 AND refresh_required = 1 "
                           "AND (refresh_launch_id IS ?2 OR refresh_launch_id IS ?3)");
    Statement restore(db,
                      "UPDATE battlecards SET refresh_required = ?2, refresh_launch_id = ?3 "
                      "WHERE id = ?1");
    for (const FlaggedCard& card : logged.flagged) {
        stillFlagged.reset();
        stillFlagged.bind(1, card.cardId).bind(2, logged.launch.id);
        stillFlagged.bind(3, card.previousLaunchId);
        if (!stillFlagged.step()) {
            continue;
        }
        const bool requested = handBackLaunchFlag(db, card.cardId, logged.launch.id,
                                                  card.wasRequired, card.previousLaunchId);
        restore.reset();
        restore.bind(1, card.cardId).bind(2, requested || card.wasRequired ? 1 : 0);
        restore.bind(3, card.previousLaunchId).run();
    }
    Statement removal(db, "DELETE FROM competitor_launches WHERE id = ?1 AND uid = ?2");
    removal.bind(1, logged.launch.id).bind(2, logged.launch.uid).run();
    transaction.commit();
    m_workspace.notify({EntityKind::CompetitorLaunch, ChangeType::Removed, logged.launch.id});
    if (!logged.flagged.empty()) {
        m_workspace.notify({EntityKind::Battlecard, ChangeType::Updated, 0});
    }
}

std::vector<CompetitorLaunch> CompetitorLaunchStore::list(
    std::optional<std::int64_t> competitorId) const {
    std::vector<CompetitorLaunch> launches;
    Statement query(
        m_workspace.handle(),
        "SELECT " PMM_LAUNCH_COLUMNS
        " WHERE ?1 IS NULL OR l.competitor_id = ?1 ORDER BY l.launched_on DESC, l.id DESC");
    query.bind(1, competitorId);
    while (query.step()) {
        launches.push_back(readLaunch(query));
    }
    return launches;
}

std::optional<CompetitorLaunch> CompetitorLaunchStore::find(std::int64_t id) const {
    Statement query(m_workspace.handle(), "SELECT " PMM_LAUNCH_COLUMNS " WHERE l.id = ?1");
    query.bind(1, id);
    if (query.step()) {
        return readLaunch(query);
    }
    return std::nullopt;
}

}  // namespace pmm::storage
