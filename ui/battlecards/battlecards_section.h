#pragma once

#include <QHash>
#include <QPointer>

#include <cstdint>
#include <optional>

#include "battlecards/battlecard_section.h"
#include "common/section.h"

class QAction;
class QComboBox;
class QLabel;
class QListView;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace pmm::ui {

class BattlecardEditor;
class BattlecardFilterBar;
class BattlecardFilterProxy;
class BattlecardSearchModel;
class BattlecardTableModel;
class CompetitorLaunchDialog;
class EmptyState;
class NewBattlecardDialog;
class UserFeedback;
class WorkspaceSession;

// Battlecards: every card (competitor, segment, owner, status, last refreshed, next due),
// the chosen person's due and stale cards first ("You are:", remembered in the workspace);
// filters; full-text search as you type, whose results name the card and the section that
// matched; Enter or a double-click opens the card's editor. New card… and Competitor
// launch… start here.
class BattlecardsSection : public Section {
    Q_OBJECT

public:
    BattlecardsSection(WorkspaceSession& session, UserFeedback& feedback,
                       QWidget* parent = nullptr);

    QString title() const override;
    QString iconResource() const override;
    void focusFilter() override;

    QAction* newCardAction() const { return m_newCardAction; }
    QAction* competitorLaunchAction() const { return m_launchAction; }
    // "Remove battlecard" (Del in the table, Edit ▸ Remove): the current card with its
    // history; Edit ▸ Undo brings it back.
    QAction* removeCardAction() const { return m_removeAction; }
    QAction* removeAction() const override { return m_removeAction; }

    // Window-modal, not blocking; nullptr without a workspace open for writing.
    NewBattlecardDialog* newCard();
    CompetitorLaunchDialog* logCompetitorLaunch();
    // Removes the table's current card (undoable); false when none was removed. Its open
    // editor closes first (asking about unsaved changes).
    bool removeCurrentCard();
    // Opens (or raises) the editor of card `id`, at `section` when given.
    BattlecardEditor* openCard(std::int64_t id,
                               std::optional<battlecards::CardSection> section = std::nullopt);
    // Chooses who "You are" is (stored in the workspace) and re-sorts the table.
    void setSignedIn(std::optional<std::int64_t> personId);

    BattlecardTableModel* model() const { return m_model; }
    BattlecardFilterProxy* proxy() const { return m_proxy; }
    BattlecardSearchModel* searchModel() const { return m_search; }
    BattlecardFilterBar* filterBar() const { return m_filters; }
    QComboBox* signedInBox() const { return m_signedIn; }
    QTableView* table() const { return m_table; }
    QListView* results() const { return m_results; }
    EmptyState* emptyState() const { return m_empty; }
    QLabel* countLabel() const { return m_count; }
    QLabel* detailLabel() const { return m_detail; }

protected:
    void changeEvent(QEvent* event) override;

private:
    QLayout* createTopBar();
    void setUpTable();
    void setUpStates();
    void fillSignedIn();
    void onSearchChanged(const QString& text);
    void updateState();
    void updateDetail();
    void updateRemoveAction();
    void openCurrent();
    void openResult(const QModelIndex& index);
    void onWorkspaceChanged();

    WorkspaceSession& m_session;
    UserFeedback& m_feedback;
    BattlecardTableModel* m_model;
    BattlecardFilterProxy* m_proxy;
    BattlecardSearchModel* m_search;
    BattlecardFilterBar* m_filters = nullptr;
    QAction* m_newCardAction;
    QAction* m_launchAction;
    QAction* m_removeAction;
    QComboBox* m_signedIn;
    QLabel* m_count;
    QLabel* m_detail;
    QStackedWidget* m_stack;
    QTableView* m_table;
    QListView* m_results;
    EmptyState* m_empty;
    EmptyState* m_noMatch;
    EmptyState* m_noResult;
    QHash<std::int64_t, QPointer<BattlecardEditor>> m_editors;
};

}  // namespace pmm::ui
