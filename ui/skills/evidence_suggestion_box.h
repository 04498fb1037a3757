#pragma once

#include <QGroupBox>

#include <cstdint>
#include <vector>

#include "team/evidence_suggestion.h"

class QDateEdit;
class QLabel;
class QListWidget;

namespace pmm::ui {

class WorkspaceSession;

// "Suggested evidence": what the workspace already holds about a person for a period
// (launches they owned and their outcomes, cards they kept current), from SkillsEvidenceFinder.
// Each suggestion is a checkable row: one click (or Space) attaches it as an evidence link.
class EvidenceSuggestionBox : public QGroupBox {
    Q_OBJECT

public:
    EvidenceSuggestionBox(WorkspaceSession& session, std::int64_t personId,
                          QWidget* parent = nullptr);

    void setPeriod(const team::EvidencePeriod& period);
    team::EvidencePeriod period() const;
    // The suggestions shown, newest first, and the links of those ticked.
    const std::vector<team::EvidenceSuggestion>& suggestions() const { return m_suggestions; }
    std::vector<team::EvidenceLink> attachedLinks() const;
    // Ticks (or unticks) row `row`, as a click on it would.
    void setAttached(int row, bool attached);

    QListWidget* list() const { return m_list; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }

Q_SIGNALS:
    void attachedChanged();

private:
    void refresh();
    void updateCount();

    WorkspaceSession& m_session;
    std::int64_t m_personId;
    std::vector<team::EvidenceSuggestion> m_suggestions;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QListWidget* m_list;
    QLabel* m_count;
};

}  // namespace pmm::ui
