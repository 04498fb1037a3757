#include "launches/launch_wizard.h"

#include <algorithm>

#include "app/workspace_session.h"
#include "launches/add_launch_command.h"
#include "launches/launch_basics_page.h"
#include "launches/launch_checklist_page.h"
#include "launches/launch_criteria_page.h"
#include "launches/launch_frame_page.h"
#include "launches/launch_result_page.h"
#include "launches/launch_texts.h"
#include "launches/launch_wizard_fields.h"
#include "storage/catalog.h"
#include "storage/tier_rule_store.h"

namespace pmm::ui {

using launches::Criterion;

namespace {

std::optional<std::string> optionalField(const QVariant& value) {
    const QString text = value.toString().trimmed();
    return text.isEmpty() ? std::nullopt : std::optional<std::string>(toStdString(text));
}

}  // namespace

LaunchWizard::LaunchWizard(WorkspaceSession& session, QWidget* parent)
    : QWizard(parent), m_session(session), m_rule(launches::defaultTierRule()) {
    setObjectName(QStringLiteral("launchWizard"));
    setWindowTitle(tr("New launch"));
#ifndef Q_OS_MACOS
    setWizardStyle(QWizard::ModernStyle);
#endif
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::HaveFinishButtonOnEarlyPages, false);
    if (session.isOpen()) {
        reportingErrors(session, [this] {
            m_rule = launches::TierRuleStore(m_session.workspace()).current();
            m_products = m_session.catalog().products.list();
            m_people = m_session.catalog().people.list();
        });
    }
    auto byName = [](const auto& left, const auto& right) {
        return QString::localeAwareCompare(toQString(left.name), toQString(right.name)) < 0;
    };
    std::sort(m_products.begin(), m_products.end(), byName);
    std::sort(m_people.begin(), m_people.end(), byName);

    setPage(BasicsPage, new LaunchBasicsPage(*this));
    setPage(FramePage, new LaunchFramePage(*this));
    setPage(CriteriaPage, new LaunchCriteriaPage(*this));
    setPage(ResultPage, new LaunchResultPage(*this));
    m_checklist = new LaunchChecklistPage(*this);
    setPage(ChecklistPage, m_checklist);
    setStartId(BasicsPage);

    // Wide enough for the level descriptions on two lines; tall enough for every page.
    setMinimumSize(110 * fontMetrics().averageCharWidth(), 40 * fontMetrics().lineSpacing());
}

launches::Launch LaunchWizard::draft() const {
    launches::Launch launch;
    launch.name = toStdString(value(wizard_fields::kName).toString().trimmed());
    launch.productId = value(wizard_fields::kProduct).toLongLong();
    launch.quarter = toStdString(value(wizard_fields::kQuarter).toString().trimmed());
    launch.targetDate = optionalField(value(wizard_fields::kTargetDate));
    launch.ownerId = value(wizard_fields::kOwner).toLongLong();
    launch.status = static_cast<launches::LaunchStatus>(value(wizard_fields::kStatus).toInt());
    launch.outcome = toStdString(value(wizard_fields::kOutcome).toString().trimmed());
    launch.metric.name = toStdString(value(wizard_fields::kMetricName).toString().trimmed());
    launch.metric.baseline =
        toStdString(value(wizard_fields::kMetricBaseline).toString().trimmed());
    launch.metric.target = toStdString(value(wizard_fields::kMetricTarget).toString().trimmed());
    launch.metric.reviewDate = optionalField(value(wizard_fields::kMetricReviewDate));
    for (Criterion criterion : launches::kCriteria) {
        auto& score = launch.criterion(criterion);
        score.score = value(wizard_fields::score(criterion)).toInt();
        score.evidence =
            toStdString(value(wizard_fields::evidence(criterion)).toString().trimmed());
    }
    return launch;
}

std::optional<launches::TierResult> LaunchWizard::tierResult() const {
    const auto criteria = draft().criteria();
    if (!criteria) {
        return std::nullopt;
    }
    return launches::evaluateTier(m_rule, *criteria);
}

std::optional<int> LaunchWizard::overrideTier() const {
    if (!value(wizard_fields::kOverride).toBool()) {
        return std::nullopt;
    }
    const int tier = value(wizard_fields::kOverrideTier).toInt();
    return tier >= 1 && tier <= launches::kTierCount ? std::optional<int>(tier) : std::nullopt;
}

QString LaunchWizard::overrideReason() const {
    return value(wizard_fields::kOverrideReason).toString().trimmed();
}

std::optional<int> LaunchWizard::tierInForce() const {
    if (const auto tier = overrideTier()) {
        return tier;
    }
    const auto computed = tierResult();
    return computed ? std::optional<int>(computed->tier) : std::nullopt;
}

void LaunchWizard::accept() {
    std::optional<AddLaunchCommand::Override> override;
    if (const auto tier = overrideTier()) {
        override = AddLaunchCommand::Override{*tier, overrideReason()};
    }
    auto command =
        std::make_unique<AddLaunchCommand>(m_session, draft(), override, m_checklist->doneItems());
    const AddLaunchCommand* created = command.get();
    if (!m_session.execute(std::move(command))) {
        return;  // core's sentence was reported; the wizard stays open to fix it
    }
    m_createdId = created->launch().id;
    QWizard::accept();
}

}  // namespace pmm::ui
