#pragma once

#include <QSizeF>
#include <QString>

#include <vector>

#include "reports/report_document.h"
#include "reports/report_flow.h"
#include "storage/tier_report.h"

namespace pmm::ui {

class ReportStyle;

// Lays out the tier report of PRODUCT §2 page by page: a cover with the totals and
// contents, the summary by tier and status, one table per tier (header repeated on every
// page), then a section per Tier 1 launch, each kept on one page when it fits.
class TierReportLayout {
public:
    // `area`: the paint rect of one page in device units, footer included. `workspaceName`
    // is shown on the cover when the team has no name.
    TierReportLayout(const launches::TierReport& report, const ReportStyle& style, QSizeF area,
                     QString workspaceName);

    ReportDocument layout();
    // The band at the bottom of every page kept for the footer.
    static qreal footerHeight(const ReportStyle& style);

private:
    struct ContentsEntry {
        QString title;
        int page = 0;
    };

    void cover();
    void figures();
    void summary();
    void tierTable(const launches::TierTable& table);
    void tierOneSections();
    void contents();
    void heading(const QString& text);
    void label(const QString& text, QRgb color);

    const launches::TierReport& m_report;
    const ReportStyle& m_style;
    ReportFlow m_flow;
    QString m_workspaceName;
    qreal m_contentsTop = 0;  // where the contents list starts on the cover
    std::vector<ContentsEntry> m_contents;
};

}  // namespace pmm::ui
