#pragma once

#include <QString>

#include <initializer_list>

class QLabel;
class QTableView;
class QWidget;

namespace pmm::ui {

// The look every positioning table shares: whole rows, one selection, no editing, fixed row
// height, the last column stretched; `widths` in average characters, first columns first.
void setUpPositioningTable(QTableView* table, std::initializer_list<int> widths);

// A plain-text label that wraps and can be selected: user text never becomes markup.
QLabel* plainLabel(const QString& objectName, QWidget* parent);

}  // namespace pmm::ui
