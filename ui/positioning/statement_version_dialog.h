#pragma once

#include <QDialog>

#include <array>
#include <cstdint>
#include <optional>

#include "positioning/positioning_statement.h"

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace pmm::ui {

class ProblemLabel;
class WorkspaceSession;

// Writes a new version of a positioning statement outside a review: choose the product and
// segment (the current version is filled in to start from), edit the parts, see the
// sentence. Saving runs an undoable StatementVersionCommand; a statement missing a required
// part (For, Who, Is a, That) is not saved and the part is named.
class StatementVersionDialog : public QDialog {
    Q_OBJECT

public:
    enum Part { For, Who, IsA, That, Unlike, We, Note };
    static constexpr int kPartCount = 7;

    StatementVersionDialog(WorkspaceSession& session, std::optional<std::int64_t> productId,
                           std::optional<std::int64_t> segmentId, QWidget* parent = nullptr);

    QLineEdit* partEdit(Part part) const { return m_parts[static_cast<std::size_t>(part)]; }
    QComboBox* productBox() const { return m_product; }
    QComboBox* segmentBox() const { return m_segment; }
    QLabel* preview() const { return m_preview; }
    ProblemLabel* problem() const { return m_problem; }
    QDialogButtonBox* buttons() const { return m_buttons; }
    // The id of the version saved, once accepted.
    std::int64_t savedId() const { return m_savedId; }

    void accept() override;

private:
    void fillChoices(std::optional<std::int64_t> productId, std::optional<std::int64_t> segmentId);
    void loadCurrent();
    positioning::PositioningStatement draft() const;
    void updatePreview();

    WorkspaceSession& m_session;
    QComboBox* m_product;
    QComboBox* m_segment;
    std::array<QLineEdit*, kPartCount> m_parts{};
    QLabel* m_version;
    QLabel* m_preview;
    ProblemLabel* m_problem;
    QDialogButtonBox* m_buttons;
    std::int64_t m_savedId = 0;
};

}  // namespace pmm::ui
