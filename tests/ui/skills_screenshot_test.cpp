// Pictures of the skills views to look at: set PMM_UI_SCREENSHOT_DIR to a folder and run
//   pmm_ui_tests --gtest_filter='SkillsScreenshots.*'
// The demo workspace: the grid with a person's growth path, the assessment dialog with a
// suggestion attached, and the framework editor, in the light and a dark palette.
#include <gtest/gtest.h>

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QStyle>
#include <QStyleFactory>
#include <QTabWidget>

#include "app/main_window.h"
#include "app/workspace_session.h"
#include "screenshot_support.h"
#include "skills/assessment_dialog.h"
#include "skills/evidence_suggestion_box.h"
#include "skills/growth_path_pane.h"
#include "skills/skills_framework_dialog.h"
#include "skills/skills_matrix_page.h"
#include "storage/catalog.h"
#include "storage/skills_framework_store.h"
#include "storage/skills_views.h"
#include "team/catalog_section.h"
#include "ui_test_support.h"

namespace pmm::ui {
namespace {

using uitest::save;

class SkillsScreenshots : public ::testing::Test {
protected:
    void SetUp() override { QDir().mkpath(uitest::shotFolder()); }

    // Someone below the top with gaps and a history: the growth path has something to say.
    std::int64_t personWithGaps() {
        storage::Workspace& workspace = session.workspace();
        for (const auto& person : session.catalog().people.list()) {
            const auto readiness = storage::promotionReadinessOf(workspace, person.id);
            if (readiness && readiness->nextLevel && !readiness->ready &&
                readiness->requiredMet > 0 && !readiness->requiredGaps().empty()) {
                return person.id;
            }
        }
        return session.catalog().people.list().front().id;
    }

    void shoot(MainWindow& window, const QString& prefix) {
        window.showSection(static_cast<int>(window.sections().indexOf(window.catalogSection())));
        window.catalogSection()->tabs()->setCurrentWidget(window.skillsPage());
        SkillsMatrixPage& page = *window.skillsPage();
        const std::int64_t person = personWithGaps();
        ASSERT_TRUE(page.showPerson(person));
        save(window, prefix + QStringLiteral("skills-grid-growth.png"));
        page.growthPath()->tabs()->setCurrentIndex(1);
        save(window, prefix + QStringLiteral("skills-timeline.png"));
        page.growthPath()->tabs()->setCurrentIndex(0);

        const auto competencies = storage::SkillsFrameworkStore(session.workspace()).competencies();
        AssessmentDialog* dialog = page.assess(person, competencies.at(1).id);
        ASSERT_NE(dialog, nullptr);
        dialog->dateEdit()->setDate(QDate(2026, 9, 30));
        dialog->suggestions()->fromEdit()->setDate(QDate(2026, 1, 1));
        save(*dialog, prefix + QStringLiteral("skills-assess-empty.png"));
        dialog->demonstratedBox()->setCurrentIndex(2);
        dialog->evidenceEdit()->setPlainText(
            QStringLiteral("Ran the spring launch review with sales; the <b>deck</b> is reused."));
        if (dialog->suggestions()->list()->count() > 0) {
            dialog->suggestions()->setAttached(0, true);
        }
        save(*dialog, prefix + QStringLiteral("skills-assess.png"));
        dialog->reject();

        SkillsFrameworkDialog* framework = window.openSkillsFramework();
        ASSERT_NE(framework, nullptr);
        framework->selectCompetency(1);
        save(*framework, prefix + QStringLiteral("skills-framework.png"));
        framework->close();
    }

    uitest::TempFolder folder;
    uitest::RecordingFeedback feedback;
    WorkspaceSession session;
};

TEST_F(SkillsScreenshots, Light) {
    MainWindow window(session, feedback);
    window.resize(1440, 900);
    window.show();
    ASSERT_TRUE(window.openWorkspace(folder.demoWorkspace()));
    shoot(window, QString());
    EXPECT_TRUE(feedback.errors.isEmpty()) << feedback.errors.join(u'\n').toStdString();
}

TEST_F(SkillsScreenshots, DarkFusion) {
    const QString styleName = QApplication::style()->name();
    const QPalette previous = QApplication::palette();
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(uitest::darkPalette());
    {
        MainWindow window(session, feedback);
        window.resize(1440, 900);
        window.show();
        ASSERT_TRUE(window.openWorkspace(folder.demoWorkspace()));
        shoot(window, QStringLiteral("dark-"));
    }
    QApplication::setStyle(QStyleFactory::create(styleName));
    QApplication::setPalette(previous);
    EXPECT_TRUE(feedback.errors.isEmpty()) << feedback.errors.join(u'\n').toStdString();
}

}  // namespace
}  // namespace pmm::ui
