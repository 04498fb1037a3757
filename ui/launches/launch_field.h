#pragma once

#include <QString>
#include <QVariant>

#include "launches/criterion.h"
#include "launches/launch.h"

namespace pmm::ui {

// The editable fields of a launch, so one undo command serves every edit of the detail pane.
// Values as QVariant:
//   Name, Quarter, Outcome, Metric*, *Evidence   QString
//   TargetDate, MetricReviewDate, MetricActual   QString, or a null QVariant when unset
//   Product, Owner                               qint64
//   Status                                       int (launches::LaunchStatus)
//   Pivot                                        bool
//   *Score                                       int, 0 = not scored
enum class LaunchField {
    Name,
    Product,
    Quarter,
    TargetDate,
    Owner,
    Status,
    Outcome,
    MetricName,
    MetricBaseline,
    MetricTarget,
    MetricReviewDate,
    MetricActual,
    Pivot,
    RevenueScore,
    RevenueEvidence,
    UrgencyScore,
    UrgencyEvidence,
    DemandScore,
    DemandEvidence,
};

QVariant launchFieldValue(const launches::Launch& launch, LaunchField field);
void setLaunchField(launches::Launch& launch, LaunchField field, const QVariant& value);
// "target date", for undo texts: "Change target date of “Pricing v2”".
QString launchFieldTitle(LaunchField field);

LaunchField scoreField(launches::Criterion criterion);
LaunchField evidenceField(launches::Criterion criterion);

}  // namespace pmm::ui
