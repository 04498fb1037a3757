#include "common/themed_icon.h"

#include <QPainter>
#include <QPalette>
#include <QPixmap>

// Q_INIT_RESOURCE must be used outside any namespace. pmm_ui is a static library, so its
// resources are registered explicitly: the linker would drop an unreferenced initializer.
static void initPmmResources() {
    Q_INIT_RESOURCE(pmm_workbench);
}

namespace pmm::ui {

namespace {

void ensureResources() {
    static const bool registered = (initPmmResources(), true);
    Q_UNUSED(registered);
}

QPixmap tinted(const QIcon& source, int size, qreal ratio, const QColor& color) {
    QPixmap pixmap = source.pixmap(QSize(size, size), ratio);
    if (pixmap.isNull()) {
        return pixmap;
    }
    QPainter painter(&pixmap);
    painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
    painter.fillRect(QRect(QPoint(0, 0), pixmap.size()), color);
    return pixmap;
}

}  // namespace

QIcon themedIcon(const QString& resource, const QPalette& palette) {
    ensureResources();
    const QIcon source(resource);
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48}) {
        for (qreal ratio : {1.0, 2.0}) {
            icon.addPixmap(tinted(source, size, ratio, palette.color(QPalette::WindowText)),
                           QIcon::Normal);
            icon.addPixmap(tinted(source, size, ratio, palette.color(QPalette::HighlightedText)),
                           QIcon::Selected);
            icon.addPixmap(tinted(source, size, ratio,
                                  palette.color(QPalette::Disabled, QPalette::WindowText)),
                           QIcon::Disabled);
        }
    }
    return icon;
}

QIcon applicationIcon() {
    ensureResources();
    return QIcon(QStringLiteral(":/icons/pmm-workbench.svg"));
}

}  // namespace pmm::ui
