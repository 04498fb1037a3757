// `report skills` as a user runs it: the real binary on a demo workspace writes the team's
// matrix or one person's promotion packet, read back with pdftotext; a person is found by
// name whatever its case; an unknown, ambiguous or missing name, an empty workspace and an
// unwritable output each exit 1 with one line on stderr and write nothing.
#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <functional>
#include <memory>

#include "cli_support.h"
#include "pdf_support.h"
#include "storage/catalog.h"
#include "storage/skills_assessment_store.h"
#include "storage/skills_report.h"
#include "storage/workspace.h"

namespace {

namespace fs = std::filesystem;
using pmm::test::fileBytes;
using pmm::test::lines;
using pmm::test::pdfText;
using pmm::test::runWorkbench;

QString pageSize(const QString& path) {
    return pmm::test::pdfInfo(path, QStringLiteral("Page size"));
}

std::unique_ptr<pmm::storage::Workspace> openReadOnly(const QString& path) {
    pmm::storage::OpenOptions options;
    options.mode = pmm::storage::OpenMode::ReadOnly;
    return pmm::storage::Workspace::open(path.toStdString(), options);
}

// One demo for the whole suite: every report opens it read-only.
class ReportSkills : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        s_dir = new QTemporaryDir;
        s_workspace = s_dir->filePath(QStringLiteral("demo.pmmw"));
        const auto demo =
            runWorkbench({QStringLiteral("demo"), QStringLiteral("--workspace"), s_workspace});
        ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
        const auto workspace = openReadOnly(s_workspace);
        s_matrix = new pmm::team::SkillsMatrixReport(
            pmm::team::computeSkillsMatrixReport(*workspace, {2026, 11, 24}));
    }
    static void TearDownTestSuite() {
        delete s_matrix;
        delete s_dir;
    }

    QString output(const char* name) const { return m_out.filePath(QString::fromLatin1(name)); }

    static pmm::test::ProcessResult report(const QStringList& extra,
                                           const QString& workspace = s_workspace) {
        return runWorkbench(QStringList{QStringLiteral("report"), QStringLiteral("skills"),
                                        QStringLiteral("--workspace"), workspace} +
                            extra);
    }

    // The first person of the demo whose readiness row matches.
    static QString personWhere(const std::function<bool(const pmm::team::TeamReadinessRow&)>& is) {
        for (const auto& row : s_matrix->readiness) {
            if (is(row)) {
                return QString::fromStdString(row.person);
            }
        }
        ADD_FAILURE() << "no such person in the demo";
        return {};
    }

    // Exit code, one line on stderr holding `part`, and nothing in the output folder.
    void expectRefused(const pmm::test::ProcessResult& result, int exitCode, const QString& part) {
        EXPECT_EQ(result.exitCode, exitCode) << result.err.toStdString();
        EXPECT_EQ(lines(result.err).size(), 1) << result.err.toStdString();
        EXPECT_TRUE(result.err.startsWith(QStringLiteral("pmm-workbench report")))
            << result.err.toStdString();
        EXPECT_TRUE(result.err.contains(part)) << result.err.toStdString();
        EXPECT_TRUE(QDir(m_out.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }

    static inline QTemporaryDir* s_dir = nullptr;
    static inline QString s_workspace;
    static inline pmm::team::SkillsMatrixReport* s_matrix = nullptr;
    QTemporaryDir m_out;
};

TEST_F(ReportSkills, TheMatrixHasEveryPersonAndLeavesTheWorkspaceAlone) {
    const QByteArray before = fileBytes(s_workspace.toStdString());
    const QString pdf = output("matrix.pdf");
    const auto result = report(
        {QStringLiteral("--output"), pdf, QStringLiteral("--page-size"), QStringLiteral("A4")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.err.isEmpty()) << result.err.toStdString();
    EXPECT_TRUE(result.out.startsWith(QStringLiteral("Wrote the skills matrix to ")));
    EXPECT_TRUE(result.out.contains(QStringLiteral("(A4, landscape)")));
    EXPECT_EQ(fileBytes(s_workspace.toStdString()), before);
    EXPECT_TRUE(pageSize(pdf).startsWith(QStringLiteral("842 x 595")));

    const QString text = pdfText(pdf);
    ASSERT_GE(s_matrix->grid.rows.size(), 5u);
    for (const auto& row : s_matrix->grid.rows) {
        EXPECT_TRUE(text.contains(QString::fromStdString(row.person))) << row.person;
        EXPECT_TRUE(text.contains(QString::fromStdString(row.level))) << row.level;
    }
    for (const char* part :
         {"READINESS FOR PROMOTION", "Ready", "Gap:", "At their level", "demo \u00b7 "}) {
        EXPECT_TRUE(text.contains(QString::fromUtf8(part))) << part;
    }
}

TEST_F(ReportSkills, ThePacketOfTheReadyPersonFoundByNameInAnyCase) {
    const QString name = personWhere([](const auto& row) { return row.ready; });
    const QString pdf = output("ready.pdf");
    const auto result = report({QStringLiteral("--person"), QStringLiteral("  ") + name.toUpper(),
                                QStringLiteral("--output"), pdf});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(
        result.out.startsWith(QStringLiteral("Wrote the promotion packet of %1 to ").arg(name)))
        << result.out.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral(", ready for ")));
    const QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains(name));
    EXPECT_TRUE(text.contains(QStringLiteral("Ready for ")));
    EXPECT_TRUE(text.contains(QStringLiteral("Meets")));

    // The person's own evidence, as the assessor wrote it.
    const auto workspace = openReadOnly(s_workspace);
    const auto people = pmm::catalog::Catalog(*workspace).people.list();
    const auto person = std::find_if(people.begin(), people.end(), [&](const auto& p) {
        return QString::fromStdString(p.name) == name;
    });
    ASSERT_NE(person, people.end());
    const auto packet = pmm::team::computePromotionPacket(*workspace, person->id, {2026, 11, 24});
    ASSERT_TRUE(packet);
    const auto& newest = packet->evidence.front().entries.back();
    EXPECT_TRUE(text.contains(QString::fromStdString(newest.evidence))) << newest.evidence;
    EXPECT_TRUE(text.contains(
        QString::fromStdString(packet->readiness.competencies.front().nextLevelExpectation)));
}

TEST_F(ReportSkills, ThePacketOfAPersonWithGapsListsThem) {
    const QString name = personWhere([](const auto& row) { return !row.gaps.empty(); });
    const QString pdf = output("gaps.pdf");
    const auto result = report({QStringLiteral("--person"), name, QStringLiteral("--output"), pdf,
                                QStringLiteral("--page-size"), QStringLiteral("Letter")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral(", not ready for ")));
    EXPECT_TRUE(pageSize(pdf).startsWith(QStringLiteral("612 x 792")));
    const QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains(QStringLiteral("Not ready for ")));
    EXPECT_TRUE(text.contains(QStringLiteral("GAPS TO CLOSE")));
    EXPECT_TRUE(text.contains(QStringLiteral(": gap \u2014 demonstrated ")));
    EXPECT_TRUE(text.contains(QStringLiteral("Evidence over time"), Qt::CaseInsensitive));
}

TEST_F(ReportSkills, AnUnknownPersonIsRefusedWithCloseNames) {
    const QString name = QString::fromStdString(s_matrix->grid.rows.front().person);
    const QString typo = name.left(name.size() - 1);  // the last letter missed
    expectRefused(
        report({QStringLiteral("--person"), typo, QStringLiteral("--output"), output("typo.pdf")}),
        1, QStringLiteral("no person called '%1' in this workspace; did you mean").arg(typo));
    const auto result =
        report({QStringLiteral("--person"), typo, QStringLiteral("--output"), output("typo.pdf")});
    EXPECT_TRUE(result.err.contains(QStringLiteral("'%1'").arg(name))) << result.err.toStdString();

    expectRefused(report({QStringLiteral("--person"), QStringLiteral("Zzyzx Quaternion"),
                          QStringLiteral("--output"), output("nobody.pdf")}),
                  1, QStringLiteral("no person called 'Zzyzx Quaternion' in this workspace\n"));
}

TEST_F(ReportSkills, SeveralPeopleOfOneNameAreNamedAndNothingIsWritten) {
    const QString copy = m_out.filePath(QStringLiteral("twins.pmmw"));
    const QString name = QString::fromStdString(s_matrix->grid.rows.front().person);
    openReadOnly(s_workspace)->backupTo(copy.toStdString());
    {
        auto workspace = pmm::storage::Workspace::open(copy.toStdString());
        pmm::catalog::Catalog(*workspace)
            .people.add({0, "", name.toLower().toStdString(), "twin@example.com", 1, std::nullopt});
    }
    QTemporaryDir out;
    const QString pdf = out.filePath(QStringLiteral("twins.pdf"));
    const auto result =
        report({QStringLiteral("--person"), name, QStringLiteral("--output"), pdf}, copy);
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_EQ(lines(result.err).size(), 1) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(QStringLiteral("2 people are called '%1'").arg(name)))
        << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(
        QStringLiteral("%1 (Junior PMM, twin@example.com)").arg(name.toLower())))
        << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(QStringLiteral("give the email of the one you mean")));
    EXPECT_FALSE(QFileInfo::exists(pdf));

    // The email tells them apart.
    const auto byEmail = report({QStringLiteral("--person"), QStringLiteral("TWIN@example.com"),
                                 QStringLiteral("--output"), pdf},
                                copy);
    ASSERT_EQ(byEmail.exitCode, 0) << byEmail.err.toStdString();
    const QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains(name.toLower())) << "the twin's packet";
    EXPECT_TRUE(text.contains(QStringLiteral("Junior PMM \u2192 PMM")));
}

TEST_F(ReportSkills, AnEmptyWorkspaceHasNothingToReport) {
    const QString empty = m_out.filePath(QStringLiteral("empty.pmmw"));
    ASSERT_EQ(runWorkbench({QStringLiteral("init"), QStringLiteral("--workspace"), empty}).exitCode,
              0);
    QTemporaryDir out;
    const QString pdf = out.filePath(QStringLiteral("empty.pdf"));
    for (const QStringList& extra :
         {QStringList{QStringLiteral("--output"), pdf},
          QStringList{QStringLiteral("--person"), QStringLiteral("Anyone"),
                      QStringLiteral("--output"), pdf}}) {
        const auto result = report(extra, empty);
        EXPECT_EQ(result.exitCode, 1);
        EXPECT_EQ(result.err.trimmed(),
                  QStringLiteral("pmm-workbench report: No people in this workspace: nothing to "
                                 "report"));
        EXPECT_FALSE(QFileInfo::exists(pdf));
    }
}

TEST_F(ReportSkills, AnUnwritableOutputWritesNothingAndKeepsAnExistingFile) {
    expectRefused(report({QStringLiteral("--output"), output("no such folder/matrix.pdf")}), 1,
                  QStringLiteral("does not exist"));
    expectRefused(report({QStringLiteral("--output"), QStringLiteral("/proc/matrix.pdf")}), 1,
                  QStringLiteral("Cannot write /proc/matrix.pdf"));
    EXPECT_FALSE(QFileInfo::exists(QStringLiteral("/proc/matrix.pdf")));
    expectRefused(report({QStringLiteral("--output"), s_workspace}), 1,
                  QStringLiteral("is the workspace itself"));

    const QString existing = output("existing.pdf");
    pmm::test::writeBytes(existing.toStdString(), "last review's packet");
    const auto result = report({QStringLiteral("--person"), QStringLiteral("Zzyzx"),
                                QStringLiteral("--output"), existing});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_EQ(fileBytes(existing.toStdString()), QByteArray("last review's packet"));
}

TEST_F(ReportSkills, UsageErrorsExitTwo) {
    expectRefused(report({QStringLiteral("--person"), QStringLiteral(" "),
                          QStringLiteral("--output"), output("x.pdf")}),
                  2, QStringLiteral("--person needs a name"));
    expectRefused(report({QStringLiteral("--quarter"), QStringLiteral("2026-Q3"),
                          QStringLiteral("--output"), output("x.pdf")}),
                  2, QStringLiteral("--quarter does not apply to 'report skills'"));
    expectRefused(report({}), 2, QStringLiteral("--output is required"));
    expectRefused(report({QStringLiteral("--output"), output("x.pdf"),
                          QStringLiteral("--page-size"), QStringLiteral("A3")}),
                  2, QStringLiteral("unknown page size 'A3'"));
    // --person is only for skills.
    expectRefused(
        runWorkbench({QStringLiteral("report"), QStringLiteral("tiers"),
                      QStringLiteral("--workspace"), s_workspace, QStringLiteral("--quarter"),
                      QStringLiteral("2026-Q3"), QStringLiteral("--person"), QStringLiteral("Maya"),
                      QStringLiteral("--output"), output("x.pdf")}),
        2, QStringLiteral("--person does not apply to 'report tiers'"));
}

TEST_F(ReportSkills, HelpDocumentsTheSkillsReport) {
    const auto help = runWorkbench({QStringLiteral("report"), QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    for (const char* part : {"report skills --workspace FILE [--person NAME] --output FILE.pdf",
                             "--person NAME", "promotion packet", "skills matrix"}) {
        EXPECT_TRUE(help.out.contains(QString::fromLatin1(part))) << part;
    }
    const auto overview = runWorkbench({QStringLiteral("--help")});
    EXPECT_TRUE(overview.out.contains(QStringLiteral("pmm-workbench report skills --workspace")));
}

}  // namespace
