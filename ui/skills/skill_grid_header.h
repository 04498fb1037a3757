#pragma once

#include <QHeaderView>

namespace pmm::ui {

// The grid's column header: long competency names on two lines, so nine columns fit beside
// the names. The model keeps the names whole (CSV export, accessibility).
class SkillGridHeader : public QHeaderView {
    Q_OBJECT

public:
    explicit SkillGridHeader(QWidget* parent = nullptr);

protected:
    void initStyleOptionForIndex(QStyleOptionHeader* option, int logicalIndex) const override;
    QSize sectionSizeFromContents(int logicalIndex) const override;
};

}  // namespace pmm::ui
