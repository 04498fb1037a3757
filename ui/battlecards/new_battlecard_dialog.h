#pragma once

#include <QDialog>

#include <cstdint>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace pmm::ui {

class WorkspaceSession;

// New battlecard from the template: competitor, segment and owner (the segment's owner until
// the user picks another). A competitor × segment pair that already has a card is refused
// in place, with the reason, before anything is written. Accepting runs an undoable
// AddBattlecardCommand.
class NewBattlecardDialog : public QDialog {
    Q_OBJECT

public:
    explicit NewBattlecardDialog(WorkspaceSession& session, QWidget* parent = nullptr);

    QComboBox* competitorBox() const { return m_competitor; }
    QComboBox* segmentBox() const { return m_segment; }
    QComboBox* ownerBox() const { return m_owner; }
    QLabel* problemLabel() const { return m_problem; }
    bool canCreate() const;
    // The card created by accept(); 0 before.
    std::int64_t createdCardId() const { return m_createdId; }

    void accept() override;

private:
    void fillChoices();
    void onSegmentChanged();
    void validate();

    WorkspaceSession& m_session;
    QComboBox* m_competitor;
    QComboBox* m_segment;
    QComboBox* m_owner;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
    bool m_ownerChosen = false;
    std::int64_t m_createdId = 0;
};

}  // namespace pmm::ui
