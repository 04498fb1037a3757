#pragma once

#include <QStyledItemDelegate>

namespace pmm::ui {

// Paints a search result from its HtmlRole (already escaped, matches highlighted) in two
// lines: the card and section, then the snippet.
class BattlecardHitDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

}  // namespace pmm::ui
