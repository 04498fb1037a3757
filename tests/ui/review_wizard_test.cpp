// The positioning review wizard driven offscreen from a demo failed-deal alert: the pages are
// pre-filled, a refine writes the new statement, ticked cards become refresh required with
// the review as reason, undo takes everything back; keep needs no statement; Next stays
// disabled with a sentence while required input is missing. Screenshots of every page.
#include <gtest/gtest.h>

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QStyle>
#include <QStyleFactory>
#include <QUndoStack>

#include "app/workspace_session.h"
#include "battlecards/battlecard_editor.h"
#include "battlecards/refresh_status.h"
#include "demo/demo_positioning.h"
#include "launches/problem_label.h"
#include "positioning/review_wizard.h"
#include "positioning/review_wizard_pages.h"
#include "screenshot_support.h"
#include "storage/battlecard_store.h"
#include "storage/positioning_reader.h"
#include "storage/positioning_review_store.h"
#include "storage/positioning_statement_store.h"
#include "ui_test_support.h"

namespace pmm::ui {
namespace {

using positioning::PositioningAlert;
using positioning::ReviewDecision;

class ReviewWizardTest : public ::testing::Test {
protected:
    void SetUp() override {
        session.setErrorReporter([this](const QString& message) { errors.append(message); });
        session.open(folder.demoWorkspace());
    }

    void TearDown() override { EXPECT_TRUE(errors.isEmpty()) << errors.join(u'\n').toStdString(); }

    // The demo's seeded loss pattern: deals lost to one competitor for one reason.
    PositioningAlert lossPattern() const {
        const auto facts = storage::readPositioningFacts(session.workspace());
        for (const auto& alert : positioning::failedDealAlerts(
                 facts, storage::readPositioningThresholds(session.workspace()),
                 demo::kDemoDealsEnd)) {
            if (!alert.reason.empty()) {
                return alert;
            }
        }
        ADD_FAILURE() << "the demo has no failed-deal pattern";
        return {};
    }

    static void next(ReviewWizard& wizard) {
        QAbstractButton* button = wizard.button(QWizard::NextButton);
        ASSERT_TRUE(button->isEnabled()) << "Next on page " << wizard.currentId();
        button->click();
    }

    // Page 1 for the demo's deal end, so the last 90 days hold the alert's deals.
    static void startOnDemoDay(ReviewWizard& wizard) {
        wizard.show();
        wizard.scopePage()->dateEdit()->setText(
            QString::fromStdString(toIsoText(demo::kDemoDealsEnd)));
    }

    // Checks the first `count` items of a list, unchecks the rest.
    static void tick(QListWidget* list, int count) {
        for (int row = 0; row < list->count(); ++row) {
            list->item(row)->setCheckState(row < count ? Qt::Checked : Qt::Unchecked);
        }
    }

    uitest::TempFolder folder;
    WorkspaceSession session;
    QStringList errors;
};

TEST_F(ReviewWizardTest, FromAnAlertARefineRecordsEverythingAndUndoTakesItBack) {
    const PositioningAlert alert = lossPattern();
    ReviewWizard wizard(session, alert);
    startOnDemoDay(wizard);
    ReviewScopePage* scope = wizard.scopePage();
    EXPECT_EQ(scope->trigger(), positioning::TriggerKind::FailedDeals);
    EXPECT_EQ(scope->competitorId(), alert.competitorId);
    // A refine needs one statement: choose the product and segment the alert left open.
    scope->productBox()->setCurrentIndex(1);
    scope->segmentBox()->setCurrentIndex(1);
    const auto product = *scope->productId();
    const auto segment = *scope->segmentId();
    next(wizard);

    const QString evidence = wizard.evidencePage()->summaryEdit()->toPlainText();
    EXPECT_TRUE(evidence.contains(QString::fromStdString(alert.sentence)))
        << evidence.toStdString();
    EXPECT_TRUE(evidence.contains(QStringLiteral("Last 90 days"))) << evidence.toStdString();
    EXPECT_TRUE(evidence.contains(QString::fromStdString(alert.reason))) << evidence.toStdString();
    wizard.evidencePage()->icpEdit()->setPlainText(QStringLiteral("Mid-market still buys on ROI"));
    next(wizard);

    ReviewDecisionPage* decision = wizard.decisionPage();
    EXPECT_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    EXPECT_EQ(decision->problemLabel()->problem(),
              QStringLiteral("Decision: choose keep, refine or reposition."));
    decision->decisionButton(ReviewDecision::Refine)->click();
    storage::PositioningStatementStore statements(session.workspace());
    const auto before = statements.current(product, segment);
    const int versionBefore = before ? before->version : 0;
    decision->partEdit(ReviewDecisionPage::For)->clear();
    EXPECT_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    EXPECT_TRUE(decision->problemLabel()->problem().contains(QStringLiteral("For")));
    decision->partEdit(ReviewDecisionPage::For)->setText(QStringLiteral("finance teams"));
    decision->partEdit(ReviewDecisionPage::Who)->setText(QStringLiteral("close the books"));
    decision->partEdit(ReviewDecisionPage::IsA)->setText(QStringLiteral("planning tool"));
    decision->partEdit(ReviewDecisionPage::That)->setText(QStringLiteral("prices by value"));
    next(wizard);

    ReviewFollowUpsPage* followUps = wizard.followUpsPage();
    ASSERT_GE(followUps->cardList()->count(), 1);
    if (followUps->cardList()->count() < 2) {
        followUps->otherCardBox()->setCurrentIndex(followUps->otherCardBox()->findData(
            QVariant::fromValue<qint64>(wizard.cards().front().id == followUps->cardIds().front()
                                            ? wizard.cards().back().id
                                            : wizard.cards().front().id)));
        followUps->addOtherCard();
    }
    tick(followUps->cardList(), 2);
    const std::vector<std::int64_t> cards = followUps->cardIds();
    ASSERT_EQ(cards.size(), 2u);
    followUps->noteEdit()->setText(QStringLiteral("pricing objection changed"));
    EXPECT_FALSE(wizard.button(QWizard::FinishButton)->isEnabled()) << "no participant yet";
    EXPECT_EQ(followUps->problemLabel()->problem(),
              QStringLiteral("Participants: tick who took part in the review."));
    tick(followUps->participantList(), 2);
    ASSERT_TRUE(wizard.button(QWizard::FinishButton)->isEnabled());
    wizard.button(QWizard::FinishButton)->click();

    ASSERT_NE(wizard.createdReviewId(), 0);
    storage::PositioningReviewStore reviews(session.workspace());
    const auto stored = reviews.list().at(0);
    EXPECT_EQ(stored.id, wizard.createdReviewId());
    EXPECT_EQ(stored.participantIds.size(), 2u);
    EXPECT_EQ(stored.decision, ReviewDecision::Refine);
    EXPECT_NE(stored.evidence.find("ICP assumptions:\nMid-market still buys on ROI"),
              std::string::npos);
    EXPECT_NE(stored.followUps.find("Refresh battlecard: "), std::string::npos);
    EXPECT_EQ(statements.current(product, segment)->version, versionBefore + 1);
    EXPECT_EQ(statements.current(product, segment)->forCustomer, "finance teams");
    const std::string reason =
        "Refresh requested by the positioning review of 2026-11-20 "
        "(refine): pricing objection changed";
    for (const auto& row : storage::BattlecardStore(session.workspace()).rows()) {
        if (std::find(cards.begin(), cards.end(), row.id) != cards.end()) {
            EXPECT_EQ(row.status, battlecards::RefreshStatus::RefreshRequired);
            if (!row.refresh.pendingLaunch) {
                EXPECT_EQ(battlecards::assessRefresh(row.refresh, today(), row.refreshRequest)
                              .sentence.rfind(reason, 0),
                          0u);
            }
        }
    }

    session.undoStack()->undo();
    EXPECT_TRUE(reviews.list().empty() || reviews.list().at(0).id != stored.id);
    EXPECT_EQ(
        statements.current(product, segment) ? statements.current(product, segment)->version : 0,
        versionBefore);
    EXPECT_TRUE(reviews.refreshRequestCards(stored.id).empty());
    session.undoStack()->redo();
    EXPECT_EQ(reviews.list().at(0).uid, stored.uid);
    EXPECT_EQ(reviews.refreshRequestCards(reviews.list().at(0).id).size(), 2u);
}

TEST_F(ReviewWizardTest, AKeepNeedsNoStatementAndMissingInputKeepsNextDisabled) {
    ReviewWizard wizard(session, std::nullopt);
    startOnDemoDay(wizard);
    wizard.scopePage()->dateEdit()->setText(QStringLiteral("24.11.2026"));
    EXPECT_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    EXPECT_TRUE(wizard.scopePage()->problemLabel()->problem().startsWith(QStringLiteral("Date:")));
    wizard.scopePage()->dateEdit()->setText(QStringLiteral("2026-11-20"));
    next(wizard);
    wizard.evidencePage()->summaryEdit()->clear();
    EXPECT_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    EXPECT_EQ(wizard.evidencePage()->problemLabel()->problem(),
              QStringLiteral("Win/loss summary: write down what the evidence is."));
    wizard.evidencePage()->summaryEdit()->setPlainText(QStringLiteral("Quarterly look"));
    next(wizard);
    wizard.decisionPage()->decisionButton(ReviewDecision::Refine)->click();
    EXPECT_FALSE(wizard.button(QWizard::NextButton)->isEnabled()) << "no product and segment";
    wizard.decisionPage()->decisionButton(ReviewDecision::Keep)->click();
    EXPECT_FALSE(wizard.decisionPage()->statementBox()->isEnabled());
    next(wizard);
    tick(wizard.followUpsPage()->participantList(), 1);
    wizard.button(QWizard::FinishButton)->click();
    const auto stored = storage::PositioningReviewStore(session.workspace()).list().at(0);
    EXPECT_EQ(stored.decision, ReviewDecision::Keep);
    EXPECT_FALSE(stored.statementId);
    EXPECT_EQ(stored.trigger, positioning::TriggerKind::Scheduled);
}

// Every page in the light and dark palettes, and the card's status explained in the editor.
class ReviewWizardScreenshots : public ReviewWizardTest {
protected:
    void shootAll(const QString& prefix) {
        ReviewWizard wizard(session, lossPattern());
        wizard.resize(900, 680);
        startOnDemoDay(wizard);
        wizard.scopePage()->productBox()->setCurrentIndex(1);
        wizard.scopePage()->segmentBox()->setCurrentIndex(1);
        uitest::save(wizard, prefix + QStringLiteral("review-1-scope.png"));
        next(wizard);
        uitest::save(wizard, prefix + QStringLiteral("review-2-evidence.png"));
        next(wizard);
        wizard.decisionPage()->decisionButton(ReviewDecision::Refine)->click();
        ReviewDecisionPage* decision = wizard.decisionPage();
        decision->partEdit(ReviewDecisionPage::For)->setText(QStringLiteral("finance teams"));
        decision->partEdit(ReviewDecisionPage::Who)->setText(QStringLiteral("close the books"));
        decision->partEdit(ReviewDecisionPage::IsA)->setText(QStringLiteral("planning tool"));
        decision->partEdit(ReviewDecisionPage::That)->setText(QStringLiteral("prices by value"));
        uitest::save(wizard, prefix + QStringLiteral("review-3-decision.png"));
        next(wizard);
        tick(wizard.followUpsPage()->participantList(), 2);
        wizard.followUpsPage()->noteEdit()->setText(QStringLiteral("pricing objection changed"));
        uitest::save(wizard, prefix + QStringLiteral("review-4-follow-ups.png"));
        const auto cards = wizard.followUpsPage()->cardIds();
        wizard.button(QWizard::FinishButton)->click();
        ASSERT_FALSE(cards.empty());
        uitest::RecordingFeedback feedback;
        BattlecardEditor editor(session, feedback, cards.front());
        editor.resize(1000, 700);
        uitest::save(editor, prefix + QStringLiteral("review-card-status.png"));
        session.undoStack()->undo();
    }
};

TEST_F(ReviewWizardScreenshots, LightPalette) {
    shootAll(QStringLiteral("light-"));
}

TEST_F(ReviewWizardScreenshots, DarkPalette) {
    const QString styleName = QApplication::style()->name();
    const QPalette previous = QApplication::palette();
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(uitest::darkPalette());
    shootAll(QStringLiteral("dark-"));
    QApplication::setStyle(QStyleFactory::create(styleName));
    QApplication::setPalette(previous);
}

}  // namespace
}  // namespace pmm::ui
