#include "battlecards/battlecard_search_model.h"

#include <algorithm>

#include "app/workspace_session.h"
#include "battlecards/battlecard_texts.h"
#include "launches/launch_texts.h"
#include "storage/battlecard_search.h"

namespace pmm::ui {

BattlecardSearchModel::BattlecardSearchModel(WorkspaceSession& session, QObject* parent)
    : QAbstractListModel(parent), m_session(session) {
    connect(&session, &WorkspaceSession::workspaceChanged, this, [this] { search(m_query); });
}

int BattlecardSearchModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_hits.size());
}

QVariant BattlecardSearchModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const battlecards::BattlecardSearchHit& found = hit(index.row());
    switch (role) {
        case Qt::DisplayRole: {
            QString snippet;
            for (const auto& part : battlecards::splitSnippet(found.snippet)) {
                snippet += toQString(part.text);
            }
            return title(found) + QLatin1Char('\n') + snippet;
        }
        case TitleRole:
            return title(found);
        case HtmlRole:
            return QStringLiteral("<b>%1</b><br>%2")
                .arg(title(found).toHtmlEscaped(), highlightedSnippetHtml(found.snippet, m_mark));
        case IdRole:
            return QVariant::fromValue<qint64>(found.cardId);
        case SectionRole:
            return found.best.field == battlecards::SearchField::Section
                       ? static_cast<int>(found.best.section)
                       : -1;
        default:
            return {};
    }
}

void BattlecardSearchModel::search(const QString& text) {
    std::vector<battlecards::BattlecardSearchHit> hits;
    if (m_session.isOpen() && !text.trimmed().isEmpty()) {
        reportingErrors(m_session, [&] {
            hits = storage::BattlecardSearch(m_session.workspace())
                       .search(toStdString(text), m_accepts ? kLimit * 10 : kLimit);
        });
    }
    if (m_accepts) {
        // Filtered from more results, so a filter still finds its cards' matches.
        std::erase_if(hits, [this](const auto& found) { return !m_accepts(found.cardId); });
        hits.resize(std::min<std::size_t>(hits.size(), kLimit));
    }
    beginResetModel();
    m_query = text;
    m_hits = std::move(hits);
    endResetModel();
}

void BattlecardSearchModel::setFilter(std::function<bool(std::int64_t)> accepts) {
    m_accepts = std::move(accepts);
}

void BattlecardSearchModel::setMarkColor(const QColor& color) {
    m_mark = color;
    if (!m_hits.empty()) {
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {HtmlRole});
    }
}

// "Globex · Mid-market — Objection handling"
QString BattlecardSearchModel::title(const battlecards::BattlecardSearchHit& found) const {
    return tr("%1 \u00b7 %2 \u2014 %3")
        .arg(toQString(found.competitor), toQString(found.segment),
             toQString(battlecards::matchTitle(found.best)));
}

}  // namespace pmm::ui
