// The sales PDF of battlecards read back as a rep would: pdftotext finds the decision tree,
// objections and proof points before the rest, internal-only lines never appear, user text
// prints literally, each card starts a page and ends each page with its owner, refresh date
// and status; selections by competitor and segment hold the right cards; nothing matching
// is a clear sentence and writes no file.
#include <gtest/gtest.h>

#include <QFileInfo>
#include <QPdfWriter>

#include <memory>

#include "battlecard_report_support.h"
#include "reports/battlecard_report_layout.h"
#include "reports/battlecard_report_pdf.h"
#include "reports/report_page_size.h"
#include "reports/report_style.h"
#include "storage/battlecard_report.h"
#include "storage/battlecard_store.h"
#include "storage/workspace.h"
#include "ui_test_support.h"

namespace pmm::ui {
namespace {

using battlecards::CardSelection;
using battlecards::SalesBattlecards;
using uitest::pdfPageCount;
using uitest::pdfText;

constexpr Date kRefreshed{2026, 9, 1};
constexpr Date kToday{2026, 10, 1};

class BattlecardReportPdf : public ::testing::Test {
protected:
    void SetUp() override {
        m_workspace =
            storage::Workspace::create(m_folder.path(QStringLiteral("cards.pmmw")).toStdString());
        m_cards = uitest::addSalesCards(*m_workspace, kRefreshed);
    }

    SalesBattlecards select(const std::string& competitor, const std::string& segment,
                            const Date& today = kToday) {
        return battlecards::salesBattlecards(*m_workspace, CardSelection{competitor, segment},
                                             today);
    }

    // Writes `report` and returns the PDF's path.
    QString written(const SalesBattlecards& report, const char* name) {
        const QString path = m_folder.path(QString::fromLatin1(name));
        const ReportPdfFileResult result = writeBattlecardsPdf(report, path, QPageSize::A4);
        EXPECT_TRUE(result.ok) << result.error.toStdString();
        EXPECT_EQ(result.pages, pdfPageCount(path));
        return path;
    }

    uitest::TempFolder m_folder;
    std::unique_ptr<storage::Workspace> m_workspace;
    uitest::SalesCardWorld m_cards;
};

TEST_F(BattlecardReportPdf, OneCardLeadsWithTheDecisionTreeAndObjectionsForTheRep) {
    const SalesBattlecards report = select("globex", "MID-MARKET");
    ASSERT_EQ(report.cards.size(), 1u) << report.problem;
    EXPECT_EQ(report.title, "Battlecard: Globex in Mid-market");
    const QString path = written(report, "one.pdf");
    const QString text = pdfText(path);

    // What to lead with and how to answer come first; the rest of the template follows.
    const QStringList order{QStringLiteral("Angle decision tree"),
                            QStringLiteral("Lead with security review speed"),
                            QStringLiteral("Objection handling"),
                            QStringLiteral("Show the migration plan"),
                            QStringLiteral("Proof points"),
                            QStringLiteral("38 %"),
                            QStringLiteral("Landmines"),
                            QStringLiteral("Ask how long their last upgrade took"),
                            QStringLiteral("Why we win"),
                            QStringLiteral("Why we lose"),
                            QStringLiteral("Overview"),
                            QStringLiteral("Pricing notes")};
    qsizetype previous = -1;
    for (const QString& part : order) {
        const qsizetype at = text.indexOf(part);
        EXPECT_GT(at, previous) << part.toStdString() << " in " << text.toStdString();
        previous = std::max(previous, at);
    }
    EXPECT_FALSE(text.contains(QStringLiteral("INTERNAL"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("never print"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("99 %"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("31 %"))) << text.toStdString();
    // The overview's kept lines read as one paragraph; pricing notes as a list.
    EXPECT_TRUE(
        text.contains(QStringLiteral("Globex sells a suite to IT. We meet them in renewals.")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("List price 20 % above theirs.")));
    EXPECT_TRUE(text.contains(QStringLiteral("Discount only with a 2-year term.")));
    // Markup is text: in the overview and in an objection's proof.
    EXPECT_EQ(text.count(QString::fromLatin1(uitest::kMarkup)), 2) << text.toStdString();
    // The footer: who owns it, when it was refreshed, where it stands, the page.
    EXPECT_TRUE(text.contains(QStringLiteral("owner Maya Okafor"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("refreshed 2026-09-01"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Current \u00b7 next refresh due 2026-12-01")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Page 1 of 1"))) << text.toStdString();
}

TEST_F(BattlecardReportPdf, AStaleCardWarnsTheRepToCheckWithTheOwner) {
    const QString text = pdfText(written(select("Globex", "Mid-market", {2027, 3, 1}), "s.pdf"));
    EXPECT_TRUE(text.contains(QStringLiteral("Stale: last refreshed 2026-09-01")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Check figures and pricing with Maya Okafor")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Stale \u00b7 refresh was due 2026-12-01")))
        << text.toStdString();
}

TEST_F(BattlecardReportPdf, ACompetitorsCardsEachStartAPageInSegmentOrder) {
    const SalesBattlecards report = select("  GLOBEX ", "");
    ASSERT_EQ(report.cards.size(), 2u) << report.problem;
    EXPECT_EQ(report.title, "Battlecards: Globex");
    const QString path = written(report, "globex.pdf");
    const int pages = pdfPageCount(path);
    ASSERT_EQ(pages, 2);
    EXPECT_TRUE(pdfText(path, 1).startsWith(QStringLiteral("BATTLECARD \u00b7 ENTERPRISE")))
        << pdfText(path, 1).toStdString();
    EXPECT_TRUE(pdfText(path, 2).startsWith(QStringLiteral("BATTLECARD \u00b7 MID-MARKET")))
        << pdfText(path, 2).toStdString();
    EXPECT_TRUE(pdfText(path, 1).contains(QStringLiteral("owner Jonas Berg")));
    const QString text = pdfText(path);
    EXPECT_FALSE(text.contains(QStringLiteral("Initech"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("INTERNAL"))) << text.toStdString();
}

TEST_F(BattlecardReportPdf, ASegmentsCardsAreEveryCompetitorInIt) {
    const SalesBattlecards report = select("", "mid-market");
    ASSERT_EQ(report.cards.size(), 2u) << report.problem;
    EXPECT_EQ(report.cards[0].id, m_cards.globexMid);
    EXPECT_EQ(report.cards[1].id, m_cards.initechMid);
    const QString text = pdfText(written(report, "mid.pdf"));
    EXPECT_TRUE(text.contains(QStringLiteral("vs. Globex")));
    EXPECT_TRUE(text.contains(QStringLiteral("vs. Initech")));
    EXPECT_FALSE(text.contains(QStringLiteral("Globex Enterprise"))) << text.toStdString();
}

TEST_F(BattlecardReportPdf, NothingMatchingIsASentenceAndWritesNoFile) {
    EXPECT_EQ(select("Globx", "").problem, "unknown competitor 'Globx' (did you mean 'Globex'?)");
    EXPECT_EQ(select("", "Enterprize").problem,
              "unknown segment 'Enterprize' (did you mean 'Enterprise'?)");
    const SalesBattlecards none = select("initech", "enterprise");
    EXPECT_EQ(none.problem, "no battlecards for competitor 'Initech' in segment 'Enterprise'");
    const QString path = m_folder.path(QStringLiteral("none.pdf"));
    const ReportPdfFileResult result = writeBattlecardsPdf(none, path, QPageSize::A4);
    EXPECT_FALSE(result.ok);
    EXPECT_EQ(result.error,
              QStringLiteral("No battlecards for competitor 'Initech' in segment 'Enterprise'."));
    EXPECT_FALSE(QFileInfo::exists(path));
}

TEST_F(BattlecardReportPdf, ALongCardContinuesWithItsFooterAndStaysInsideThePage) {
    storage::BattlecardStore store(*m_workspace);
    battlecards::Battlecard card = *store.find(m_cards.initechMid);
    for (int i = 0; i < 30; ++i) {
        card.content.objections.push_back(
            {"Objection number " + std::to_string(i) + " that a buyer raises at length",
             "An answer long enough to wrap over two lines of the response column, with the "
             "detail a rep needs to keep talking",
             "Proof " + std::to_string(i), false});
    }
    store.save(card, {std::nullopt, "Test"});
    const QString path = written(select("Initech", "Mid-market"), "long.pdf");
    ASSERT_GE(pdfPageCount(path), 2);
    const QString second = pdfText(path, 2);
    EXPECT_TRUE(second.contains(QStringLiteral("Objection handling (continued)")))
        << second.toStdString();
    EXPECT_TRUE(second.contains(QStringLiteral("(continued) Initech in Mid-market")))
        << second.toStdString();

    // Every line of text lies inside the page's paint rect, above the page footer.
    QPdfWriter writer(m_folder.path(QStringLiteral("probe.pdf")));
    writer.setResolution(600);
    writer.setPageLayout(reportPageLayout(QPageSize::Letter));
    const ReportStyle style(writer);
    const QSizeF area(writer.width(), writer.height());
    const ReportDocument document =
        BattlecardReportLayout(select("Initech", "Mid-market"), style, area).layout();
    for (const ReportPage& page : document.pages) {
        for (const ReportText& text : page.texts) {
            EXPECT_GE(text.baseline.x(), 0) << text.text.toStdString();
            EXPECT_LE(text.baseline.x() + style.advance(text.font, text.text), area.width() + 1)
                << text.text.toStdString();
            EXPECT_LE(text.baseline.y(),
                      area.height() - style.lineHeight(ReportFont::Small) - style.points(3))
                << text.text.toStdString();
        }
    }
}

}  // namespace
}  // namespace pmm::ui
