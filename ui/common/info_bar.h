#pragma once

#include <QFrame>

#include <functional>
#include <vector>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace pmm::ui {

// A message across the top of the window that never blocks: "This workspace is empty.
// [Load demo data] [Dismiss]". Its colours are derived from the palette (light or dark).
class InfoBar : public QFrame {
    Q_OBJECT

public:
    struct Action {
        QString text;
        std::function<void()> run;  // the bar closes after running it
    };

    explicit InfoBar(QWidget* parent = nullptr);

    // Shows `text` (plain text) with `actions` and a Dismiss button.
    void showMessage(const QString& text, const std::vector<Action>& actions = {});
    void dismiss();
    QString message() const;
    // The button showing `text` (without mnemonics), or nullptr.
    QPushButton* button(const QString& text) const;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QLabel* m_icon;
    QLabel* m_text;
    QHBoxLayout* m_buttons;
};

}  // namespace pmm::ui
