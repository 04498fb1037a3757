// Review wizard pages 1 and 2: trigger and scope, evidence.
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#include <algorithm>

#include "app/workspace_session.h"
#include "launches/launch_texts.h"
#include "launches/problem_label.h"
#include "positioning/positioning_widgets.h"
#include "positioning/review_wizard.h"
#include "positioning/review_wizard_pages.h"
#include "storage/review_evidence_reader.h"
#include "storage/review_scope_reader.h"

namespace pmm::ui {

using positioning::TriggerKind;

namespace {

constexpr TriggerKind kTriggers[] = {TriggerKind::Scheduled, TriggerKind::FailedDeals,
                                     TriggerKind::NewCompetitor, TriggerKind::Pivot,
                                     TriggerKind::Overdue};

// "All …" first (no id), then the names sorted.
void fillScopeBox(QComboBox* box, const QString& all, const QHash<std::int64_t, QString>& names) {
    box->addItem(all);
    std::vector<std::pair<QString, std::int64_t>> sorted;
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        sorted.emplace_back(it.value(), it.key());
    }
    std::sort(sorted.begin(), sorted.end(),
              [](const auto& a, const auto& b) { return a.first.localeAwareCompare(b.first) < 0; });
    for (const auto& [name, id] : sorted) {
        box->addItem(name, QVariant::fromValue<qint64>(id));
    }
}

void choose(QComboBox* box, const std::optional<std::int64_t>& id) {
    if (id) {
        box->setCurrentIndex(std::max(0, box->findData(QVariant::fromValue<qint64>(*id))));
    }
}

std::optional<std::int64_t> chosenId(const QComboBox* box) {
    const QVariant data = box->currentData();
    return data.isValid() ? std::optional<std::int64_t>(data.toLongLong()) : std::nullopt;
}

QPlainTextEdit* textEdit(const QString& objectName, const QString& placeholder, QWidget* parent) {
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    return edit;
}

}  // namespace

ReviewScopePage::ReviewScopePage(ReviewWizard& wizard)
    : m_trigger(new QComboBox(this)),
      m_date(new QLineEdit(this)),
      m_product(new QComboBox(this)),
      m_segment(new QComboBox(this)),
      m_competitor(new QComboBox(this)),
      m_problem(new ProblemLabel(this)) {
    setObjectName(QStringLiteral("reviewScopePage"));
    setTitle(tr("Trigger and scope"));
    setSubTitle(
        tr("Say why this review is held and what it covers: the evidence, the statement and "
           "the follow-ups on the next pages are read for this scope."));
    for (TriggerKind kind : kTriggers) {
        QString label = toQString(positioning::triggerLabel(kind));
        label[0] = label[0].toUpper();
        m_trigger->addItem(label, static_cast<int>(kind));
    }
    m_trigger->setObjectName(QStringLiteral("reviewTrigger"));
    m_date->setObjectName(QStringLiteral("reviewDate"));
    m_date->setPlaceholderText(tr("YYYY-MM-DD"));
    m_date->setText(toQString(toIsoText(pmm::today())));
    m_product->setObjectName(QStringLiteral("reviewProduct"));
    m_segment->setObjectName(QStringLiteral("reviewSegment"));
    m_competitor->setObjectName(QStringLiteral("reviewCompetitor"));
    fillScopeBox(m_product, tr("All products"), wizard.names().products);
    fillScopeBox(m_segment, tr("All segments"), wizard.names().segments);
    fillScopeBox(m_competitor, tr("No competitor in particular"), wizard.names().competitors);

    auto* form = new QFormLayout;
    form->addRow(tr("&Trigger:"), m_trigger);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Product:"), m_product);
    form->addRow(tr("&Segment:"), m_segment);
    form->addRow(tr("&Competitor:"), m_competitor);
    auto* layout = new QVBoxLayout(this);
    if (wizard.alert()) {
        auto* alert = plainLabel(QStringLiteral("reviewAlert"), this);
        alert->setText(tr("Started from the alert: %1").arg(toQString(wizard.alert()->sentence)));
        layout->addWidget(alert);
        prefill(*wizard.alert());
        // An alert about a competitor only: the product all its recent deals were for.
        reportingErrors(wizard.session(), [this, &wizard] {
            choose(m_product, storage::readSuggestedReviewProduct(wizard.session().workspace(),
                                                                  *wizard.alert(), pmm::today()));
        });
    }
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_problem);
    connect(m_date, &QLineEdit::textChanged, this, &ReviewScopePage::check);
    for (QComboBox* box : {m_product, m_segment, m_competitor, m_trigger}) {
        connect(box, &QComboBox::currentIndexChanged, this, &QWizardPage::completeChanged);
    }
}

void ReviewScopePage::prefill(const positioning::PositioningAlert& alert) {
    m_trigger->setCurrentIndex(std::max(0, m_trigger->findData(static_cast<int>(alert.kind))));
    choose(m_product, alert.productId);
    choose(m_segment, alert.segmentId);
    choose(m_competitor, alert.competitorId);
}

void ReviewScopePage::check() {
    m_problem->setProblem(reviewedOn() ? QString()
                                       : tr("Date: write the day of the review as YYYY-MM-DD, "
                                            "e.g. 2026-11-24."));
    Q_EMIT completeChanged();
}

bool ReviewScopePage::isComplete() const {
    return reviewedOn().has_value();
}

TriggerKind ReviewScopePage::trigger() const {
    return static_cast<TriggerKind>(m_trigger->currentData().toInt());
}

std::optional<Date> ReviewScopePage::reviewedOn() const {
    return parseIsoDate(toStdString(m_date->text().trimmed()));
}

std::optional<std::int64_t> ReviewScopePage::productId() const {
    return chosenId(m_product);
}

std::optional<std::int64_t> ReviewScopePage::segmentId() const {
    return chosenId(m_segment);
}

std::optional<std::int64_t> ReviewScopePage::competitorId() const {
    return chosenId(m_competitor);
}

ReviewEvidencePage::ReviewEvidencePage(ReviewWizard& wizard)
    : m_wizard(wizard),
      m_summary(textEdit(QStringLiteral("reviewEvidence"), QString(), this)),
      m_icp(textEdit(QStringLiteral("reviewIcp"),
                     tr("Which ideal-customer assumptions still hold, which do not?"), this)),
      m_competitive(textEdit(QStringLiteral("reviewCompetitive"),
                             tr("What competitors said, shipped or priced lately"), this)),
      m_problem(new ProblemLabel(this)) {
    setObjectName(QStringLiteral("reviewEvidencePage"));
    setTitle(tr("Evidence"));
    setSubTitle(
        tr("Look at what the deals say before deciding: the win/loss summary below is filled "
           "in from the workspace for this scope; correct it and add what the numbers miss."));
    auto* form = new QFormLayout;
    form->addRow(tr("&Win/loss summary:"), m_summary);
    form->addRow(tr("&ICP assumptions:"), m_icp);
    form->addRow(tr("C&ompetitive notes:"), m_competitive);
    m_summary->setMinimumHeight(9 * fontMetrics().lineSpacing());
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_problem);
    connect(m_summary, &QPlainTextEdit::textChanged, this, [this] {
        m_problem->setProblem(m_summary->toPlainText().trimmed().isEmpty()
                                  ? tr("Win/loss summary: write down what the evidence is.")
                                  : QString());
        Q_EMIT completeChanged();
    });
}

void ReviewEvidencePage::initializePage() {
    const auto scope = m_wizard.scope();
    const QString key = QStringLiteral("%1/%2/%3/%4")
                            .arg(scope.productId.value_or(0))
                            .arg(scope.segmentId.value_or(0))
                            .arg(scope.competitorId.value_or(0))
                            .arg(m_wizard.scopePage()->dateEdit()->text());
    if (key == m_filledFor) {
        return;  // keep what the user wrote when they come back without changing the scope
    }
    m_filledFor = key;
    WorkspaceSession& session = m_wizard.session();
    const Date on = m_wizard.scopePage()->reviewedOn().value_or(pmm::today());
    reportingErrors(session, [&] {
        const auto evidence =
            storage::readReviewEvidence(session.workspace(), scope, on, m_wizard.alert());
        m_summary->setPlainText(
            toQString(positioning::evidenceText(evidence, m_wizard.scopeNames())));
    });
}

bool ReviewEvidencePage::isComplete() const {
    return !m_summary->toPlainText().trimmed().isEmpty();
}

std::string ReviewEvidencePage::evidence() const {
    QString text = m_summary->toPlainText().trimmed();
    const auto part = [&text](const QString& title, const QPlainTextEdit* edit) {
        const QString written = edit->toPlainText().trimmed();
        if (!written.isEmpty()) {
            text += QStringLiteral("\n\n") + title + u'\n' + written;
        }
    };
    part(tr("ICP assumptions:"), m_icp);
    part(tr("Competitive notes:"), m_competitive);
    return toStdString(text);
}

}  // namespace pmm::ui
