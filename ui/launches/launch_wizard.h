#pragma once

#include <QStringList>
#include <QWizard>

#include <cstdint>
#include <optional>
#include <vector>

#include "catalog/catalog_types.h"
#include "launches/launch.h"
#include "launches/tier_rule.h"

namespace pmm::ui {

class LaunchChecklistPage;
class WorkspaceSession;

// The New Launch wizard of PRODUCT §2: what and when → customer outcome and success metric
// → criteria with evidence → tier result with explanation and optional override →
// checklist → finish. Finish creates the launch with one undoable command. Core checks each
// page when the user moves on, and its sentence is shown on the page.
class LaunchWizard : public QWizard {
    Q_OBJECT

public:
    enum PageId { BasicsPage, FramePage, CriteriaPage, ResultPage, ChecklistPage };

    explicit LaunchWizard(WorkspaceSession& session, QWidget* parent = nullptr);

    WorkspaceSession& session() const { return m_session; }
    // The rule new launches are tiered with (the current version).
    const launches::TierRule& rule() const { return m_rule; }
    const std::vector<catalog::Product>& products() const { return m_products; }
    const std::vector<catalog::Person>& people() const { return m_people; }

    // The launch as the pages describe it so far (status idea, not stored).
    launches::Launch draft() const;
    // The rule's result for the scored criteria, when all three are scored.
    std::optional<launches::TierResult> tierResult() const;
    // The override chosen on the result page, if any.
    std::optional<int> overrideTier() const;
    QString overrideReason() const;
    // The override if any, else the rule's result.
    std::optional<int> tierInForce() const;

    // The id of the launch Finish created; 0 before.
    std::int64_t createdLaunchId() const { return m_createdId; }

public Q_SLOTS:
    void accept() override;

private:
    QVariant value(const char* name) const { return field(QString::fromLatin1(name)); }

    WorkspaceSession& m_session;
    launches::TierRule m_rule;
    std::vector<catalog::Product> m_products;
    std::vector<catalog::Person> m_people;
    LaunchChecklistPage* m_checklist = nullptr;
    std::int64_t m_createdId = 0;
};

}  // namespace pmm::ui
