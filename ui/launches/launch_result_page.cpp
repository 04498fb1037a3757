#include "launches/launch_result_page.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include "launches/launch_texts.h"
#include "launches/launch_wizard.h"
#include "launches/launch_wizard_fields.h"
#include "launches/next_tier_hint.h"

namespace pmm::ui {

namespace {

QLabel* textLabel(QWidget* parent, const QString& name) {
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

}  // namespace

LaunchResultPage::LaunchResultPage(LaunchWizard& wizard)
    : m_wizard(wizard),
      m_tier(textLabel(this, QStringLiteral("tier"))),
      m_score(textLabel(this, QStringLiteral("score"))),
      m_explanation(textLabel(this, QStringLiteral("explanation"))),
      m_hint(textLabel(this, QStringLiteral("nextTierHint"))),
      m_override(new QGroupBox(tr("O&verride the rule's tier"), this)),
      m_overrideTier(new QComboBox(this)),
      m_reason(new QLineEdit(this)) {
    setObjectName(QStringLiteral("resultPage"));
    setTitle(tr("Tier"));
    setSubTitle(
        tr("The rule's result and how it was reached. Override it only when you know "
           "something the criteria do not capture."));

    QFont big = m_tier->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_tier->setFont(big);

    auto* hintTitle = new QLabel(tr("What would it take to reach the next tier?"), this);
    QFont bold = hintTitle->font();
    bold.setBold(true);
    hintTitle->setFont(bold);

    m_override->setObjectName(QStringLiteral("override"));
    m_override->setCheckable(true);
    m_override->setChecked(false);
    auto* why = new QLabel(tr("An override sets the rule's result aside, so it needs a reason. "
                              "The reason is recorded with your name and printed in the tier "
                              "report, so everyone can see why this launch is treated "
                              "differently."),
                           m_override);
    why->setWordWrap(true);
    m_overrideTier->setObjectName(QStringLiteral("overrideTier"));
    m_reason->setObjectName(QStringLiteral("overrideReason"));
    m_reason->setPlaceholderText(tr("Required: why this tier and not the rule's?"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Tier in force:"), m_overrideTier);
    form->addRow(tr("&Reason:"), m_reason);
    auto* overrideLayout = new QVBoxLayout(m_override);
    overrideLayout->addWidget(why);
    overrideLayout->addLayout(form);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tier);
    layout->addWidget(m_score);
    layout->addWidget(m_explanation);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(hintTitle);
    layout->addWidget(m_hint);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(m_override);
    layout->addStretch(1);

    registerField(QString::fromLatin1(wizard_fields::kOverride), m_override, "checked",
                  SIGNAL(toggled(bool)));
    registerField(QString::fromLatin1(wizard_fields::kOverrideTier), m_overrideTier, "currentData",
                  SIGNAL(currentIndexChanged(int)));
    registerField(QString::fromLatin1(wizard_fields::kOverrideReason), m_reason);
    connect(m_override, &QGroupBox::toggled, this, &QWizardPage::completeChanged);
    connect(m_reason, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
}

void LaunchResultPage::initializePage() {
    m_overrideTier->clear();
    const auto result = m_wizard.tierResult();
    if (!result) {
        m_tier->setText(tr("Not tiered"));
        m_score->clear();
        m_explanation->setText(tr("Score all three criteria to see the tier."));
        m_hint->clear();
        m_override->setEnabled(false);
        return;
    }
    m_override->setEnabled(true);
    m_tier->setText(tierText(result->tier));
    m_score->setText(tr("Score %1 under tier rule version %2")
                         .arg(scoreText(result->score))
                         .arg(m_wizard.rule().version));
    m_explanation->setText(toQString(result->explanation));
    const auto criteria = m_wizard.draft().criteria();
    m_hint->setText(criteria ? toQString(launches::nextTierHint(m_wizard.rule(), *criteria).text)
                             : QString());
    for (int tier = 1; tier <= launches::kTierCount; ++tier) {
        if (tier != result->tier) {
            m_overrideTier->addItem(tierText(tier), tier);
        }
    }
}

bool LaunchResultPage::isComplete() const {
    return !m_override->isChecked() ||
           (m_overrideTier->currentIndex() >= 0 && !m_reason->text().trimmed().isEmpty());
}

}  // namespace pmm::ui
