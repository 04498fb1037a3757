#pragma once

#include <QWidget>

#include <string>
#include <vector>

class QListWidget;
class QPushButton;

namespace pmm::ui {

// One tier's deliverables checklist in the rule editor: items edited in place (F2 or a
// double click), added, removed and reordered with buttons.
class ChecklistEditor : public QWidget {
    Q_OBJECT

public:
    explicit ChecklistEditor(QWidget* parent = nullptr);

    std::vector<std::string> items() const;
    void setItems(const std::vector<std::string>& items);

    QListWidget* list() const { return m_list; }
    // Appends an item and opens it for editing.
    void addItem(const QString& title = {});
    void removeCurrent();
    // Moves the current item by `offset` rows (-1 up, +1 down).
    void moveCurrent(int offset);

Q_SIGNALS:
    void changed();

private:
    void updateButtons();

    QListWidget* m_list;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_up;
    QPushButton* m_down;
};

}  // namespace pmm::ui
