#pragma once

#include <QDialog>

#include <array>
#include <cstdint>
#include <optional>

#include "battlecards/battlecard.h"
#include "battlecards/battlecard_section.h"
#include "storage/change.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace pmm::ui {

class BattlecardHistoryDialog;
class BattlecardLineEditor;
class UserFeedback;
class WorkspaceSession;

// The battlecard editor: walks the template section by section (the list on the left, or
// Previous/Next), each section with what goes there explained in place. Save records the
// whole form as one revision and one undo step (BattlecardRevisionCommand); Mark refreshed
// confirms the card (saving pending changes first); History compares revisions.
class BattlecardEditor : public QDialog {
    Q_OBJECT

public:
    BattlecardEditor(WorkspaceSession& session, UserFeedback& feedback, std::int64_t cardId,
                     QWidget* parent = nullptr);

    std::int64_t cardId() const { return m_cardId; }
    // Shows section `section` of the template.
    void showSection(battlecards::CardSection section);
    battlecards::CardSection currentSection() const;

    // The form as a card (the stored card with the form's owner, interval and text).
    battlecards::Battlecard formCard() const;
    bool isModified() const;
    // Returns whether the form is now stored (true when nothing needed saving).
    bool save();
    bool markRefreshed();
    BattlecardHistoryDialog* openHistory();

    BattlecardLineEditor* lineEditor(battlecards::CardSection section) const;
    QComboBox* ownerBox() const { return m_owner; }
    QLineEdit* noteEdit() const { return m_note; }
    QLabel* statusLabel() const { return m_status; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* refreshButton() const { return m_refresh; }
    QListWidget* sectionList() const { return m_sections; }

    void done(int result) override;

private:
    QWidget* createSectionPage(battlecards::CardSection section);
    QWidget* createHeader();
    QLayout* createButtons();
    void load();
    void fillForm(const battlecards::Battlecard& card);
    void updateState();
    void updateSectionTitles();
    void onChanged(const storage::Change& change);
    QString cardName() const;

    WorkspaceSession& m_session;
    UserFeedback& m_feedback;
    std::int64_t m_cardId;
    std::optional<battlecards::Battlecard> m_stored;
    QString m_competitor;
    QString m_segment;
    bool m_loading = false;

    QLabel* m_title = nullptr;
    QLabel* m_status = nullptr;
    QComboBox* m_owner = nullptr;
    QSpinBox* m_interval = nullptr;
    QListWidget* m_sections = nullptr;
    QStackedWidget* m_pages = nullptr;
    std::array<BattlecardLineEditor*, battlecards::kCardSections.size()> m_lists{};
    QLineEdit* m_note = nullptr;
    QPushButton* m_previous = nullptr;
    QPushButton* m_next = nullptr;
    QPushButton* m_history = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_refresh = nullptr;
    QPushButton* m_save = nullptr;
};

}  // namespace pmm::ui
