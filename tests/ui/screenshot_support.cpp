#include "screenshot_support.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QDir>
#include <QPixmap>
#include <QTemporaryDir>
#include <QWidget>

namespace pmm::uitest {

QString shotFolder() {
    static const QString folder = [] {
        QString chosen = qEnvironmentVariable("PMM_UI_SCREENSHOT_DIR");
        if (chosen.isEmpty()) {
            static QTemporaryDir temporary;
            chosen = temporary.path();
        }
        return chosen;
    }();
    return folder;
}

void save(QWidget& widget, const QString& name) {
    QApplication::processEvents();
    const QString file = QDir(shotFolder()).filePath(name);
    const QPixmap picture = widget.grab();
    EXPECT_GE(picture.width(), 200) << file.toStdString();
    EXPECT_TRUE(picture.save(file)) << file.toStdString();
}

QPalette darkPalette() {
    QPalette dark;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    dark.setColor(QPalette::Window, window);
    dark.setColor(QPalette::WindowText, text);
    dark.setColor(QPalette::Base, base);
    dark.setColor(QPalette::AlternateBase, window);
    dark.setColor(QPalette::ToolTipBase, base);
    dark.setColor(QPalette::ToolTipText, text);
    dark.setColor(QPalette::PlaceholderText, QColor(0x8c, 0x8f, 0x94));
    dark.setColor(QPalette::Text, text);
    dark.setColor(QPalette::Button, window);
    dark.setColor(QPalette::ButtonText, text);
    dark.setColor(QPalette::BrightText, Qt::red);
    dark.setColor(QPalette::Highlight, QColor(0x35, 0x74, 0xf0));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Link, QColor(0x6a, 0xa7, 0xff));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        dark.setColor(QPalette::Disabled, role, QColor(0x7a, 0x7c, 0x80));
    }
    return dark;
}

}  // namespace pmm::uitest
