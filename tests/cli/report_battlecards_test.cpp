// `report battlecards` as a user runs it: the real binary on a demo workspace, the PDF read
// back with pdftotext and pdfinfo, the workspace left untouched; names matched ignoring case;
// every error with its exit code, one line on stderr and no file written.
#include <gtest/gtest.h>

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <map>
#include <set>

#include "battlecards/sales_view.h"
#include "cli_support.h"
#include "pdf_support.h"
#include "storage/battlecard_reader.h"
#include "storage/battlecard_store.h"
#include "storage/catalog.h"
#include "storage/workspace.h"

namespace {

namespace fs = std::filesystem;
using pmm::test::fileBytes;
using pmm::test::lines;
using pmm::test::pdfText;
using pmm::test::runWorkbench;

class ReportBattlecards : public ::testing::Test {
protected:
    void SetUp() override {
        m_workspace = path("demo.pmmw");
        const auto demo =
            runWorkbench({QStringLiteral("demo"), QStringLiteral("--workspace"), m_workspace});
        ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
        auto workspace = pmm::storage::Workspace::open(m_workspace.toStdString());
        m_rows = pmm::storage::BattlecardStore(*workspace).rows();
        ASSERT_GE(m_rows.size(), 4u);
        // A competitor without cards, for the "no battlecards" error.
        pmm::catalog::Competitor lonely;
        lonely.name = "Lonely Corp";
        pmm::catalog::Catalog(*workspace).competitors.add(lonely);
    }

    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    pmm::test::ProcessResult report(const QStringList& extra) {
        return runWorkbench(QStringList{QStringLiteral("report"), QStringLiteral("battlecards"),
                                        QStringLiteral("--workspace"), m_workspace} +
                            extra);
    }

    // One line on stderr with `part` in it, the exit code, and no file beside the workspace.
    void expectRefused(const pmm::test::ProcessResult& result, int exitCode, const QString& part) {
        EXPECT_EQ(result.exitCode, exitCode) << result.err.toStdString();
        EXPECT_EQ(lines(result.err).size(), 1) << result.err.toStdString();
        EXPECT_TRUE(result.err.contains(part)) << result.err.toStdString();
        const QStringList files = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden);
        EXPECT_EQ(files.filter(QRegularExpression(QStringLiteral("^demo\\.pmmw(-wal|-shm)?$"))),
                  files);
    }

    std::map<std::string, int> cardsPer(std::string pmm::battlecards::BattlecardRow::*name) const {
        std::map<std::string, int> counts;
        for (const auto& row : m_rows) {
            ++counts[row.*name];
        }
        return counts;
    }

    QTemporaryDir m_dir;
    QString m_workspace;
    std::vector<pmm::battlecards::BattlecardRow> m_rows;
};

TEST_F(ReportBattlecards, WithoutAFilterEveryCardIsPrintedAndTheWorkspaceLeftAlone) {
    const QByteArray before = fileBytes(m_workspace.toStdString());
    const QString output = path("all.pdf");
    const auto result = report({QStringLiteral("--output"), output, QStringLiteral("--page-size"),
                                QStringLiteral("Letter")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.err.isEmpty()) << result.err.toStdString();
    const int pages = pmm::test::pdfInfo(output, QStringLiteral("Pages")).toInt();
    EXPECT_GE(pages, static_cast<int>(m_rows.size()));
    EXPECT_EQ(result.out, QStringLiteral("Wrote Battlecards to %1: %2 cards, %3 pages (Letter).\n")
                              .arg(output)
                              .arg(m_rows.size())
                              .arg(pages));
    EXPECT_EQ(fileBytes(m_workspace.toStdString()), before);
}

TEST_F(ReportBattlecards, ACompetitorIsMatchedIgnoringCaseAndGetsOnlyItsCards) {
    const auto counts = cardsPer(&pmm::battlecards::BattlecardRow::competitor);
    const auto& [competitor, cards] = *counts.begin();
    const QString output = path("competitor.pdf");
    const auto result =
        report({QStringLiteral("--competitor"), QString::fromStdString(competitor).toUpper(),
                QStringLiteral("--output"), output});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral(": %1 card").arg(cards)))
        << result.out.toStdString();
    const QString text = pdfText(output);
    // Each card starts with its label and "vs. NAME" over its owner; continued pages differ.
    EXPECT_EQ(text.count(QStringLiteral("BATTLECARD \u00b7 ")), cards) << text.toStdString();
    EXPECT_EQ(text.count(QStringLiteral("vs. %1 Owner: ").arg(QString::fromStdString(competitor))),
              cards)
        << text.toStdString();
}

TEST_F(ReportBattlecards, OneCardLeavesItsInternalOnlyLinesOut) {
    auto workspace = pmm::storage::Workspace::open(m_workspace.toStdString());
    // A card with internal-only lines whose text no line for Sales repeats.
    for (const auto& row : m_rows) {
        const auto content = pmm::storage::readContent(workspace->handle(), row.id);
        const auto sales = pmm::battlecards::salesView(content);
        std::set<std::string> shown;
        for (const auto& point : sales.whyWeLose) {
            shown.insert(point.text);
        }
        std::vector<std::string> hidden;
        for (const auto& point : content.whyWeLose) {
            if (point.internalOnly && !shown.count(point.text)) {
                hidden.push_back(point.text);
            }
        }
        if (hidden.empty()) {
            continue;
        }
        workspace.reset();
        const QString output = path("card.pdf");
        const auto result =
            report({QStringLiteral("--competitor"), QString::fromStdString(row.competitor),
                    QStringLiteral("--segment"), QString::fromStdString(row.segment).toLower(),
                    QStringLiteral("--output"), output});
        ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
        EXPECT_TRUE(result.out.contains(QStringLiteral(": 1 card, "))) << result.out.toStdString();
        const QString text = pdfText(output);
        EXPECT_TRUE(text.contains(QStringLiteral("Angle decision tree"))) << text.toStdString();
        EXPECT_TRUE(text.contains(QStringLiteral("Objection handling"))) << text.toStdString();
        for (const std::string& line : hidden) {
            EXPECT_FALSE(text.contains(QString::fromStdString(line).simplified())) << line;
        }
        return;
    }
    FAIL() << "the demo has no card with an internal-only reason we lose";
}

TEST_F(ReportBattlecards, NamesThatMatchNothingExitOneWithOneLine) {
    const QString output = path("none.pdf");
    expectRefused(report({QStringLiteral("--competitor"), QStringLiteral("lonely corp"),
                          QStringLiteral("--output"), output}),
                  1, QStringLiteral("no battlecards for competitor 'Lonely Corp'"));
    const std::string competitor = m_rows.front().competitor;
    const QString typo = QString::fromStdString(competitor).chopped(1) + QStringLiteral("x");
    expectRefused(
        report({QStringLiteral("--competitor"), typo, QStringLiteral("--output"), output}), 1,
        QStringLiteral("unknown competitor '%1' (did you mean '%2'")
            .arg(typo, QString::fromStdString(competitor)));
    expectRefused(report({QStringLiteral("--segment"), QStringLiteral("Nowhere"),
                          QStringLiteral("--output"), output}),
                  1, QStringLiteral("unknown segment 'Nowhere'"));
}

TEST_F(ReportBattlecards, OutputProblemsExitOneAndWriteNothing) {
    const QByteArray before = fileBytes(m_workspace.toStdString());
    expectRefused(report({QStringLiteral("--output"), m_workspace}), 1,
                  QStringLiteral("is the workspace itself"));
    EXPECT_EQ(fileBytes(m_workspace.toStdString()), before);
    const QString missing = path("missing/cards.pdf");
    expectRefused(report({QStringLiteral("--output"), missing}), 1,
                  QStringLiteral("does not exist"));
    EXPECT_FALSE(QFileInfo::exists(missing));
}

TEST_F(ReportBattlecards, UsageErrorsExitTwoAndHelpDocumentsTheKind) {
    const QString output = path("usage.pdf");
    expectRefused(report({QStringLiteral("--competitor"), QStringLiteral(" "),
                          QStringLiteral("--output"), output}),
                  2, QStringLiteral("--competitor needs a name"));
    expectRefused(report({QStringLiteral("--quarter"), QStringLiteral("2026-Q3"),
                          QStringLiteral("--output"), output}),
                  2, QStringLiteral("--quarter does not apply to 'report battlecards'"));
    expectRefused(report({}), 2, QStringLiteral("--output"));
    const auto help = runWorkbench({QStringLiteral("report"), QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(
        help.out.contains(QStringLiteral("report battlecards --workspace FILE "
                                         "[--competitor NAME] [--segment NAME]")))
        << help.out.toStdString();
    EXPECT_TRUE(help.out.contains(QStringLiteral("Internal-only lines are left out")));
}

}  // namespace
