#include "common/info_bar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStyle>

#include "common/palette_colors.h"

namespace pmm::ui {

InfoBar::InfoBar(QWidget* parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this)), m_buttons(nullptr) {
    setObjectName(QStringLiteral("infoBar"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setObjectName(QStringLiteral("infoBarText"));
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()
                          ->standardIcon(QStyle::SP_MessageBoxInformation, nullptr, this)
                          .pixmap(QSize(iconSize, iconSize), devicePixelRatioF()));

    auto* layout = new QHBoxLayout(this);
    const int margin = style()->pixelMetric(QStyle::PM_LayoutTopMargin, nullptr, this);
    layout->setContentsMargins(margin, margin / 2, margin, margin / 2);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    m_buttons = new QHBoxLayout;
    layout->addLayout(m_buttons);
    setHidden(true);
}

void InfoBar::showMessage(const QString& text, const std::vector<Action>& actions) {
    while (QLayoutItem* item = m_buttons->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_text->setText(text);
    for (const Action& action : actions) {
        auto* button = new QPushButton(action.text, this);
        connect(button, &QPushButton::clicked, this, [this, run = action.run] {
            dismiss();
            if (run) {
                run();
            }
        });
        m_buttons->addWidget(button);
    }
    auto* close = new QPushButton(tr("&Dismiss"), this);
    connect(close, &QPushButton::clicked, this, &InfoBar::dismiss);
    m_buttons->addWidget(close);
    setHidden(false);
}

void InfoBar::dismiss() {
    setHidden(true);
}

QString InfoBar::message() const {
    return m_text->text();
}

QPushButton* InfoBar::button(const QString& text) const {
    for (auto* button : findChildren<QPushButton*>()) {
        QString shown = button->text();
        shown.remove(QLatin1Char('&'));
        if (shown == text) {
            return button;
        }
    }
    return nullptr;
}

void InfoBar::paintEvent(QPaintEvent* event) {
    Q_UNUSED(event);
    QPainter painter(this);
    const QPalette& colors = palette();
    const QColor accent = colors.color(QPalette::Highlight);
    painter.fillRect(rect(), blend(colors.color(QPalette::Window), accent, 0.18));
    painter.setPen(blend(colors.color(QPalette::Window), accent, 0.6));
    painter.drawLine(rect().bottomLeft(), rect().bottomRight());
}

}  // namespace pmm::ui
