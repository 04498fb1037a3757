#include "launches/launch_tier_box.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "app/workspace_session.h"
#include "common/user_feedback.h"
#include "launches/launch_texts.h"
#include "launches/next_tier_hint.h"
#include "launches/override_tier_command.h"
#include "storage/launch_store.h"
#include "storage/tier_rule_store.h"

namespace pmm::ui {

namespace {

QLabel* textLabel(QWidget* parent, const QString& name) {
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString historyLine(const launches::OverrideRecord& record) {
    const QString when = toQString(record.changedAt).left(10);
    const QString from =
        record.fromTier ? tierText(record.fromTier) : LaunchTierBox::tr("not tiered");
    const QString to =
        record.toTier ? tierText(record.toTier) : LaunchTierBox::tr("the rule's result");
    QString line = LaunchTierBox::tr("%1: %2 \u2192 %3").arg(when, from, to);
    if (!record.changedBy.empty()) {
        line += LaunchTierBox::tr(" by %1").arg(toQString(record.changedBy));
    }
    if (!record.reason.empty()) {
        line += LaunchTierBox::tr(" \u2014 \u201c%1\u201d").arg(toQString(record.reason));
    }
    return line;
}

}  // namespace

LaunchTierBox::LaunchTierBox(WorkspaceSession& session, UserFeedback& feedback, QWidget* parent)
    : QGroupBox(tr("Tier"), parent),
      m_session(session),
      m_feedback(feedback),
      m_tier(textLabel(this, QStringLiteral("tier"))),
      m_explanation(textLabel(this, QStringLiteral("explanation"))),
      m_hint(textLabel(this, QStringLiteral("nextTierHint"))),
      m_version(textLabel(this, QStringLiteral("ruleVersion"))),
      m_retier(new QPushButton(this)),
      m_overrideTier(new QComboBox(this)),
      m_reason(new QLineEdit(this)),
      m_override(new QPushButton(tr("&Override"), this)),
      m_removeOverride(new QPushButton(tr("R&emove override"), this)),
      m_history(textLabel(this, QStringLiteral("overrideHistory"))) {
    setObjectName(QStringLiteral("tierBox"));
    QFont big = m_tier->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_tier->setFont(big);
    m_retier->setObjectName(QStringLiteral("retier"));
    m_overrideTier->setObjectName(QStringLiteral("overrideTier"));
    m_overrideTier->setAccessibleName(tr("Override tier"));
    m_reason->setObjectName(QStringLiteral("overrideReason"));
    m_reason->setPlaceholderText(tr("Reason (required): why not the rule's tier?"));
    m_reason->setAccessibleName(tr("Override reason"));
    m_override->setObjectName(QStringLiteral("override"));
    m_override->setToolTip(
        tr("An override needs a reason: it is recorded with your name and "
           "printed in the tier report."));
    m_removeOverride->setObjectName(QStringLiteral("removeOverride"));
    m_history->setForegroundRole(QPalette::PlaceholderText);

    auto* versionRow = new QHBoxLayout;
    versionRow->addWidget(m_version, 1);
    versionRow->addWidget(m_retier);
    auto* overrideRow = new QHBoxLayout;
    overrideRow->addWidget(m_overrideTier);
    overrideRow->addWidget(m_reason, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_override);
    buttons->addWidget(m_removeOverride);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tier);
    layout->addWidget(m_explanation);
    layout->addWidget(m_hint);
    layout->addLayout(versionRow);
    layout->addLayout(overrideRow);
    layout->addLayout(buttons);
    layout->addWidget(m_history);

    connect(m_reason, &QLineEdit::textChanged, this, &LaunchTierBox::updateButtons);
    connect(m_overrideTier, &QComboBox::currentIndexChanged, this, &LaunchTierBox::updateButtons);
    connect(m_reason, &QLineEdit::returnPressed, m_override, &QPushButton::click);
    connect(m_override, &QPushButton::clicked, this,
            [this] { overrideTo(m_overrideTier->currentData().toInt(), m_reason->text()); });
    connect(m_removeOverride, &QPushButton::clicked, this, &LaunchTierBox::removeOverride);
    connect(m_retier, &QPushButton::clicked, this, &LaunchTierBox::retierWithCurrentRule);
}

void LaunchTierBox::setLaunch(const launches::Launch& launch) {
    const bool other = !m_launch || m_launch->id != launch.id;
    m_launch = launch;
    std::optional<launches::TierResult> result;
    std::optional<launches::TierRule> rule;
    std::vector<launches::OverrideRecord> history;
    reportingErrors(m_session, [&] {
        launches::LaunchStore store(m_session.workspace());
        launches::TierRuleStore rules(m_session.workspace());
        result = store.tierResult(launch);
        m_currentVersion = rules.currentVersion();
        if (launch.ruleVersion) {
            rule = rules.findScoring(*launch.ruleVersion);
        }
        history = store.overrideHistory(launch.id);
    });

    if (!launch.tier()) {
        m_tier->setText(tr("Not tiered yet"));
        m_explanation->setText(
            tr("Score the three criteria below: the rule tiers the launch "
               "as soon as all three are scored."));
    } else if (launch.overrideTier) {
        m_tier->setText(tr("%1 by override (the rule says %2)")
                            .arg(tierText(launch.overrideTier), tierText(launch.computedTier)));
        m_explanation->setText(tr("Override reason: %1\nThe rule: %2")
                                   .arg(toQString(launch.overrideReason),
                                        result ? toQString(result->explanation) : QString()));
    } else {
        m_tier->setText(tierText(launch.tier()));
        m_explanation->setText(result ? toQString(result->explanation) : QString());
    }
    const auto criteria = launch.criteria();
    QString hint;
    if (rule && criteria) {
        const QString text = toQString(launches::nextTierHint(*rule, *criteria).text);
        // With an override in force the hint is about the rule's result, and says so.
        hint = launch.overrideTier ? tr("By the rule alone: %1").arg(text)
                                   : tr("Next tier: %1").arg(text);
    }
    m_hint->setText(hint);
    m_hint->setHidden(m_hint->text().isEmpty());

    const bool outdated = launch.ruleVersion && *launch.ruleVersion != m_currentVersion;
    if (outdated) {
        m_version->setText(tr("Tiered with rule v%1; the current rule is v%2.")
                               .arg(*launch.ruleVersion)
                               .arg(m_currentVersion));
        m_retier->setText(tr("Re-&tier with v%1\u2026").arg(m_currentVersion));
    } else {
        m_version->setText(
            launch.ruleVersion
                ? tr("Tiered with rule v%1, the current rule.").arg(*launch.ruleVersion)
                : QString());
    }
    m_version->setHidden(m_version->text().isEmpty());
    m_retier->setVisible(outdated);

    const int chosen = m_overrideTier->currentData().toInt();
    m_overrideTier->clear();
    for (int tier = 1; tier <= launches::kTierCount; ++tier) {
        if (launch.computedTier && tier != *launch.computedTier && tier != launch.tier()) {
            m_overrideTier->addItem(tr("Override to %1").arg(tierText(tier)), tier);
        }
    }
    const int keep = m_overrideTier->findData(chosen);
    m_overrideTier->setCurrentIndex(keep >= 0 && !other ? keep : 0);
    if (other) {
        m_reason->clear();
    }

    QStringList lines;
    for (const auto& record : history) {
        lines.append(historyLine(record));
    }
    m_history->setText(lines.isEmpty() ? QString()
                                       : tr("Override history:\n%1").arg(lines.join(u'\n')));
    m_history->setHidden(lines.isEmpty());
    updateButtons();
}

bool LaunchTierBox::overrideTo(int tier, const QString& reason) {
    if (!m_launch) {
        return false;
    }
    const bool applied = m_session.execute(std::make_unique<OverrideTierCommand>(
        m_session, m_launch->id, toQString(m_launch->name),
        OverrideTierCommand::Override{m_launch->overrideTier, toQString(m_launch->overrideReason)},
        OverrideTierCommand::Override{tier, reason.trimmed()}));
    if (applied) {
        m_reason->clear();
    }
    return applied;
}

bool LaunchTierBox::removeOverride() {
    if (!m_launch || !m_launch->overrideTier) {
        return false;
    }
    QString reason = m_reason->text().trimmed();
    if (reason.isEmpty()) {
        reason = tr("Back to the rule's result.");
    }
    const bool applied = m_session.execute(std::make_unique<OverrideTierCommand>(
        m_session, m_launch->id, toQString(m_launch->name),
        OverrideTierCommand::Override{m_launch->overrideTier, toQString(m_launch->overrideReason)},
        OverrideTierCommand::Override{std::nullopt, reason}));
    if (applied) {
        m_reason->clear();
    }
    return applied;
}

bool LaunchTierBox::retierWithCurrentRule() {
    if (!m_launch || !m_launch->criteria()) {
        return false;
    }
    const auto criteria = *m_launch->criteria();
    QString preview;
    reportingErrors(m_session, [&] {
        const auto rule = launches::TierRuleStore(m_session.workspace()).current();
        preview = toQString(launches::evaluateTier(rule, criteria).explanation);
    });
    const QString question =
        tr("Re-tier \u201c%1\u201d with tier rule v%2?\n\nUnder v%2: %3\n\nThe checklist "
           "becomes the one of v%2; deliverables with the same title stay ticked. An override "
           "stays in force. This cannot be undone.")
            .arg(toQString(m_launch->name))
            .arg(m_currentVersion)
            .arg(preview);
    if (!m_feedback.ask(this, tr("Re-tier launch"), question, tr("Re-tier"))) {
        return false;
    }
    const std::int64_t id = m_launch->id;
    return reportingErrors(m_session, [this, id] {
        launches::LaunchStore(m_session.workspace()).retierWithCurrentRule(id);
    });
}

void LaunchTierBox::updateButtons() {
    const bool writable = m_launch && !m_session.isReadOnly();
    const bool tiered = m_launch && m_launch->computedTier;
    m_overrideTier->setEnabled(writable && tiered);
    m_reason->setEnabled(writable && tiered);
    m_override->setEnabled(writable && tiered && m_overrideTier->currentIndex() >= 0 &&
                           !m_reason->text().trimmed().isEmpty());
    m_removeOverride->setVisible(m_launch && m_launch->overrideTier);
    m_removeOverride->setEnabled(writable);
    m_retier->setEnabled(writable);
}

}  // namespace pmm::ui
