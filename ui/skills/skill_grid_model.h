#pragma once

#include <QAbstractTableModel>
#include <QPalette>

#include <cstdint>
#include <optional>

#include "storage/change.h"
#include "team/level_ladder.h"
#include "team/skill_grid.h"

namespace pmm::ui {

class WorkspaceSession;

// The skills matrix: one row per person, their name and level, then a column per competency
// whose cell shows the newest demonstrated level, coloured (BackgroundRole) by how it
// compares with the person's level and the next one (core's classifySkillCell). Read in one
// go from skillGridOf; any change to people, levels, competencies or assessments reloads it.
class SkillGridModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { PersonColumn, LevelColumn, FirstCompetencyColumn };
    enum Role {
        PersonIdRole = Qt::UserRole + 1,
        CompetencyIdRole,  // competency columns only
        CellClassRole,     // team::SkillCellClass as int, competency columns only
        LevelRankRole,     // the person's level rank
        SortRole,          // names case-folded, levels by rank (not assessed lowest)
    };

    explicit SkillGridModel(WorkspaceSession& session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const team::SkillGrid& grid() const { return m_grid; }
    const team::LevelLadder& levels() const { return m_levels; }
    bool hasPeople() const { return !m_grid.rows.empty(); }
    bool hasCompetencies() const { return !m_grid.competencies.empty(); }
    // The row of person `id`, or -1.
    int rowOfPerson(std::int64_t id) const;
    // The competency shown in `column`, if it is a competency column.
    std::optional<std::int64_t> competencyAt(int column) const;

    // The colours follow this palette (the view's): call it again when the palette changes.
    void setPalette(const QPalette& palette);
    void reload();

Q_SIGNALS:
    void reloaded();

private:
    void onChanged(const storage::Change& change);
    const team::SkillGridCell* cellAt(const QModelIndex& index) const;
    QVariant cellData(const team::SkillGridCell& cell, int column, int role) const;
    QVariant personData(const team::SkillGridRow& row, int column, int role) const;
    QString cellToolTip(const team::SkillGridCell& cell, int column) const;

    WorkspaceSession& m_session;
    team::SkillGrid m_grid;
    team::LevelLadder m_levels;
    QPalette m_palette;
};

}  // namespace pmm::ui
