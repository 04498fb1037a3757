#include "common/empty_state.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace pmm::ui {

EmptyState::EmptyState(QWidget* parent)
    : QWidget(parent),
      m_headline(new QLabel(this)),
      m_explanation(new QLabel(this)),
      m_action(new QPushButton(this)),
      m_buttons(new QHBoxLayout) {
    for (QLabel* label : {m_headline, m_explanation}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setAlignment(Qt::AlignHCenter);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_headline->setObjectName(QStringLiteral("emptyStateHeadline"));
    m_explanation->setObjectName(QStringLiteral("emptyStateExplanation"));
    m_action->setObjectName(QStringLiteral("emptyStateAction"));
    m_action->setHidden(true);
    connect(m_action, &QPushButton::clicked, this, &EmptyState::actionTriggered);

    auto* column = new QVBoxLayout;
    column->addStretch(2);
    column->addWidget(m_headline);
    column->addWidget(m_explanation);
    column->addSpacing(fontMetrics().height());
    m_buttons->addStretch(1);
    m_buttons->addWidget(m_action);
    m_buttons->addStretch(1);
    column->addLayout(m_buttons);
    column->addStretch(3);

    // Keep the text to a readable measure, centred, whatever the window's width.
    auto* row = new QHBoxLayout(this);
    row->addStretch(1);
    row->addLayout(column, 4);
    row->addStretch(1);
    updateFonts();
}

void EmptyState::setHeadline(const QString& text) {
    m_headline->setText(text);
}

void EmptyState::setExplanation(const QString& text) {
    m_explanation->setText(text);
    m_explanation->setHidden(text.isEmpty());
}

void EmptyState::setActionText(const QString& text) {
    m_action->setText(text);
    m_action->setHidden(text.isEmpty());
}

QPushButton* EmptyState::addButton(const QString& text) {
    auto* button = new QPushButton(text, this);
    m_buttons->insertWidget(m_buttons->count() - 1, button);
    return button;
}

QString EmptyState::headline() const {
    return m_headline->text();
}

QString EmptyState::explanation() const {
    return m_explanation->text();
}

void EmptyState::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        updateFonts();
    }
}

void EmptyState::updateFonts() {
    QFont headline = font();
    headline.setPointSizeF(headline.pointSizeF() * 1.35);
    headline.setBold(true);
    m_headline->setFont(headline);
    m_explanation->setFont(font());
}

}  // namespace pmm::ui
