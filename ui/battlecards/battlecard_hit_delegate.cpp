#include "battlecards/battlecard_hit_delegate.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

#include <algorithm>

#include "battlecards/battlecard_search_model.h"

namespace pmm::ui {

namespace {

constexpr int kMargin = 6;

void prepare(QTextDocument& document, const QStyleOptionViewItem& option,
             const QModelIndex& index) {
    document.setDefaultFont(option.font);
    document.setDocumentMargin(0);
    document.setTextWidth(std::max(100, option.rect.width() - 2 * kMargin));
    document.setHtml(index.data(BattlecardSearchModel::HtmlRole).toString());
}

}  // namespace

void BattlecardHitDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                  const QModelIndex& index) const {
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    item.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget != nullptr ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget);

    QTextDocument document;
    prepare(document, option, index);
    QAbstractTextDocumentLayout::PaintContext context;
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    context.palette = option.palette;
    context.palette.setColor(
        QPalette::Text,
        option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->save();
    painter->translate(option.rect.topLeft() + QPoint(kMargin, kMargin / 2));
    painter->setClipRect(QRect(QPoint(0, 0), option.rect.size() - QSize(kMargin, 0)));
    document.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize BattlecardHitDelegate::sizeHint(const QStyleOptionViewItem& option,
                                      const QModelIndex& index) const {
    QTextDocument document;
    prepare(document, option, index);
    return {option.rect.width(), static_cast<int>(document.size().height()) + kMargin};
}

}  // namespace pmm::ui
