#pragma once

#include <QString>
#include <QWizardPage>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "positioning/positioning_review.h"
#include "positioning/positioning_statement.h"
#include "util/dates.h"

class QButtonGroup;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QRadioButton;

namespace pmm::ui {

class ProblemLabel;
class ReviewWizard;

// Review wizard, page 1: why the review is held (trigger), when, and what it covers.
class ReviewScopePage : public QWizardPage {
    Q_OBJECT

public:
    explicit ReviewScopePage(ReviewWizard& wizard);

    bool isComplete() const override;

    QComboBox* triggerBox() const { return m_trigger; }
    QLineEdit* dateEdit() const { return m_date; }
    QComboBox* productBox() const { return m_product; }
    QComboBox* segmentBox() const { return m_segment; }
    QComboBox* competitorBox() const { return m_competitor; }
    ProblemLabel* problemLabel() const { return m_problem; }

    positioning::TriggerKind trigger() const;
    std::optional<Date> reviewedOn() const;
    std::optional<std::int64_t> productId() const;
    std::optional<std::int64_t> segmentId() const;
    std::optional<std::int64_t> competitorId() const;

private:
    void prefill(const positioning::PositioningAlert& alert);
    void check();

    QComboBox* m_trigger;
    QLineEdit* m_date;
    QComboBox* m_product;
    QComboBox* m_segment;
    QComboBox* m_competitor;
    ProblemLabel* m_problem;
};

// Page 2: the evidence: the win/loss summary filled in from the data (editable), the ICP
// assumptions checked and the competitive notes.
class ReviewEvidencePage : public QWizardPage {
    Q_OBJECT

public:
    explicit ReviewEvidencePage(ReviewWizard& wizard);

    void initializePage() override;
    bool isComplete() const override;

    QPlainTextEdit* summaryEdit() const { return m_summary; }
    QPlainTextEdit* icpEdit() const { return m_icp; }
    QPlainTextEdit* competitiveEdit() const { return m_competitive; }
    ProblemLabel* problemLabel() const { return m_problem; }

    // The three parts as the review's evidence text.
    std::string evidence() const;

private:
    ReviewWizard& m_wizard;
    QPlainTextEdit* m_summary;
    QPlainTextEdit* m_icp;
    QPlainTextEdit* m_competitive;
    ProblemLabel* m_problem;
    QString m_filledFor;  // the scope the summary was filled in for
};

// Page 3: keep, refine or reposition; the current statement of the scope and, for a change,
// the new one (prefilled from the current).
class ReviewDecisionPage : public QWizardPage {
    Q_OBJECT

public:
    enum Part { For, Who, IsA, That, Unlike, We };
    static constexpr int kPartCount = 6;

    explicit ReviewDecisionPage(ReviewWizard& wizard);

    void initializePage() override;
    bool isComplete() const override;

    QRadioButton* decisionButton(positioning::ReviewDecision decision) const;
    QLineEdit* partEdit(Part part) const { return m_parts[static_cast<std::size_t>(part)]; }
    QLabel* currentLabel() const { return m_current; }
    QGroupBox* statementBox() const { return m_statementBox; }
    ProblemLabel* problemLabel() const { return m_problem; }

    std::optional<positioning::ReviewDecision> decision() const;
    // The new statement of a refine or reposition (product and segment of the scope).
    std::optional<positioning::PositioningStatement> newStatement() const;

private:
    QString problem() const;
    void update();

    ReviewWizard& m_wizard;
    QButtonGroup* m_decisions;
    QLabel* m_current;
    QGroupBox* m_statementBox;
    std::array<QLineEdit*, kPartCount> m_parts{};
    ProblemLabel* m_problem;
    QString m_filledFor;
};

// Page 4: what happens next: cards to refresh (suggested by the scope, any other may be
// added), launches affected, free follow-ups and who took part.
class ReviewFollowUpsPage : public QWizardPage {
    Q_OBJECT

public:
    explicit ReviewFollowUpsPage(ReviewWizard& wizard);

    void initializePage() override;
    bool isComplete() const override;

    QListWidget* cardList() const { return m_cards; }
    QComboBox* otherCardBox() const { return m_otherCard; }
    QLineEdit* noteEdit() const { return m_note; }
    QListWidget* launchList() const { return m_launches; }
    QPlainTextEdit* followUpsEdit() const { return m_followUps; }
    QListWidget* participantList() const { return m_people; }
    ProblemLabel* problemLabel() const { return m_problem; }

    // Adds the card chosen in the "other card" box to the list, ticked.
    void addOtherCard();

    std::vector<std::int64_t> cardIds() const;
    std::string note() const;
    std::vector<std::int64_t> participantIds() const;
    // Cards, launches and the free lines, one per line.
    std::string followUps() const;

private:
    void addCard(std::size_t index, bool suggested);
    void checkParticipants();

    ReviewWizard& m_wizard;
    QListWidget* m_cards;
    QComboBox* m_otherCard;
    QLineEdit* m_note;
    QListWidget* m_launches;
    QPlainTextEdit* m_followUps;
    QListWidget* m_people;
    ProblemLabel* m_problem;
    QString m_filledFor;
};

}  // namespace pmm::ui
