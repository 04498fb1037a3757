#pragma once

#include <QSizeF>
#include <QString>

#include <vector>

#include "reports/report_document.h"
#include "reports/report_flow.h"
#include "storage/battlecard_report.h"

namespace pmm::ui {

class ReportStyle;

// Lays out the sales edition of battlecards (PRODUCT §3), a card from a new page, for a rep
// to read in a minute: the card's name and where it stands, then what to lead with (the
// angle decision tree) and how to answer objections, then proof points, landmines, why we
// win and lose, the overview and pricing notes. Empty sections are left out. Each page
// of a card ends with the card's owner, refresh date and status.
class BattlecardReportLayout {
public:
    // `area`: the paint rect of one page in device units, footer included.
    BattlecardReportLayout(const battlecards::SalesBattlecards& report, const ReportStyle& style,
                           QSizeF area);

    ReportDocument layout();
    // The band at the bottom of every page kept for the card's line and the page footer.
    static qreal footerHeight(const ReportStyle& style);

private:
    void card(const battlecards::SalesCard& card);
    void header(const battlecards::SalesCard& card);
    // Pages a card continues on start with its name.
    void continueCard(const battlecards::SalesCard& card);
    void decisionTree(const std::vector<battlecards::AngleRow>& rows);
    void objections(const std::vector<battlecards::Objection>& rows);
    void proofPoints(const std::vector<battlecards::ProofPoint>& rows);
    void points(const QString& title, const std::vector<battlecards::CardPoint>& points,
                QRgb bullet);
    // Lines read as one paragraph (the overview).
    void text(const QString& title, const std::vector<battlecards::CardPoint>& lines);
    void sectionTitle(const QString& title, QRgb color);
    void cardFooter(const battlecards::SalesCard& card, int firstPage);

    const battlecards::SalesBattlecards& m_report;
    const ReportStyle& m_style;
    ReportFlow m_flow;
};

}  // namespace pmm::ui
