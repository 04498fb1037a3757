#pragma once

#include <QWidget>

class QAction;

namespace pmm::ui {

// One area of the main window (Team & catalog; later Launches, Battlecards...). The window
// lists every section in its sidebar and View menu; a section shows itself below them.
class Section : public QWidget {
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual QString title() const = 0;
    // A monochrome SVG resource, tinted to the palette by the window.
    virtual QString iconResource() const = 0;
    // Ctrl+F: put the keyboard focus in the section's filter, if it has one.
    virtual void focusFilter() {}
    // Edit ▸ Remove: the section's action that removes its selected row, when it has one.
    // The window names it in the Edit menu and follows its enabled state.
    virtual QAction* removeAction() const { return nullptr; }
};

}  // namespace pmm::ui
