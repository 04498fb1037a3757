#pragma once

#include <QAbstractListModel>
#include <QColor>

#include <cstdint>
#include <functional>
#include <vector>

#include "battlecards/search_hit.h"

namespace pmm::ui {

class WorkspaceSession;

// Full-text search results (BattlecardSearch), best first. Each row names the card and the
// section that matched; HtmlRole holds the snippet as escaped rich text with the matches
// highlighted, DisplayRole the same as plain text.
class BattlecardSearchModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1, TitleRole, HtmlRole, SectionRole };
    // At most this many results, best first.
    static constexpr int kLimit = 50;

    explicit BattlecardSearchModel(WorkspaceSession& session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    // Runs the query (any text is valid); an empty query empties the list.
    void search(const QString& text);
    const QString& query() const { return m_query; }
    // The background of a highlighted match (from the view's palette).
    void setMarkColor(const QColor& color);
    // Only cards it accepts are listed (the section's filters); none: every card.
    void setFilter(std::function<bool(std::int64_t)> accepts);

    const battlecards::BattlecardSearchHit& hit(int row) const {
        return m_hits[static_cast<std::size_t>(row)];
    }

private:
    QString title(const battlecards::BattlecardSearchHit& hit) const;

    WorkspaceSession& m_session;
    std::vector<battlecards::BattlecardSearchHit> m_hits;
    QString m_query;
    QColor m_mark = QColor(255, 230, 120);
    std::function<bool(std::int64_t)> m_accepts;
};

}  // namespace pmm::ui
