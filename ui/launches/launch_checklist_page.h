#pragma once

#include <QStringList>
#include <QWizardPage>

class QLabel;
class QListWidget;

namespace pmm::ui {

class LaunchWizard;

// New Launch wizard, last page: a summary and the deliverables checklist of the tier in
// force under the current rule; what is already done can be ticked. Finish creates it.
class LaunchChecklistPage : public QWizardPage {
    Q_OBJECT

public:
    explicit LaunchChecklistPage(LaunchWizard& wizard);

    void initializePage() override;

    // The titles ticked as already done.
    QStringList doneItems() const;
    QListWidget* checklist() const { return m_items; }
    QLabel* summaryLabel() const { return m_summary; }

private:
    void showReadiness();

    LaunchWizard& m_wizard;
    QLabel* m_summary;
    QLabel* m_heading;
    QListWidget* m_items;
    QLabel* m_readiness;
};

}  // namespace pmm::ui
