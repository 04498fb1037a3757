// The skills matrix and the promotion packet read back as a reader would: pdftotext finds the
// names, levels, expectation texts, meets / gap words and a person's evidence with its linked
// work; user text prints literally (never as markup); the matrix fits landscape and portrait
// (splitting competencies into several grids when they do not fit side by side), nothing is
// laid out outside the page, and a failed export leaves no file.
#include <gtest/gtest.h>

#include <QDir>
#include <QPdfWriter>
#include <QRegularExpression>

#include <memory>

#include "pdf_support.h"
#include "reports/report_page_size.h"
#include "reports/report_style.h"
#include "reports/skills_report_matrix_layout.h"
#include "reports/skills_report_packet_layout.h"
#include "reports/skills_report_pdf.h"
#include "screenshot_support.h"
#include "storage/catalog.h"
#include "storage/skills_assessment_store.h"
#include "storage/skills_framework_store.h"
#include "storage/skills_report.h"
#include "storage/workspace.h"
#include "ui_test_support.h"

namespace pmm::ui {
namespace {

using uitest::pdfInfo;
using uitest::pdfText;

const std::string kMarkupName = "Sam <b>&amp;";
const std::string kEvidence = "Rewrote the <i>pricing</i> page after 12 win/loss calls";
const std::string kLaunch = "Ledger Cloud GA & <Beta>";

// A team made by hand: Maya ready for Senior PMM, Sam with gaps (a name full of markup,
// evidence linking a launch), Grace the manager never assessed, Priya at the top.
class SkillsReportPdf : public ::testing::Test {
protected:
    void SetUp() override {
        m_workspace =
            storage::Workspace::create(m_folder.path(QStringLiteral("team.pmmw")).toStdString());
        catalog::Catalog catalog(*m_workspace);
        m_grace = catalog.people.add({0, "", "Grace Lindqvist", "", 4, {}}).id;
        m_maya = catalog.people.add({0, "", "Maya Okafor", "", 2, m_grace}).id;
        m_sam = catalog.people.add({0, "", kMarkupName, "", 3, m_grace}).id;
        m_priya = catalog.people.add({0, "", "Priya Raman", "", 5, {}}).id;
        storage::SkillsAssessmentStore store(*m_workspace);
        m_competencies = storage::SkillsFrameworkStore(*m_workspace).competencies();
        for (const team::Competency& competency : m_competencies) {
            store.add(assessment(m_maya, competency.id, "2026-03-12", 2, "Steady work"));
            store.add(assessment(m_maya, competency.id, "2026-09-10", 3, "Led the review"));
            store.add(assessment(m_priya, competency.id, "2026-09-10", 5, "Sets direction"));
            team::Assessment sam =
                assessment(m_sam, competency.id, "2026-09-11", competency.position <= 3 ? 2 : 4,
                           competency.position == 1 ? kEvidence : "Solid quarter");
            if (competency.position == 1) {
                sam.links.push_back({"launch", "44444444-4444-4444-8444-444444444444", kLaunch});
            }
            store.add(sam);
        }
        m_matrix = team::computeSkillsMatrixReport(*m_workspace, {2026, 11, 24});
        m_packet = *team::computePromotionPacket(*m_workspace, m_sam, {2026, 11, 24});
    }

    team::Assessment assessment(std::int64_t person, std::int64_t competency, const char* on,
                                int level, const std::string& evidence) const {
        team::Assessment a;
        a.personId = person;
        a.competencyId = competency;
        a.assessedOn = on;
        a.demonstratedLevel = level;
        a.assessorId = m_grace;
        a.evidence = evidence;
        return a;
    }

    SkillsReportPdfOptions options(QPageSize::PageSizeId size = QPageSize::A4,
                                   QPageLayout::Orientation orientation = QPageLayout::Landscape) {
        return {size, orientation, QStringLiteral("team")};
    }

    uitest::TempFolder m_folder;
    std::unique_ptr<storage::Workspace> m_workspace;
    std::int64_t m_grace = 0;
    std::int64_t m_maya = 0;
    std::int64_t m_sam = 0;
    std::int64_t m_priya = 0;
    std::vector<team::Competency> m_competencies;
    team::SkillsMatrixReport m_matrix;
    team::PromotionPacket m_packet;
};

TEST_F(SkillsReportPdf, TheMatrixNamesEveryPersonTheirLevelsAndWhoIsReady) {
    // Kept with the screenshots, to look at as pictures.
    const QString path = QDir(uitest::shotFolder()).filePath(QStringLiteral("skills-matrix.pdf"));
    const ReportPdfFileResult result = writeSkillsMatrixPdf(m_matrix, path, options());
    ASSERT_TRUE(result.ok) << result.error.toStdString();
    EXPECT_EQ(result.pages, pdfInfo(path, QStringLiteral("Pages")).toInt());
    EXPECT_TRUE(pdfInfo(path, QStringLiteral("Page size")).startsWith(QStringLiteral("842 x 595")))
        << "A4 landscape";
    const QString text = pdfText(path);
    for (const char* part :
         {"Skills matrix", "Maya Okafor", "Grace Lindqvist", "Priya Raman", "PMM \u2192 Senior PMM",
          "Senior PMM \u2192 Staff PMM", "Principal PMM (top level)", "Positioning and messaging",
          "Coaching", "At the next level or above", "Below their level", "Not assessed",
          "READINESS FOR PROMOTION", "Ready",
          "Gap: Positioning and messaging, Launch execution, "
          "Sales enablement.",
          "1 ready for promotion", "Page 1 of", "team \u00b7 2026-11-24"}) {
        EXPECT_TRUE(text.contains(QString::fromUtf8(part))) << part;
    }
    // Markup in a name is printed as typed.
    EXPECT_TRUE(text.contains(QString::fromStdString(kMarkupName)));
    // Every competency name is whole on the page (headers break at spaces and hyphens only).
    for (const team::Competency& competency : m_competencies) {
        for (const QString& word : QString::fromStdString(competency.name)
                                       .split(QRegularExpression(QStringLiteral("[ -]")))) {
            EXPECT_TRUE(text.contains(word)) << competency.name;
        }
    }
}

TEST_F(SkillsReportPdf, ThePacketHasExpectationsMeetsAndGapsAndTheEvidence) {
    const QString path = QDir(uitest::shotFolder()).filePath(QStringLiteral("skills-packet.pdf"));
    const ReportPdfFileResult result =
        writePromotionPacketPdf(m_packet, path, options(QPageSize::Letter));
    ASSERT_TRUE(result.ok) << result.error.toStdString();
    EXPECT_TRUE(pdfInfo(path, QStringLiteral("Page size")).startsWith(QStringLiteral("612 x 792")))
        << "a packet is portrait";
    const QString text = pdfText(path);
    ASSERT_FALSE(m_packet.readiness.competencies.empty());
    const QString expectation =
        QString::fromStdString(m_packet.readiness.competencies.front().nextLevelExpectation);
    ASSERT_FALSE(expectation.isEmpty());
    for (const QString& part :
         {QString::fromStdString(kMarkupName), QStringLiteral("Senior PMM \u2192 Staff PMM"),
          QStringLiteral("Not ready for Staff PMM yet: 6 of 9 required competencies meet it"),
          QStringLiteral("GAPS TO CLOSE"), QStringLiteral("Positioning and messaging: gap"),
          QStringLiteral("Meets"), QStringLiteral("Gap"), expectation,
          QStringLiteral("Demonstrated PMM on 2026-09-11, assessed by Grace Lindqvist"),
          QStringLiteral("EVIDENCE OVER TIME"), QString::fromStdString(kEvidence),
          QStringLiteral("Launch: ") + QString::fromStdString(kLaunch),
          QStringLiteral("Promotion packet: ") + QString::fromStdString(kMarkupName)}) {
        EXPECT_TRUE(text.contains(part)) << part.toStdString();
    }
}

TEST_F(SkillsReportPdf, APacketSaysReadyOrTopOfTheLadder) {
    const QString ready = m_folder.path(QStringLiteral("maya.pdf"));
    ASSERT_TRUE(
        writePromotionPacketPdf(*team::computePromotionPacket(*m_workspace, m_maya, {2026, 11, 24}),
                                ready, options())
            .ok);
    const QString readyText = pdfText(ready);
    EXPECT_TRUE(readyText.contains(QStringLiteral("Ready for Senior PMM")));
    EXPECT_TRUE(readyText.contains(QStringLiteral("None: every required competency meets")));
    EXPECT_FALSE(readyText.contains(QStringLiteral("Gap ")));

    const QString top = m_folder.path(QStringLiteral("priya.pdf"));
    ASSERT_TRUE(
        writePromotionPacketPdf(
            *team::computePromotionPacket(*m_workspace, m_priya, {2026, 11, 24}), top, options())
            .ok);
    const QString topText = pdfText(top);
    EXPECT_TRUE(topText.contains(QStringLiteral("Top of the ladder")));
    EXPECT_TRUE(topText.contains(QStringLiteral("Sets direction")));

    const QString never = m_folder.path(QStringLiteral("grace.pdf"));
    ASSERT_TRUE(
        writePromotionPacketPdf(
            *team::computePromotionPacket(*m_workspace, m_grace, {2026, 11, 24}), never, options())
            .ok);
    EXPECT_TRUE(pdfText(never).contains(QStringLiteral("No assessments yet")));
}

// Every piece of text starts and ends inside the page's paint rect, above the footer band.
void expectInside(const ReportDocument& document, const ReportStyle& style, QSizeF area) {
    for (std::size_t p = 0; p < document.pages.size(); ++p) {
        for (const ReportText& text : document.pages[p].texts) {
            EXPECT_GE(text.baseline.x(), -0.5) << text.text.toStdString();
            EXPECT_LE(text.baseline.x() + style.advance(text.font, text.text), area.width() + 0.5)
                << "page " << p + 1 << ": " << text.text.toStdString();
            EXPECT_LE(text.baseline.y(), area.height()) << text.text.toStdString();
        }
        for (const ReportBox& box : document.pages[p].boxes) {
            EXPECT_LE(box.rect.right(), area.width() + 0.5);
        }
    }
}

QStringList textsOf(const ReportDocument& document) {
    QStringList out;
    for (const ReportPage& page : document.pages) {
        for (const ReportText& text : page.texts) {
            out << text.text;
        }
    }
    return out;
}

TEST_F(SkillsReportPdf, TheMatrixFitsA4AndLetterLandscapeInOneGridAndPortraitInTwo) {
    for (const auto& [size, orientation] : {std::pair{QPageSize::A4, QPageLayout::Landscape},
                                            std::pair{QPageSize::Letter, QPageLayout::Landscape},
                                            std::pair{QPageSize::A4, QPageLayout::Portrait},
                                            std::pair{QPageSize::Letter, QPageLayout::Portrait}}) {
        SCOPED_TRACE(QPageSize::name(size).toStdString());
        QPdfWriter writer(m_folder.path(QStringLiteral("layout.pdf")));
        writer.setResolution(600);
        writer.setPageLayout(skillsMatrixPageLayout(size, orientation));
        const ReportStyle style(writer);
        const QSizeF area(writer.width(), writer.height());
        const ReportDocument document =
            SkillsMatrixLayout(m_matrix, style, area, QStringLiteral("team")).layout();
        expectInside(document, style, area);
        const QStringList texts = textsOf(document);
        const bool split = texts.contains(QStringLiteral("Competencies 1\u20135 of 9"));
        EXPECT_EQ(split, orientation == QPageLayout::Portrait);
        if (split) {
            EXPECT_TRUE(texts.contains(QStringLiteral("Competencies 6\u20139 of 9")));
        }
        // Each person appears once per grid and once in the summary.
        EXPECT_EQ(texts.count(QStringLiteral("Maya Okafor")), split ? 3 : 2);
    }
    const QString portrait =
        QDir(uitest::shotFolder()).filePath(QStringLiteral("skills-matrix-portrait.pdf"));
    ASSERT_TRUE(
        writeSkillsMatrixPdf(m_matrix, portrait, options(QPageSize::A4, QPageLayout::Portrait)).ok);
    EXPECT_TRUE(
        pdfInfo(portrait, QStringLiteral("Page size")).startsWith(QStringLiteral("595 x 842")));
    EXPECT_TRUE(pdfText(portrait).contains(QStringLiteral("Competencies 6–9 of 9")));
}

TEST_F(SkillsReportPdf, ThePacketStaysInsideThePage) {
    QPdfWriter writer(m_folder.path(QStringLiteral("layout.pdf")));
    writer.setResolution(600);
    writer.setPageLayout(promotionPacketPageLayout(QPageSize::Letter));
    const ReportStyle style(writer);
    const QSizeF area(writer.width(), writer.height());
    expectInside(SkillsPacketLayout(m_packet, style, area, QStringLiteral("team")).layout(), style,
                 area);
}

TEST_F(SkillsReportPdf, AFailedExportLeavesNoFileAndKeepsAnExistingOne) {
    const QString missing = m_folder.path(QStringLiteral("no folder/matrix.pdf"));
    const ReportPdfFileResult result = writeSkillsMatrixPdf(m_matrix, missing, options());
    EXPECT_FALSE(result.ok);
    EXPECT_TRUE(result.error.contains(QStringLiteral("does not exist")));
    EXPECT_FALSE(QFileInfo::exists(missing));

    auto empty =
        storage::Workspace::create(m_folder.path(QStringLiteral("empty.pmmw")).toStdString());
    const auto nothing = team::computeSkillsMatrixReport(*empty, {2026, 11, 24});
    const QString existing = m_folder.path(QStringLiteral("existing.pdf"));
    {
        QFile file(existing);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("last review's matrix");
    }
    const ReportPdfFileResult refused = writeSkillsMatrixPdf(nothing, existing, options());
    EXPECT_FALSE(refused.ok);
    EXPECT_EQ(refused.error, QStringLiteral("No people in this workspace: nothing to report"));
    EXPECT_EQ(uitest::fileBytes(existing), QByteArray("last review's matrix"));
}

}  // namespace
}  // namespace pmm::ui
