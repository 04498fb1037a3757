#include "launches/tier_rule_dialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "app/workspace_session.h"
#include "common/user_feedback.h"
#include "launches/checklist_editor.h"
#include "launches/launch_texts.h"
#include "launches/problem_label.h"
#include "storage/launch_store.h"
#include "storage/tier_rule_store.h"

namespace pmm::ui {

using launches::TierRule;

namespace {

// Enough rows to see what a change does; the summary gives the full count.
constexpr int kPreviewRows = 500;

QDoubleSpinBox* hundredthsBox(QWidget* parent, const QString& name, double minimum, double maximum,
                              double step) {
    auto* box = new QDoubleSpinBox(parent);
    box->setObjectName(name);
    box->setDecimals(2);
    box->setRange(minimum, maximum);
    box->setSingleStep(step);
    return box;
}

int hundredths(const QDoubleSpinBox* box) {
    return qRound(box->value() * launches::kOne);
}

QLabel* textLabel(QWidget* parent, const QString& name) {
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

}  // namespace

TierRuleDialog::TierRuleDialog(WorkspaceSession& session, UserFeedback& feedback, QWidget* parent)
    : QDialog(parent),
      m_session(session),
      m_feedback(feedback),
      m_current(launches::defaultTierRule()),
      m_previewTimer(new QTimer(this)) {
    setObjectName(QStringLiteral("tierRuleDialog"));
    setWindowTitle(tr("Launch tiering"));
    if (session.isOpen()) {
        reportingErrors(session, [this] {
            m_current = launches::TierRuleStore(m_session.workspace()).current();
        });
    }

    m_currentText = textLabel(this, QStringLiteral("currentRule"));
    m_currentText->setText(
        tr("Current rule: version %1, saved %2 by %3.\n%4")
            .arg(m_current.version)
            .arg(toQString(m_current.createdAt).left(10),
                 m_current.createdBy.empty() ? tr("(unknown)") : toQString(m_current.createdBy),
                 toQString(launches::describeRule(m_current))));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = m_buttons->addButton(tr("&Save as version %1\u2026").arg(m_current.version + 1),
                                  QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("save"));
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (save()) {
            accept();
        }
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* columns = new QHBoxLayout;
    columns->addWidget(buildSettings(), 2);
    columns->addWidget(buildPreview(), 3);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_currentText);
    layout->addLayout(columns, 1);
    layout->addWidget(m_buttons);

    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(250);
    connect(m_previewTimer, &QTimer::timeout, this, &TierRuleDialog::refreshPreview);

    load(m_current);
    for (QDoubleSpinBox* box : {m_weights[0], m_weights[1], m_weights[2], m_tier1, m_tier2}) {
        connect(box, &QDoubleSpinBox::valueChanged, this, &TierRuleDialog::onEdited);
    }
    connect(m_guardrail, &QCheckBox::toggled, this, &TierRuleDialog::onEdited);
    connect(m_capacity, &QSpinBox::valueChanged, this, &TierRuleDialog::onEdited);
    for (ChecklistEditor* editor : m_checklists) {
        connect(editor, &ChecklistEditor::changed, this, &TierRuleDialog::onEdited);
    }
    onEdited();
    refreshPreview();

    const int character = fontMetrics().averageCharWidth();
    resize(std::max(sizeHint().width(), 170 * character),
           std::max(sizeHint().height(), fontMetrics().lineSpacing() * 40));
}

QWidget* TierRuleDialog::buildSettings() {
    auto* column = new QWidget(this);
    auto* score = new QGroupBox(tr("Score: weights add up to 1.00"), column);
    auto* scoreForm = new QFormLayout(score);
    for (std::size_t i = 0; i < launches::kCriteria.size(); ++i) {
        const launches::Criterion criterion = launches::kCriteria[i];
        m_weights[i] = hundredthsBox(score, QStringLiteral("weight%1").arg(i), 0.0, 1.0, 0.05);
        scoreForm->addRow(tr("%1 weight:").arg(toQString(launches::criterionLabel(criterion))),
                          m_weights[i]);
    }

    auto* tiers = new QGroupBox(tr("Tiers"), column);
    auto* tierForm = new QFormLayout(tiers);
    m_tier1 = hundredthsBox(tiers, QStringLiteral("tier1Threshold"), 1.0, 5.0, 0.1);
    m_tier2 = hundredthsBox(tiers, QStringLiteral("tier2Threshold"), 1.0, 5.0, 0.1);
    m_guardrail = new QCheckBox(tr("&Guardrail: a launch with any criterion at 5 is at least "
                                   "Tier 2"),
                                tiers);
    m_guardrail->setObjectName(QStringLiteral("guardrail"));
    m_capacity = new QSpinBox(tiers);
    m_capacity->setObjectName(QStringLiteral("capacity"));
    m_capacity->setRange(0, 999);
    m_capacity->setSuffix(tr(" a quarter"));
    tierForm->addRow(tr("Tier &1 when score \u2265"), m_tier1);
    tierForm->addRow(tr("Tier &2 when score \u2265"), m_tier2);
    tierForm->addRow(m_guardrail);
    tierForm->addRow(tr("Tier 1 &capacity:"), m_capacity);

    auto* checklists = new QGroupBox(tr("Deliverables checklist per tier"), column);
    auto* tabs = new QTabWidget(checklists);
    tabs->setDocumentMode(true);
    for (int tier = 1; tier <= launches::kTierCount; ++tier) {
        auto* editor = new ChecklistEditor(tabs);
        editor->setObjectName(QStringLiteral("checklistTier%1").arg(tier));
        m_checklists[static_cast<std::size_t>(tier - 1)] = editor;
        tabs->addTab(editor, tierText(tier));
    }
    auto* checklistLayout = new QVBoxLayout(checklists);
    checklistLayout->addWidget(tabs);

    m_problems = new ProblemLabel(column);
    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_problems);
    layout->addWidget(score);
    layout->addWidget(tiers);
    layout->addWidget(checklists, 1);
    return column;
}

QWidget* TierRuleDialog::buildPreview() {
    auto* box = new QGroupBox(tr("Impact before saving"), this);
    m_ruleText = textLabel(box, QStringLiteral("proposedRule"));
    m_previewSummary = textLabel(box, QStringLiteral("previewSummary"));
    m_preview = new QTreeWidget(box);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setRootIsDecorated(false);
    m_preview->setUniformRowHeights(true);
    m_preview->setAlternatingRowColors(true);
    m_preview->setHeaderLabels({tr("Launch"), tr("Quarter"), tr("Tier"), tr("Score"), tr("Note")});
    const QFontMetrics metrics = fontMetrics();
    const int margin = 3 * metrics.averageCharWidth();
    m_preview->setColumnWidth(0, 32 * metrics.averageCharWidth());
    m_preview->setColumnWidth(1, metrics.horizontalAdvance(QStringLiteral("2026-Q4")) + margin);
    m_preview->setColumnWidth(
        2, metrics.horizontalAdvance(QString::fromUtf8("Tier 3 → Tier 1")) + margin);
    m_preview->setColumnWidth(3,
                              metrics.horizontalAdvance(QString::fromUtf8("3.40 → 4.00")) + margin);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_ruleText);
    layout->addWidget(m_previewSummary);
    layout->addWidget(m_preview, 1);
    return box;
}

void TierRuleDialog::load(const TierRule& rule) {
    for (std::size_t i = 0; i < launches::kCriteria.size(); ++i) {
        m_weights[i]->setValue(rule.weights.of(launches::kCriteria[i]) / double(launches::kOne));
    }
    m_tier1->setValue(rule.tier1Threshold / double(launches::kOne));
    m_tier2->setValue(rule.tier2Threshold / double(launches::kOne));
    m_guardrail->setChecked(rule.guardrail);
    m_capacity->setValue(rule.tier1Capacity);
    for (int tier = 1; tier <= launches::kTierCount; ++tier) {
        checklistEditor(tier)->setItems(rule.checklistOf(tier));
    }
}

TierRule TierRuleDialog::proposedRule() const {
    TierRule rule;
    for (std::size_t i = 0; i < launches::kCriteria.size(); ++i) {
        rule.weights.set(launches::kCriteria[i], hundredths(m_weights[i]));
    }
    rule.tier1Threshold = hundredths(m_tier1);
    rule.tier2Threshold = hundredths(m_tier2);
    rule.guardrail = m_guardrail->isChecked();
    rule.tier1Capacity = m_capacity->value();
    for (int tier = 1; tier <= launches::kTierCount; ++tier) {
        rule.checklist[static_cast<std::size_t>(tier - 1)] = checklistEditor(tier)->items();
    }
    return rule;
}

void TierRuleDialog::refreshPreview() {
    m_previewTimer->stop();
    m_preview->clear();
    const TierRule rule = proposedRule();
    if (!launches::tierRuleProblems(rule).empty()) {
        m_previewSummary->setText(tr("The preview appears when the rule is valid."));
        return;
    }
    std::vector<launches::TierChange> changes;
    if (!m_session.isOpen() || !reportingErrors(m_session, [this, &rule, &changes] {
            changes = launches::LaunchStore(m_session.workspace()).previewRule(rule);
        })) {
        m_previewSummary->clear();
        return;
    }
    const QLocale locale;
    if (changes.empty()) {
        m_previewSummary->setText(
            differsFromCurrent(rule)
                ? tr("No open launch would change tier with this rule.")
                : tr("This is the current rule. Change it to see which open launches would "
                     "change tier."));
        return;
    }
    QString summary = changes.size() == 1
                          ? tr("1 open launch would change tier when re-tiered with this rule:")
                          : tr("%1 open launches would change tier when re-tiered with this rule:")
                                .arg(locale.toString(static_cast<qlonglong>(changes.size())));
    if (changes.size() > static_cast<std::size_t>(kPreviewRows)) {
        summary += tr(" the first %1 are listed.").arg(locale.toString(kPreviewRows));
    }
    m_previewSummary->setText(summary);
    QList<QTreeWidgetItem*> items;
    for (std::size_t i = 0; i < changes.size() && i < std::size_t(kPreviewRows); ++i) {
        const launches::TierChange& change = changes[i];
        auto* item = new QTreeWidgetItem;
        item->setText(0, toQString(change.name));
        item->setToolTip(0, textToolTip(toQString(change.explanation)));
        item->setText(1, toQString(change.quarter));
        item->setText(2,
                      tr("%1 \u2192 %2").arg(tierText(change.fromTier), tierText(change.toTier)));
        item->setText(
            3, tr("%1 \u2192 %2").arg(scoreText(change.fromScore), scoreText(change.toScore)));
        if (change.overrideTier) {
            item->setText(4, tr("Override keeps %1").arg(tierText(change.overrideTier)));
        }
        items.append(item);
    }
    m_preview->addTopLevelItems(items);
}

bool TierRuleDialog::save() {
    const TierRule rule = proposedRule();
    if (!launches::tierRuleProblems(rule).empty() || !differsFromCurrent(rule) ||
        !m_session.isOpen()) {
        return false;
    }
    refreshPreview();
    const QString question =
        tr("Save this rule as tier rule version %1?\n\n%2\n\nNew launches are tiered with it. "
           "Existing launches keep the version they were tiered with until you re-tier them "
           "from their detail pane. A saved version cannot be undone or edited, only followed "
           "by another version.")
            .arg(m_current.version + 1)
            .arg(m_previewSummary->text());
    if (!m_feedback.ask(this, tr("Save tier rule"), question,
                        tr("Save version %1").arg(m_current.version + 1))) {
        return false;
    }
    TierRule saved;
    const bool ok = reportingErrors(m_session, [this, &rule, &saved] {
        saved = launches::TierRuleStore(m_session.workspace())
                    .saveNewVersion(rule, toStdString(currentUserName()));
    });
    if (ok) {
        m_savedVersion = saved.version;
    }
    return ok;
}

void TierRuleDialog::onEdited() {
    const TierRule rule = proposedRule();
    const auto problems = launches::tierRuleProblems(rule);
    QStringList lines;
    for (const std::string& problem : problems) {
        lines.append(toQString(problem));
    }
    m_problems->setProblem(lines.join(u'\n'));
    const bool changed = differsFromCurrent(rule);
    if (!problems.empty()) {
        m_ruleText->setText(tr("Fix the rule first: the problems are shown on the left."));
    } else {
        m_ruleText->setText(changed
                                ? tr("New rule: %1").arg(toQString(launches::describeRule(rule)))
                                : tr("No change yet: edit the rule on the left."));
    }
    m_save->setEnabled(problems.empty() && changed && m_session.isOpen() &&
                       !m_session.isReadOnly());
    m_save->setToolTip(problems.empty() ? QString()
                                        : tr("Fix the problems shown on the left first."));
    if (problems.empty()) {
        m_previewTimer->start();
    } else {
        refreshPreview();  // clears the preview at once: it would describe another rule
    }
}

bool TierRuleDialog::differsFromCurrent(const TierRule& rule) const {
    for (launches::Criterion criterion : launches::kCriteria) {
        if (rule.weights.of(criterion) != m_current.weights.of(criterion)) {
            return true;
        }
    }
    return rule.tier1Threshold != m_current.tier1Threshold ||
           rule.tier2Threshold != m_current.tier2Threshold ||
           rule.guardrail != m_current.guardrail || rule.tier1Capacity != m_current.tier1Capacity ||
           rule.checklist != m_current.checklist;
}

}  // namespace pmm::ui
