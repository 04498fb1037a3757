#include "launches/criterion_score_editor.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>

#include <algorithm>

#include "launches/launch_texts.h"

namespace pmm::ui {

using launches::Criterion;

CriterionScoreEditor::CriterionScoreEditor(Criterion criterion, QWidget* parent)
    : QWidget(parent),
      m_criterion(criterion),
      m_levels(new QButtonGroup(this)),
      m_description(new QLabel(this)),
      m_evidence(new QLineEdit(this)) {
    const QString label = toQString(launches::criterionLabel(criterion));
    setObjectName(toQString(launches::criterionName(criterion)).replace(u' ', u'_'));

    auto* question = new QLabel(this);
    question->setTextFormat(Qt::PlainText);
    question->setWordWrap(true);
    question->setText(tr("%1: %2").arg(label, toQString(launches::criterionQuestion(criterion))));
    QFont bold = question->font();
    bold.setBold(true);
    question->setFont(bold);

    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(fontMetrics().averageCharWidth());
    for (int level = launches::kMinimumScore; level <= launches::kMaximumScore; ++level) {
        auto* button = new QRadioButton(QString::number(level), this);
        button->setObjectName(QStringLiteral("level%1").arg(level));
        button->setAccessibleName(tr("%1 score %2").arg(label).arg(level));
        button->setToolTip(toQString(launches::criterionLevelDescription(criterion, level)));
        m_levels->addButton(button, level);
        buttons->addWidget(button);
    }
    question->setBuddy(levelButton(1));

    m_description->setObjectName(QStringLiteral("levelDescription"));
    m_description->setTextFormat(Qt::PlainText);
    m_description->setWordWrap(true);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Room for the longest description on two lines, so choosing a level never reflows.
    m_description->setMinimumHeight(fontMetrics().lineSpacing() * 2);
    m_description->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    m_evidence->setObjectName(QStringLiteral("evidence"));
    m_evidence->setPlaceholderText(
        tr("Evidence: one line, e.g. a deal, a request count, a "
           "competitor's release"));
    m_evidence->setAccessibleName(tr("%1 evidence").arg(label));
    m_evidence->setClearButtonEnabled(true);

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(question, 0, 0, 1, 2);
    layout->addLayout(buttons, 1, 0, Qt::AlignTop);
    layout->addWidget(m_description, 1, 1);
    layout->addWidget(m_evidence, 2, 0, 1, 2);
    layout->setColumnStretch(1, 1);

    connect(m_levels, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked) {
            showDescription();
            Q_EMIT scoreChanged(score());
        }
    });
    connect(m_levels, &QButtonGroup::idClicked, this,
            [this](int level) { Q_EMIT scoreChosen(level); });
    connect(m_evidence, &QLineEdit::textChanged, this, &CriterionScoreEditor::evidenceChanged);
    connect(m_evidence, &QLineEdit::editingFinished, this, [this] {
        if (m_evidence->text() != m_shownEvidence) {
            m_shownEvidence = m_evidence->text();
            Q_EMIT evidenceEdited(m_shownEvidence);
        }
    });
    showDescription();
}

int CriterionScoreEditor::score() const {
    return std::max(0, m_levels->checkedId());
}

void CriterionScoreEditor::setScore(int score) {
    if (score == this->score()) {
        return;
    }
    if (QAbstractButton* button = m_levels->button(score)) {
        button->setChecked(true);
        return;
    }
    // Not scored: an exclusive group cannot uncheck its last button.
    m_levels->setExclusive(false);
    if (QAbstractButton* checked = m_levels->checkedButton()) {
        checked->setChecked(false);
    }
    m_levels->setExclusive(true);
    showDescription();
    Q_EMIT scoreChanged(0);
}

QString CriterionScoreEditor::evidence() const {
    return m_evidence->text();
}

void CriterionScoreEditor::setEvidence(const QString& evidence) {
    m_shownEvidence = evidence;
    m_evidence->setText(evidence);
    m_evidence->setCursorPosition(0);
}

void CriterionScoreEditor::setReadOnly(bool readOnly) {
    for (QAbstractButton* button : m_levels->buttons()) {
        button->setEnabled(!readOnly);
    }
    m_evidence->setReadOnly(readOnly);
}

QRadioButton* CriterionScoreEditor::levelButton(int level) const {
    return qobject_cast<QRadioButton*>(m_levels->button(level));
}

void CriterionScoreEditor::showDescription() {
    const int level = score();
    if (level == 0) {
        m_description->setText(tr("Not scored yet: choose 1 to 5."));
        return;
    }
    m_description->setText(
        tr("%1 \u2014 %2")
            .arg(level)
            .arg(toQString(launches::criterionLevelDescription(m_criterion, level))));
}

}  // namespace pmm::ui
