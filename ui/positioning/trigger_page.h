#pragma once

#include <QWidget>

#include "positioning/positioning_alert_metatype.h"
#include "positioning/positioning_trigger.h"
#include "util/dates.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace pmm::ui {

class EmptyState;
class TriggerEvidencePane;
class TriggerFilterProxy;
class TriggerTableModel;
class WorkspaceSession;

// The Triggers tab: every open positioning trigger (kind, sentence, scope, since), narrowed
// by kind (with counts) and text; the chosen one's evidence below; "Act on this trigger…"
// (or Enter, or a double-click) asks for a review of it. What the four triggers mean, with
// the workspace's thresholds, is always in view.
class TriggerPage : public QWidget {
    Q_OBJECT

public:
    TriggerPage(WorkspaceSession& session, QWidget* parent = nullptr);

    void reload();
    void setToday(const Date& today);
    void focusFilter();

    TriggerTableModel* model() const { return m_model; }
    TriggerFilterProxy* proxy() const { return m_proxy; }
    QTableView* table() const { return m_table; }
    QComboBox* kindBox() const { return m_kind; }
    QLineEdit* filterEdit() const { return m_filter; }
    QLabel* countLabel() const { return m_count; }
    QLabel* rulesLabel() const { return m_rules; }
    QPushButton* actButton() const { return m_act; }
    QPushButton* newReviewButton() const { return m_newReview; }
    EmptyState* emptyState() const { return m_empty; }
    TriggerEvidencePane* evidence() const { return m_evidence; }

    // Asks for a review of the current trigger; false when none is chosen.
    bool actOnCurrent();

Q_SIGNALS:
    void reviewRequested(const pmm::positioning::PositioningAlert& alert);
    void newReviewRequested();

private:
    QLayout* createTopBar();
    void setUpStates();
    void fillKinds();
    void updateState();
    void updateEvidence();
    void updateRules();

    WorkspaceSession& m_session;
    TriggerTableModel* m_model;
    TriggerFilterProxy* m_proxy;
    QComboBox* m_kind;
    QLineEdit* m_filter;
    QLabel* m_count;
    QLabel* m_rules;
    QPushButton* m_newReview;
    QPushButton* m_act;
    QStackedWidget* m_stack;
    QTableView* m_table;
    EmptyState* m_empty;
    EmptyState* m_noMatch;
    TriggerEvidencePane* m_evidence;
};

}  // namespace pmm::ui
