#include "launches/launch_field.h"

#include <QCoreApplication>

#include "launches/launch_texts.h"

namespace pmm::ui {

namespace {

QVariant optionalText(const std::optional<std::string>& text) {
    return text ? QVariant(toQString(*text)) : QVariant();
}

std::optional<std::string> toOptionalText(const QVariant& value) {
    const QString text = value.toString().trimmed();
    if (value.isNull() || text.isEmpty()) {
        return std::nullopt;
    }
    return toStdString(text);
}

QString tr(const char* text) {
    return QCoreApplication::translate("pmm::ui::LaunchField", text);
}

}  // namespace

QVariant launchFieldValue(const launches::Launch& launch, LaunchField field) {
    using launches::Criterion;
    switch (field) {
        case LaunchField::Name:
            return toQString(launch.name);
        case LaunchField::Product:
            return QVariant::fromValue<qint64>(launch.productId);
        case LaunchField::Quarter:
            return toQString(launch.quarter);
        case LaunchField::TargetDate:
            return optionalText(launch.targetDate);
        case LaunchField::Owner:
            return QVariant::fromValue<qint64>(launch.ownerId);
        case LaunchField::Status:
            return static_cast<int>(launch.status);
        case LaunchField::Outcome:
            return toQString(launch.outcome);
        case LaunchField::MetricName:
            return toQString(launch.metric.name);
        case LaunchField::MetricBaseline:
            return toQString(launch.metric.baseline);
        case LaunchField::MetricTarget:
            return toQString(launch.metric.target);
        case LaunchField::MetricReviewDate:
            return optionalText(launch.metric.reviewDate);
        case LaunchField::MetricActual:
            return optionalText(launch.metric.actual);
        case LaunchField::Pivot:
            return launch.isPivot;
        case LaunchField::RevenueScore:
            return launch.revenueImpact.score;
        case LaunchField::RevenueEvidence:
            return toQString(launch.revenueImpact.evidence);
        case LaunchField::UrgencyScore:
            return launch.competitiveUrgency.score;
        case LaunchField::UrgencyEvidence:
            return toQString(launch.competitiveUrgency.evidence);
        case LaunchField::DemandScore:
            return launch.customerDemand.score;
        case LaunchField::DemandEvidence:
            return toQString(launch.customerDemand.evidence);
    }
    return {};
}

void setLaunchField(launches::Launch& launch, LaunchField field, const QVariant& value) {
    switch (field) {
        case LaunchField::Name:
            launch.name = toStdString(value.toString());
            return;
        case LaunchField::Product:
            launch.productId = value.toLongLong();
            return;
        case LaunchField::Quarter:
            launch.quarter = toStdString(value.toString().trimmed());
            return;
        case LaunchField::TargetDate:
            launch.targetDate = toOptionalText(value);
            return;
        case LaunchField::Owner:
            launch.ownerId = value.toLongLong();
            return;
        case LaunchField::Status:
            launch.status = static_cast<launches::LaunchStatus>(value.toInt());
            return;
        case LaunchField::Outcome:
            launch.outcome = toStdString(value.toString());
            return;
        case LaunchField::MetricName:
            launch.metric.name = toStdString(value.toString());
            return;
        case LaunchField::MetricBaseline:
            launch.metric.baseline = toStdString(value.toString());
            return;
        case LaunchField::MetricTarget:
            launch.metric.target = toStdString(value.toString());
            return;
        case LaunchField::MetricReviewDate:
            launch.metric.reviewDate = toOptionalText(value);
            return;
        case LaunchField::MetricActual:
            launch.metric.actual = toOptionalText(value);
            return;
        case LaunchField::Pivot:
            launch.isPivot = value.toBool();
            return;
        case LaunchField::RevenueScore:
            launch.revenueImpact.score = value.toInt();
            return;
        case LaunchField::RevenueEvidence:
            launch.revenueImpact.evidence = toStdString(value.toString());
            return;
        case LaunchField::UrgencyScore:
            launch.competitiveUrgency.score = value.toInt();
            return;
        case LaunchField::UrgencyEvidence:
            launch.competitiveUrgency.evidence = toStdString(value.toString());
            return;
        case LaunchField::DemandScore:
            launch.customerDemand.score = value.toInt();
            return;
        case LaunchField::DemandEvidence:
            launch.customerDemand.evidence = toStdString(value.toString());
            return;
    }
}

QString launchFieldTitle(LaunchField field) {
    switch (field) {
        case LaunchField::Name:
            return tr("name");
        case LaunchField::Product:
            return tr("product");
        case LaunchField::Quarter:
            return tr("quarter");
        case LaunchField::TargetDate:
            return tr("target date");
        case LaunchField::Owner:
            return tr("owner");
        case LaunchField::Status:
            return tr("status");
        case LaunchField::Outcome:
            return tr("customer outcome");
        case LaunchField::MetricName:
            return tr("success metric");
        case LaunchField::MetricBaseline:
            return tr("metric baseline");
        case LaunchField::MetricTarget:
            return tr("metric target");
        case LaunchField::MetricReviewDate:
            return tr("metric review date");
        case LaunchField::MetricActual:
            return tr("metric actual");
        case LaunchField::Pivot:
            return tr("pivot");
        case LaunchField::RevenueScore:
            return tr("revenue impact score");
        case LaunchField::RevenueEvidence:
            return tr("revenue impact evidence");
        case LaunchField::UrgencyScore:
            return tr("competitive urgency score");
        case LaunchField::UrgencyEvidence:
            return tr("competitive urgency evidence");
        case LaunchField::DemandScore:
            return tr("customer demand score");
        case LaunchField::DemandEvidence:
            return tr("customer demand evidence");
    }
    return {};
}

LaunchField scoreField(launches::Criterion criterion) {
    LaunchField revenue = LaunchField::RevenueScore;
    LaunchField urgency = LaunchField::UrgencyScore;
    LaunchField demand = LaunchField::DemandScore;
    return launches::forCriterion(criterion, revenue, urgency, demand);
}

LaunchField evidenceField(launches::Criterion criterion) {
    LaunchField revenue = LaunchField::RevenueEvidence;
    LaunchField urgency = LaunchField::UrgencyEvidence;
    LaunchField demand = LaunchField::DemandEvidence;
    return launches::forCriterion(criterion, revenue, urgency, demand);
}

}  // namespace pmm::ui
