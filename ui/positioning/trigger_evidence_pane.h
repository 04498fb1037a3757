#pragma once

#include <QWidget>

#include "positioning/positioning_trigger.h"

class QLabel;
class QTableWidget;

namespace pmm::ui {

struct PositioningNames;
class WorkspaceSession;

// The evidence of one open trigger: its sentence, the numbers (win rate now and before,
// with interval and sample size) and the deals behind it, newest first.
class TriggerEvidencePane : public QWidget {
    Q_OBJECT

public:
    // At most this many deals are listed; the rest are counted.
    static constexpr int kDealLimit = 200;

    TriggerEvidencePane(WorkspaceSession& session, QWidget* parent = nullptr);

    void showAlert(const positioning::PositioningAlert& alert, const PositioningNames& names);
    // "Choose a trigger to see its evidence."
    void clear();

    QLabel* headline() const { return m_headline; }
    QLabel* numbers() const { return m_numbers; }
    QTableWidget* deals() const { return m_deals; }

private:
    void fillDeals(const positioning::PositioningAlert& alert, const PositioningNames& names);

    WorkspaceSession& m_session;
    QLabel* m_headline;
    QLabel* m_numbers;
    QTableWidget* m_deals;
    QLabel* m_more;
};

}  // namespace pmm::ui
