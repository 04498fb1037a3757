#include "launches/problem_label.h"

#include <QApplication>
#include <QEvent>
#include <QPainter>
#include <QResizeEvent>
#include <QStyle>

#include "common/palette_colors.h"

namespace pmm::ui {

namespace {

bool isDark(const QPalette& palette) {
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor problemAccent(const QPalette& palette) {
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
}

}  // namespace

ProblemLabel::ProblemLabel(QWidget* parent) : QLabel(parent) {
    setObjectName(QStringLiteral("problem"));
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    const int margin = style()->pixelMetric(QStyle::PM_LayoutTopMargin, nullptr, this);
    setContentsMargins(margin, margin / 2, margin, margin / 2);
    setHidden(true);
    updateColors();
}

void ProblemLabel::setProblem(const QString& text) {
    setText(text);
    setAccessibleDescription(text);
    setHidden(text.isEmpty());
}

QSize ProblemLabel::sizeHint() const {
    QSize hint = QLabel::sizeHint();
    if (testAttribute(Qt::WA_Resized) && width() > 0) {
        hint.setHeight(heightForWidth(width()));
    }
    return hint;
}

QSize ProblemLabel::minimumSizeHint() const {
    QSize hint = QLabel::minimumSizeHint();
    if (testAttribute(Qt::WA_Resized) && width() > 0) {
        hint.setHeight(heightForWidth(width()));
    }
    return hint;
}

void ProblemLabel::resizeEvent(QResizeEvent* event) {
    QLabel::resizeEvent(event);
    if (event->oldSize().width() != event->size().width()) {
        updateGeometry();
    }
}

void ProblemLabel::changeEvent(QEvent* event) {
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_updating) {
        updateColors();
    }
}

void ProblemLabel::paintEvent(QPaintEvent* event) {
    {
        QPainter painter(this);
        const QColor window = palette().color(QPalette::Window);
        const QColor accent = problemAccent(palette());
        painter.fillRect(rect(), blend(window, accent, isDark(palette()) ? 0.16 : 0.10));
        painter.fillRect(QRect(0, 0, 3, height()), accent);
    }
    QLabel::paintEvent(event);
}

void ProblemLabel::updateColors() {
    // Setting the palette sends a PaletteChange of its own: do not recurse.
    // The text colour derives from the surroundings' palette, not from this label's own
    // (already tinted) one.
    m_updating = true;
    const QPalette surroundings =
        parentWidget() ? parentWidget()->palette() : QApplication::palette(this);
    QPalette colors = palette();
    colors.setColor(QPalette::WindowText, blend(surroundings.color(QPalette::WindowText),
                                                problemAccent(surroundings), 0.75));
    setPalette(colors);
    m_updating = false;
}

}  // namespace pmm::ui
