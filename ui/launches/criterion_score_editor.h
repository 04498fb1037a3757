#pragma once

#include <QWidget>

#include "launches/criterion.h"

class QButtonGroup;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace pmm::ui {

// One tier criterion: its question, a 1-5 choice with the chosen level described in core's
// words beside it (every level's words are also each button's tooltip), and the one-line
// evidence. Arrow keys move between the five levels.
class CriterionScoreEditor : public QWidget {
    Q_OBJECT
    Q_PROPERTY(int score READ score WRITE setScore NOTIFY scoreChanged USER true)
    Q_PROPERTY(QString evidence READ evidence WRITE setEvidence NOTIFY evidenceChanged)

public:
    explicit CriterionScoreEditor(launches::Criterion criterion, QWidget* parent = nullptr);

    launches::Criterion criterion() const { return m_criterion; }
    int score() const;  // 0 while not scored
    void setScore(int score);
    QString evidence() const;
    void setEvidence(const QString& evidence);
    void setReadOnly(bool readOnly);

    QRadioButton* levelButton(int level) const;
    QLineEdit* evidenceEdit() const { return m_evidence; }
    QLabel* descriptionLabel() const { return m_description; }

Q_SIGNALS:
    void scoreChanged(int score);
    void evidenceChanged(const QString& evidence);
    // The user chose a level or finished editing the evidence (not programmatic changes).
    void scoreChosen(int score);
    void evidenceEdited(const QString& evidence);

private:
    void showDescription();

    launches::Criterion m_criterion;
    QButtonGroup* m_levels;
    QLabel* m_description;
    QLineEdit* m_evidence;
    QString m_shownEvidence;
};

}  // namespace pmm::ui
