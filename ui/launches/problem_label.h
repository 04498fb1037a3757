#pragma once

#include <QLabel>

namespace pmm::ui {

// Core's sentence about what is wrong, shown inline next to the control it concerns (plain
// text, tinted from the palette so it reads on light and dark themes). Hidden when empty.
class ProblemLabel : public QLabel {
    Q_OBJECT

public:
    explicit ProblemLabel(QWidget* parent = nullptr);

    void setProblem(const QString& text);
    void clearProblem() { setProblem(QString()); }
    QString problem() const { return text(); }

    // As tall as the text needs at the width the label has: form layouts ask for the size
    // hint, which a word-wrapped QLabel computes for a narrower guess.
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    void updateColors();
    bool m_updating = false;
};

}  // namespace pmm::ui
