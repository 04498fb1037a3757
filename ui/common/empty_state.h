#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace pmm::ui {

// What a list shows instead of a blank grid: a short headline, a sentence saying why the
// list matters, and the one action that fills it.
class EmptyState : public QWidget {
    Q_OBJECT

public:
    explicit EmptyState(QWidget* parent = nullptr);

    void setHeadline(const QString& text);
    void setExplanation(const QString& text);
    void setActionText(const QString& text);  // empty hides the button
    // A further button beside the main action.
    QPushButton* addButton(const QString& text);

    QString headline() const;
    QString explanation() const;
    QPushButton* actionButton() const { return m_action; }

Q_SIGNALS:
    void actionTriggered();

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateFonts();

    QLabel* m_headline;
    QLabel* m_explanation;
    QPushButton* m_action;
    QHBoxLayout* m_buttons;
};

}  // namespace pmm::ui
