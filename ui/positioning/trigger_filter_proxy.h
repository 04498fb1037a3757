#pragma once

#include <QSortFilterProxyModel>

#include <optional>

#include "positioning/positioning_trigger.h"

namespace pmm::ui {

// Narrows the triggers to one kind and to those whose sentence or scope contains every word
// of a text (ignoring case); sorts by any column.
class TriggerFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit TriggerFilterProxy(QObject* parent = nullptr);

    void setKind(std::optional<positioning::TriggerKind> kind);
    void setText(const QString& text);
    bool hasFilters() const { return m_kind.has_value() || !m_words.isEmpty(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    std::optional<positioning::TriggerKind> m_kind;
    QStringList m_words;
};

}  // namespace pmm::ui
