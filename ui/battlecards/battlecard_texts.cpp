#include "battlecards/battlecard_texts.h"

#include "app/workspace_session.h"
#include "battlecards/search_hit.h"
#include "launches/launch_texts.h"
#include "storage/catalog.h"

namespace pmm::ui {

QString refreshStatusText(battlecards::RefreshStatus status) {
    return toQString(battlecards::statusLabel(status));
}

QString isoDateText(const Date& date) {
    return toQString(toIsoText(date));
}

QString highlightedSnippetHtml(std::string_view snippet, const QColor& mark) {
    QString html;
    for (const battlecards::SnippetPart& part : battlecards::splitSnippet(snippet)) {
        const QString text = toQString(part.text).toHtmlEscaped();
        html +=
            part.match
                ? QStringLiteral("<b style=\"background-color:%1\">%2</b>").arg(mark.name(), text)
                : text;
    }
    return html;
}

std::optional<std::int64_t> signedInPerson(const WorkspaceSession& session) {
    if (!session.isOpen()) {
        return std::nullopt;
    }
    std::optional<std::int64_t> found;
    reportingErrors(session, [&] {
        const auto uid = session.workspace().setting(kSignedInSetting);
        if (!uid || uid->empty()) {
            return;
        }
        for (const catalog::Person& person : session.catalog().people.list()) {
            if (person.uid == *uid) {
                found = person.id;
                return;
            }
        }
    });
    return found;
}

bool setSignedInPerson(WorkspaceSession& session, std::optional<std::int64_t> personId) {
    if (!session.isOpen() || session.isReadOnly()) {
        return false;
    }
    return reportingErrors(session, [&] {
        std::string uid;
        if (personId) {
            if (const auto person = session.catalog().people.find(*personId)) {
                uid = person->uid;
            }
        }
        session.workspace().setSetting(kSignedInSetting, uid);
    });
}

battlecards::CardEditor currentEditor(const WorkspaceSession& session) {
    if (const auto person = signedInPerson(session)) {
        return {person, {}};
    }
    return {std::nullopt, toStdString(currentUserName())};
}

}  // namespace pmm::ui
