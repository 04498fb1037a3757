#pragma once

#include <QString>

#include "storage/tier_report.h"

namespace pmm::ui {

class ReportFlow;
class ReportStyle;

// The section of one Tier 1 launch: name and facts, the override (marked, with its reason),
// customer outcome, success metric, the three criteria with score and evidence, the rule's
// explanation and the checklist with what is done.
class TierOneSectionLayout {
public:
    explicit TierOneSectionLayout(ReportFlow& flow);

    void layout(const launches::TierOneSection& section);

private:
    void facts(const launches::TierOneSection& section);
    void overrideBox(const launches::TierReportOverride& override);
    void metric(const launches::SuccessMetric& metric);
    void criteria(const launches::TierOneSection& section);
    void checklist(const std::vector<launches::TierReportChecklistItem>& items);
    void label(const QString& text);

    ReportFlow& m_flow;
    const ReportStyle& m_style;
};

}  // namespace pmm::ui
