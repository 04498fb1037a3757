#include "skills/skill_grid_model.h"

#include <QBrush>
#include <QCoreApplication>

#include "app/workspace_session.h"
#include "launches/launch_texts.h"
#include "skills/skill_colors.h"
#include "skills/skills_texts.h"
#include "storage/skills_views.h"

namespace pmm::ui {

namespace {

QString ratingText(const team::LevelLadder& levels, const std::optional<int>& rank) {
    return rank ? toQString(levels.name(*rank))
                : QCoreApplication::translate("pmm::ui::SkillGridModel", "not given");
}

}  // namespace

SkillGridModel::SkillGridModel(WorkspaceSession& session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session) {
    connect(&session, &WorkspaceSession::workspaceChanged, this, &SkillGridModel::reload);
    connect(&session, &WorkspaceSession::changed, this, &SkillGridModel::onChanged);
    reload();
}

int SkillGridModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_grid.rows.size());
}

int SkillGridModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0
                            : FirstCompetencyColumn + static_cast<int>(m_grid.competencies.size());
}

QVariant SkillGridModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const team::SkillGridRow& row = m_grid.rows[static_cast<std::size_t>(index.row())];
    if (role == PersonIdRole) {
        return QVariant::fromValue<qint64>(row.personId);
    }
    if (role == LevelRankRole) {
        return row.levelRank;
    }
    if (index.column() >= FirstCompetencyColumn) {
        const team::SkillGridCell* cell = cellAt(index);
        return cell ? cellData(*cell, index.column(), role) : QVariant();
    }
    return personData(row, index.column(), role);
}

QVariant SkillGridModel::personData(const team::SkillGridRow& row, int column, int role) const {
    const bool name = column == PersonColumn;
    switch (role) {
        case Qt::DisplayRole:
            return toQString(name ? row.person : row.level);
        case SortRole:
            return name ? QVariant(toQString(row.person).toCaseFolded()) : QVariant(row.levelRank);
        case Qt::ToolTipRole:
            if (name) {
                return plainToolTip(
                    tr("%1: %2 at the next level or above, %3 below their level, %4 not "
                       "assessed.")
                        .arg(toQString(row.person))
                        .arg(row.atNextLevelOrAbove)
                        .arg(row.belowLevel)
                        .arg(row.notAssessed));
            }
            return row.nextLevel.empty() ? tr("Top of the ladder")
                                         : tr("Next level: %1").arg(toQString(row.nextLevel));
        default:
            return {};
    }
}

QVariant SkillGridModel::cellData(const team::SkillGridCell& cell, int column, int role) const {
    switch (role) {
        case Qt::DisplayRole:
            return cell.rating ? toQString(m_levels.name(cell.rating->demonstratedLevel))
                               : QStringLiteral("\u2014");
        case Qt::BackgroundRole: {
            const QColor color = skillCellColor(cell.cell, m_palette);
            return color.isValid() ? QVariant(QBrush(color)) : QVariant();
        }
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(Qt::Alignment(Qt::AlignCenter));
        case Qt::ToolTipRole:
            return cellToolTip(cell, column);
        case CellClassRole:
            return static_cast<int>(cell.cell);
        case CompetencyIdRole:
            return QVariant::fromValue<qint64>(*competencyAt(column));
        case SortRole:
            return cell.rating ? cell.rating->demonstratedLevel : -1;
        default:
            return {};
    }
}

QString SkillGridModel::cellToolTip(const team::SkillGridCell& cell, int column) const {
    const auto& competency =
        m_grid.competencies[static_cast<std::size_t>(column - FirstCompetencyColumn)];
    const QString name = toQString(competency.name);
    if (!cell.rating) {
        return plainToolTip(tr("%1: not assessed yet.").arg(name));
    }
    const team::LatestRating& rating = *cell.rating;
    QStringList lines;
    lines << tr("%1: %2 (%3)")
                 .arg(name, toQString(m_levels.name(rating.demonstratedLevel)),
                      toQString(team::skillCellLabel(cell.cell)).toLower());
    lines << (rating.assessorName.empty()
                  ? tr("Assessed on %1").arg(toQString(rating.assessedOn))
                  : tr("Assessed on %1 by %2")
                        .arg(toQString(rating.assessedOn), toQString(rating.assessorName)));
    lines << tr("Self rating: %1 \u00b7 Manager rating: %2")
                 .arg(ratingText(m_levels, rating.selfRating),
                      ratingText(m_levels, rating.managerRating));
    if (!rating.evidence.empty()) {
        lines << QString() << toQString(rating.evidence);
    }
    if (rating.linkCount > 0) {
        lines << QString() << tr("%n linked piece(s) of evidence", nullptr, rating.linkCount);
    }
    return plainToolTip(lines.join(QLatin1Char('\n')));
}

QVariant SkillGridModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount()) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (section == PersonColumn || section == LevelColumn) {
        if (role == Qt::DisplayRole) {
            return section == PersonColumn ? tr("Person") : tr("Level");
        }
        return {};
    }
    const auto& competency =
        m_grid.competencies[static_cast<std::size_t>(section - FirstCompetencyColumn)];
    switch (role) {
        case Qt::DisplayRole:
            return toQString(competency.name);
        case Qt::ToolTipRole: {
            QString text = toQString(competency.name);
            if (!competency.description.empty()) {
                text += QLatin1Char('\n') + toQString(competency.description);
            }
            if (!competency.requiredForPromotion) {
                text += QLatin1Char('\n') + tr("Not required for promotion.");
            }
            return plainToolTip(text);
        }
        default:
            return {};
    }
}

int SkillGridModel::rowOfPerson(std::int64_t id) const {
    for (std::size_t i = 0; i < m_grid.rows.size(); ++i) {
        if (m_grid.rows[i].personId == id) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

std::optional<std::int64_t> SkillGridModel::competencyAt(int column) const {
    const int index = column - FirstCompetencyColumn;
    if (index < 0 || index >= static_cast<int>(m_grid.competencies.size())) {
        return std::nullopt;
    }
    return m_grid.competencies[static_cast<std::size_t>(index)].id;
}

void SkillGridModel::setPalette(const QPalette& palette) {
    m_palette = palette;
    if (rowCount() > 0 && columnCount() > FirstCompetencyColumn) {
        Q_EMIT dataChanged(index(0, FirstCompetencyColumn),
                           index(rowCount() - 1, columnCount() - 1), {Qt::BackgroundRole});
    }
}

void SkillGridModel::reload() {
    beginResetModel();
    m_grid = {};
    m_levels = {};
    if (m_session.isOpen()) {
        reportingErrors(m_session, [this] {
            m_levels = storage::levelLadderOf(m_session.workspace());
            m_grid = storage::skillGridOf(m_session.workspace());
        });
    }
    endResetModel();
    Q_EMIT reloaded();
}

void SkillGridModel::onChanged(const storage::Change& change) {
    if (concernsSkills(change)) {
        reload();
    }
}

const team::SkillGridCell* SkillGridModel::cellAt(const QModelIndex& index) const {
    const int competency = index.column() - FirstCompetencyColumn;
    if (competency < 0) {
        return nullptr;
    }
    const auto& cells = m_grid.rows[static_cast<std::size_t>(index.row())].cells;
    if (competency >= static_cast<int>(cells.size())) {
        return nullptr;
    }
    return &cells[static_cast<std::size_t>(competency)];
}

}  // namespace pmm::ui
