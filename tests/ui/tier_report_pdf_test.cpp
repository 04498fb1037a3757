// The tier report PDF read back as a reader would: pdftotext finds every Tier 1 launch and
// every override reason, user text prints literally (never as markup), pages are numbered
// "Page N of M", A4 and Letter come out at their sizes, the layout stays inside the page,
// and a failed export leaves no file and never replaces an existing one.
#include <gtest/gtest.h>
#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPdfWriter>

#include <memory>

#include "pdf_support.h"
#include "reports/report_page_size.h"
#include "reports/report_style.h"
#include "reports/tier_report_layout.h"
#include "reports/tier_report_pdf.h"
#include "storage/catalog.h"
#include "storage/launch_checklist.h"
#include "storage/launch_store.h"
#include "storage/tier_report.h"
#include "storage/workspace.h"
#include "ui_test_support.h"

namespace pmm::ui {
namespace {

using launches::Launch;
using launches::LaunchStatus;
using launches::Quarter;

using uitest::pdfInfo;
using uitest::pdfPageCount;
using uitest::pdfText;

const std::string kLongName =
    "Usage-based billing with committed-spend drawdown, prepaid credits, overage alerts and "
    "invoice previews for every Ledger Cloud workspace in North America and EMEA";

// Latin with accents and Cyrillic take the fast path; Arabic and Chinese are shaped.
const std::string kAccented =
    "\u0417\u0430\u043f\u0443\u0441\u043a f\u00fcr \u00c5sa \u2014 "
    "\u00e9t\u00e9 \u2265 2026 \u2713";

// A quarter made by hand: Tier 1 launches with markup in names and reasons, an override
// each way, a very long name, and enough Tier 3 launches to fill several table pages.
class TierReportPdf : public ::testing::Test {
protected:
    void SetUp() override {
        m_path = m_folder.path(QStringLiteral("report.pmmw"));
        m_workspace = storage::Workspace::create(m_path.toStdString());
        catalog::Catalog catalog(*m_workspace);
        const auto ledger = catalog.products.add({0, "", "Ledger Cloud", ""}).id;
        const auto beacon = catalog.products.add({0, "", "Beacon & <Co>", ""}).id;
        const auto dana = catalog.people.add({0, "", "Dana Reyes", "", 4, std::nullopt}).id;
        const auto sam = catalog.people.add({0, "", "Sam O'Kafor", "", 2, std::nullopt}).id;
        m_workspace->setSetting("team.name", "Product Marketing <EMEA>");

        launches::LaunchStore store(*m_workspace);
        launches::LaunchChecklist checklist(*m_workspace);
        const Launch billing = store.add(launch(kLongName, ledger, dana, {5, 4, 4}));
        checklist.setDone(billing.id, checklist.entries(billing.id)[0].itemId, true);
        const Launch markup = store.add(launch("<b>x</b>", beacon, sam, {4, 3, 3}));
        store.overrideTier(markup.id, 1, "Board asked for <i>it</i> & more", "Dana Reyes");
        const Launch down = store.add(launch("Audit log export", ledger, sam, {5, 5, 5}));
        store.overrideTier(down.id, 2, "Scope cut to a beta for ten design partners", "Dana Reyes");
        store.add(launch("SSO with SCIM", beacon, dana, {4, 4, 4}));
        store.add(launch(kAccented, ledger, dana, {5, 5, 4}));
        store.add(launch("\u0625\u0637\u0644\u0627\u0642 Ledger \u4e91", ledger, dana, {5, 4, 5}));
        for (int i = 0; i < 130; ++i) {
            store.add(launch("Release note " + std::to_string(i + 1), ledger, sam, {1, 2, 1}));
        }
        m_report = launches::computeTierReport(*m_workspace, kQuarter, Date{2026, 11, 23});
    }

    static Launch launch(const std::string& name, std::int64_t product, std::int64_t owner,
                         launches::TierCriteria scores) {
        Launch launch;
        launch.name = name;
        launch.productId = product;
        launch.ownerId = owner;
        launch.quarter = "2026-Q3";
        launch.targetDate = "2026-08-14";
        launch.status = LaunchStatus::Planned;
        launch.outcome = "Finance leads decide to expand seats without a procurement cycle";
        launch.metric = {"Seat expansions per month", "12", "30", "2026-09-14", std::nullopt};
        launch.revenueImpact = {scores.revenueImpact, "Pipeline <script>alert(1)</script>"};
        launch.competitiveUrgency = {scores.competitiveUrgency, "Lost 4 deals to Globex"};
        launch.customerDemand = {scores.customerDemand, "Top-voted idea"};
        return launch;
    }

    TierReportPdfResult write(const QString& name, QPageSize::PageSizeId size) {
        return writeTierReportPdf(m_report, m_folder.path(name), {size, QStringLiteral("report")});
    }

    static constexpr Quarter kQuarter{2026, 3};
    uitest::TempFolder m_folder;
    QString m_path;
    std::unique_ptr<storage::Workspace> m_workspace;
    launches::TierReport m_report;
};

TEST_F(TierReportPdf, TextHoldsEveryTierOneLaunchAndOverrideReasonLiterally) {
    const TierReportPdfResult result = write(QStringLiteral("tiers.pdf"), QPageSize::A4);
    ASSERT_TRUE(result.ok) << result.error.toStdString();
    const QString path = m_folder.path(QStringLiteral("tiers.pdf"));
    const QString text = pdfText(path);

    ASSERT_EQ(m_report.tierOne.size(), 5u);
    for (const launches::TierOneSection& section : m_report.tierOne) {
        const QString name = QString::fromStdString(section.launch.name);
        // Right-to-left and CJK text is shaped (and may lack a font here): pdftotext's order
        // and glyphs for it are not the test's business; the rest of the line is.
        const bool shaped =
            std::any_of(name.begin(), name.end(), [](QChar c) { return c.unicode() >= 0x0590; });
        EXPECT_TRUE(text.contains(shaped ? QStringLiteral(" Ledger ") : name))
            << section.launch.name;
        if (section.override) {
            EXPECT_TRUE(text.contains(QString::fromStdString(section.override->reason)))
                << section.override->reason;
        }
    }
    EXPECT_TRUE(text.contains(QString::fromStdString(kAccented)));
    // Markup is printed as the characters typed.
    EXPECT_TRUE(text.contains(QStringLiteral("<b>x</b>")));
    EXPECT_TRUE(text.contains(QStringLiteral("Board asked for <i>it</i> & more")));
    EXPECT_TRUE(text.contains(QStringLiteral("Pipeline <script>alert(1)</script>")));
    EXPECT_TRUE(text.contains(QStringLiteral("Beacon & <Co>")));
    EXPECT_TRUE(text.contains(QStringLiteral("Product Marketing <EMEA>")));
    // The overridden Tier 1 launch is marked, with what the rule gives.
    EXPECT_TRUE(
        text.contains(QStringLiteral("Override: Tier 1 is in force; the rule gives "
                                     "Tier 2.")));
    EXPECT_TRUE(text.contains(QStringLiteral("OVERRIDE")));
    EXPECT_TRUE(text.contains(QStringLiteral("Summary by tier and status")));
    EXPECT_TRUE(text.contains(QStringLiteral("Tier 1 launches in detail")));
    EXPECT_TRUE(text.contains(QStringLiteral("Tier 3 (continued)")));

    const int pages = pdfPageCount(path);
    EXPECT_EQ(pages, result.pages);
    EXPECT_GE(pages, 6);
    EXPECT_LE(pages, 12);
    EXPECT_TRUE(text.contains(QStringLiteral("Page 1 of %1").arg(pages)));
    EXPECT_TRUE(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
}

TEST_F(TierReportPdf, A4AndLetterComeOutAtTheirSizes) {
    ASSERT_TRUE(write(QStringLiteral("a4.pdf"), QPageSize::A4).ok);
    ASSERT_TRUE(write(QStringLiteral("letter.pdf"), QPageSize::Letter).ok);
    EXPECT_TRUE(pdfInfo(m_folder.path(QStringLiteral("a4.pdf")), QStringLiteral("Page size"))
                    .startsWith(QStringLiteral("595 x 842 pts")));
    EXPECT_TRUE(pdfInfo(m_folder.path(QStringLiteral("letter.pdf")), QStringLiteral("Page size"))
                    .startsWith(QStringLiteral("612 x 792 pts")));
}

TEST_F(TierReportPdf, PaperFollowsTheLocaleUnlessChosen) {
    for (const char* letter : {"en_US", "en_CA", "fr_CA", "es_MX", "en_PH"}) {
        EXPECT_EQ(pageSizeForLocale(QLocale(QString::fromLatin1(letter))), QPageSize::Letter)
            << letter;
    }
    for (const char* a4 : {"en_GB", "de_DE", "fr_FR", "ja_JP", "pt_BR", "en_AU"}) {
        EXPECT_EQ(pageSizeForLocale(QLocale(QString::fromLatin1(a4))), QPageSize::A4) << a4;
    }
    EXPECT_EQ(parseReportPageSize(QStringLiteral("a4")), QPageSize::A4);
    EXPECT_EQ(parseReportPageSize(QStringLiteral("LETTER")), QPageSize::Letter);
    EXPECT_FALSE(parseReportPageSize(QStringLiteral("A5")));
}

TEST_F(TierReportPdf, EveryLineStaysInsideThePageAndTablesRepeatTheirHeader) {
    QPdfWriter writer(m_folder.path(QStringLiteral("layout.pdf")));
    writer.setResolution(600);
    writer.setPageLayout(reportPageLayout(QPageSize::Letter));
    const ReportStyle style(writer);
    const QSizeF area(writer.width(), writer.height());
    const ReportDocument document =
        TierReportLayout(m_report, style, area, QStringLiteral("report")).layout();
    ASSERT_GE(document.pages.size(), 6u);
    const qreal bottom = area.height() - TierReportLayout::footerHeight(style);
    const qreal tolerance = style.points(0.5);
    int headerRepeats = 0;
    for (std::size_t p = 0; p < document.pages.size(); ++p) {
        const ReportPage& page = document.pages[p];
        for (const ReportText& text : page.texts) {
            const qreal right = text.baseline.x() + style.advance(text.font, text.text);
            EXPECT_GE(text.baseline.x(), -tolerance) << text.text.toStdString();
            EXPECT_LE(right, area.width() + tolerance)
                << "page " << p + 1 << ": " << text.text.toStdString();
            EXPECT_LE(text.baseline.y(), bottom + tolerance) << text.text.toStdString();
        }
        for (const ReportBox& box : page.boxes) {
            EXPECT_LE(box.rect.right(), area.width() + tolerance);
            EXPECT_LE(box.rect.bottom(), bottom + tolerance);
        }
        const bool continued = std::any_of(page.texts.begin(), page.texts.end(), [](const auto& t) {
            return t.text == QStringLiteral("Tier 3 (continued)");
        });
        if (continued) {
            ++headerRepeats;
            EXPECT_TRUE(
                std::any_of(page.texts.begin(), page.texts.end(),
                            [](const auto& t) { return t.text == QStringLiteral("Target date"); }))
                << "page " << p + 1 << " repeats the header";
        }
    }
    EXPECT_GE(headerRepeats, 2);
}

TEST_F(TierReportPdf, AnEmptyQuarterIsRefusedAndNothingIsWritten) {
    const auto empty =
        launches::computeTierReport(*m_workspace, Quarter{2030, 1}, Date{2026, 11, 23});
    const QString path = m_folder.path(QStringLiteral("empty.pdf"));
    const auto result = writeTierReportPdf(empty, path, {});
    EXPECT_FALSE(result.ok);
    EXPECT_EQ(result.error, QStringLiteral("No launches in 2030-Q1: nothing to report"));
    EXPECT_FALSE(QFileInfo::exists(path));
}

TEST_F(TierReportPdf, AFailedExportLeavesNoFileAndKeepsAnExistingOne) {
    const QString missing = m_folder.path(QStringLiteral("no such folder/tiers.pdf"));
    const auto result = writeTierReportPdf(m_report, missing, {});
    EXPECT_FALSE(result.ok);
    EXPECT_TRUE(result.error.contains(QStringLiteral("does not exist")))
        << result.error.toStdString();
    EXPECT_FALSE(QFileInfo::exists(missing));

    // An existing file stays as it was when the new report cannot be written...
    const QString existing = m_folder.path(QStringLiteral("existing.pdf"));
    {
        QFile file(existing);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("the previous report");
    }
    const auto empty =
        launches::computeTierReport(*m_workspace, Quarter{2030, 1}, Date{2026, 11, 23});
    EXPECT_FALSE(writeTierReportPdf(empty, existing, {}).ok);
    EXPECT_EQ(uitest::fileBytes(existing), QByteArray("the previous report"));
    // ... and is replaced whole when it can.
    ASSERT_TRUE(writeTierReportPdf(m_report, existing, {}).ok);
    EXPECT_TRUE(uitest::fileBytes(existing).startsWith("%PDF-"));
    EXPECT_EQ(QDir(m_folder.path(QString()))
                  .entryList(QDir::Files | QDir::Hidden)
                  .filter(QStringLiteral("existing")),
              QStringList{QStringLiteral("existing.pdf")});

    // A folder nobody can create files in, not even root.
    const auto proc = writeTierReportPdf(m_report, QStringLiteral("/proc/tiers.pdf"), {});
    EXPECT_FALSE(proc.ok);
    EXPECT_TRUE(proc.error.startsWith(QStringLiteral("Cannot write /proc/tiers.pdf")))
        << proc.error.toStdString();
    EXPECT_FALSE(QFileInfo::exists(QStringLiteral("/proc/tiers.pdf")));

    // A read-only folder (permissions do not bind root).
    if (::geteuid() != 0) {
        const QString locked = m_folder.path(QStringLiteral("locked"));
        ASSERT_TRUE(QDir().mkpath(locked));
        QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        const auto denied = writeTierReportPdf(m_report, locked + QStringLiteral("/tiers.pdf"), {});
        EXPECT_FALSE(denied.ok);
        EXPECT_TRUE(QDir(locked)
                        .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)
                        .isEmpty());
        QFile::setPermissions(
            locked, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
}

}  // namespace
}  // namespace pmm::ui
