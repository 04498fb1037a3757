#pragma once

#include <QWidget>

#include <vector>

#include "battlecards/battlecard_section.h"

class QPushButton;
class QTableWidget;

namespace pmm::ui {

// Edits one list section of a card (objections, the angle decision tree, why we win...):
// a row per line with a column per field and an "Internal only" check, so a line can be
// kept from Sales. Add (Ctrl+Ins), Remove (Ctrl+Del), Move up (Ctrl+Up) and Move down
// (Ctrl+Down) work from the keyboard; order is the order Sales reads.
class BattlecardLineEditor : public QWidget {
    Q_OBJECT

public:
    explicit BattlecardLineEditor(battlecards::CardSection section, QWidget* parent = nullptr);

    void setLines(const std::vector<battlecards::SectionLine>& lines);
    std::vector<battlecards::SectionLine> lines() const;

    QTableWidget* table() const { return m_table; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* removeButton() const { return m_remove; }
    QPushButton* upButton() const { return m_up; }
    QPushButton* downButton() const { return m_down; }

    void addLine();
    void removeLine();
    void moveLine(int step);

Q_SIGNALS:
    void edited();

protected:
    // Rows wrap their text to the column width, known only once the page is shown.
    void showEvent(QShowEvent* event) override;

private:
    void insertRow(int row, const battlecards::SectionLine& line);
    void updateButtons();
    int internalColumn() const { return m_fieldCount; }

    int m_fieldCount;
    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_up;
    QPushButton* m_down;
};

}  // namespace pmm::ui
