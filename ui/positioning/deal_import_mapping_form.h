#pragma once

#include <QWidget>

#include <array>
#include <string>
#include <vector>

#include "positioning/deal_columns.h"

class QComboBox;

namespace pmm::ui {

// One combo per win/loss field listing the file's headers plus "(not in file)", preset from
// the guess. Required fields carry a '*': a close date, an outcome, and a deal id or name.
class DealImportMappingForm : public QWidget {
    Q_OBJECT

public:
    explicit DealImportMappingForm(QWidget* parent = nullptr);

    // Lists `header` in every combo and selects `mapping`; emits nothing.
    void setColumns(const std::vector<std::string>& header,
                    const positioning::DealColumnMapping& mapping);
    positioning::DealColumnMapping mapping() const;
    QComboBox* box(positioning::DealField field) const;

Q_SIGNALS:
    void mappingChanged();

private:
    std::array<QComboBox*, positioning::kDealFieldCount> m_boxes{};
    bool m_filling = false;
};

}  // namespace pmm::ui
