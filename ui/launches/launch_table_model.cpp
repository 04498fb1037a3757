#include "launches/launch_table_model.h"

#include <QTimer>

#include <algorithm>
#include <numeric>

#include "app/workspace_session.h"
#include "launches/launch_texts.h"

namespace pmm::ui {

using launches::LaunchRow;

namespace {

bool isTextColumn(int column) {
    return column == LaunchTableModel::Name || column == LaunchTableModel::Product ||
           column == LaunchTableModel::Quarter || column == LaunchTableModel::Owner ||
           column == LaunchTableModel::TargetDate;
}

// What a number column sorts by: the value, with "not tiered yet" after every tier.
std::int64_t numericKey(const LaunchRow& row, int column) {
    switch (column) {
        case LaunchTableModel::Tier:
            return row.tier.value_or(9);
        case LaunchTableModel::Score:
            return row.score.value_or(-1);
        case LaunchTableModel::Status:
            return static_cast<int>(row.status);
        case LaunchTableModel::Readiness:
            return row.tier ? row.readiness.percent() * 10000LL + row.readiness.required : -1;
        default:
            return 0;
    }
}

}  // namespace

LaunchTableModel::LaunchTableModel(WorkspaceSession& session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session) {
    connect(&session, &WorkspaceSession::workspaceChanged, this, &LaunchTableModel::reload);
    connect(&session, &WorkspaceSession::changed, this, &LaunchTableModel::onChanged);
    reload();
}

int LaunchTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int LaunchTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : kColumnCount;
}

QVariant LaunchTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const LaunchRow& row = launchRow(index.row());
    switch (role) {
        case Qt::DisplayRole:
            return cellText(row, index.column());
        case Qt::ToolTipRole:
            if (index.column() == Tier && row.overridden) {
                return tr("%1, set by an override; the launch's pane shows the reason.")
                    .arg(tierText(row.tier));
            }
            if (index.column() == Name) {
                return textToolTip(toQString(row.name));
            }
            return {};
        case Qt::TextAlignmentRole:
            if (index.column() == Score || index.column() == Readiness) {
                return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
            }
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        case IdRole:
            return QVariant::fromValue<qint64>(row.id);
        default:
            return {};
    }
}

QVariant LaunchTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= kColumnCount) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
        case Name:
            return tr("Launch");
        case Product:
            return tr("Product");
        case Quarter:
            return tr("Quarter");
        case Owner:
            return tr("Owner");
        case Tier:
            return tr("Tier");
        case Score:
            return tr("Score");
        case Status:
            return tr("Status");
        case Readiness:
            return tr("Readiness");
        case TargetDate:
            return tr("Target date");
        default:
            return {};
    }
}

void LaunchTableModel::sort(int column, Qt::SortOrder order) {
    if (column >= kColumnCount) {
        return;
    }
    m_sortColumn = std::max(column, -1);
    m_sortOrder = order;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList from = persistentIndexList();
    const std::vector<int> sorted = sortedOrder();  // sorted[new row] = old row
    std::vector<int> newRowOf(m_rows.size());
    std::vector<Entry> rows;
    rows.reserve(m_rows.size());
    for (std::size_t i = 0; i < sorted.size(); ++i) {
        newRowOf[static_cast<std::size_t>(sorted[i])] = static_cast<int>(i);
        rows.push_back(std::move(m_rows[static_cast<std::size_t>(sorted[i])]));
    }
    m_rows = std::move(rows);
    reindex();
    QModelIndexList to;
    to.reserve(from.size());
    for (const QModelIndex& index : from) {
        to.append(this->index(newRowOf[static_cast<std::size_t>(index.row())], index.column()));
    }
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

int LaunchTableModel::rowOf(std::int64_t id) const {
    if (!m_indexed) {
        m_rowOfId.clear();
        m_rowOfId.reserve(m_rows.size());
        for (std::size_t i = 0; i < m_rows.size(); ++i) {
            m_rowOfId[m_rows[i].launch.id] = static_cast<int>(i);
        }
        m_indexed = true;
    }
    const auto found = m_rowOfId.find(id);
    return found == m_rowOfId.end() ? -1 : found->second;
}

void LaunchTableModel::reload() {
    beginResetModel();
    std::vector<LaunchRow> rows;
    if (m_session.isOpen()) {
        reportingErrors(m_session, [this, &rows] {
            rows = launches::readAllLaunchRows(m_session.workspace());
        });
    }
    m_rows.clear();
    m_rows.reserve(rows.size());
    m_productKeys.clear();
    m_ownerKeys.clear();
    m_nextSequence = 0;
    for (LaunchRow& row : rows) {
        m_rows.push_back(makeEntry(std::move(row)));
    }
    // After the first paint, before the user can type: a search then finds every key ready.
    QTimer::singleShot(0, this, [this] { buildSearchKeys(); });
    if (m_sortColumn >= 0) {
        const std::vector<int> sorted = sortedOrder();
        std::vector<Entry> ordered;
        ordered.reserve(m_rows.size());
        for (int row : sorted) {
            ordered.push_back(std::move(m_rows[static_cast<std::size_t>(row)]));
        }
        m_rows = std::move(ordered);
    }
    reindex();
    endResetModel();
}

void LaunchTableModel::onChanged(const storage::Change& change) {
    using storage::EntityKind;
    switch (change.kind) {
        case EntityKind::Launch:
            if (change.id == 0) {
                reload();
            } else if (change.type == storage::ChangeType::Removed) {
                removeLaunch(change.id);
            } else {
                refreshLaunch(change.id);
            }
            return;
        case EntityKind::Person:
        case EntityKind::Product:
            // A name shown in many rows (or a removal that took launches with it).
            if (change.type != storage::ChangeType::Added) {
                reload();
            }
            return;
        case EntityKind::Everything:
            reload();
            return;
        default:
            return;
    }
}

void LaunchTableModel::refreshLaunch(std::int64_t id) {
    std::optional<LaunchRow> fresh;
    const bool read = reportingErrors(m_session, [this, id, &fresh] {
        fresh = launches::readLaunchRow(m_session.workspace(), id);
    });
    if (!read) {
        return;
    }
    if (!fresh) {
        removeLaunch(id);
        return;
    }
    const int existing = rowOf(id);
    if (existing >= 0) {
        Entry& entry = m_rows[static_cast<std::size_t>(existing)];
        entry.key = QString();
        entry.launch = std::move(*fresh);
        placeRow(existing);
        return;
    }
    Entry entry = makeEntry(std::move(*fresh));
    const int row = positionFor(entry, -1);
    beginInsertRows({}, row, row);
    m_rows.insert(m_rows.begin() + row, std::move(entry));
    reindex();
    endInsertRows();
}

void LaunchTableModel::removeLaunch(std::int64_t id) {
    const int row = rowOf(id);
    if (row < 0) {
        return;
    }
    beginRemoveRows({}, row, row);
    m_rows.erase(m_rows.begin() + row);
    reindex();
    endRemoveRows();
}

// A changed row moves to where the sort order puts it now (one row, not a re-sort).
void LaunchTableModel::placeRow(int row) {
    const int target = positionFor(m_rows[static_cast<std::size_t>(row)], row);
    if (target != row) {
        beginMoveRows({}, row, row, {}, target > row ? target + 1 : target);
        Entry entry = std::move(m_rows[static_cast<std::size_t>(row)]);
        m_rows.erase(m_rows.begin() + row);
        m_rows.insert(m_rows.begin() + target, std::move(entry));
        reindex();
        endMoveRows();
    }
    Q_EMIT dataChanged(index(target, 0), index(target, kColumnCount - 1));
}

// Where `entry` goes among the rows other than `skip`: a binary search, so one change costs
// a few comparisons, not a sort.
int LaunchTableModel::positionFor(const Entry& entry, int skip) const {
    const int count = static_cast<int>(m_rows.size()) - (skip >= 0 ? 1 : 0);
    int low = 0;
    int high = count;
    while (low < high) {
        const int middle = low + (high - low) / 2;
        const int actual = skip >= 0 && middle >= skip ? middle + 1 : middle;
        if (before(m_rows[static_cast<std::size_t>(actual)], entry)) {
            low = middle + 1;
        } else {
            high = middle;
        }
    }
    return low;
}

QString LaunchTableModel::textKey(const Entry& entry, int column) const {
    if (column == Quarter || column == TargetDate) {
        return cellText(entry.launch, column);
    }
    return keyPart(entry, column).toString();
}

bool LaunchTableModel::before(const Entry& left, const Entry& right) const {
    if (m_sortColumn >= 0) {
        int compared = 0;
        if (isTextColumn(m_sortColumn)) {
            compared = textKey(left, m_sortColumn).compare(textKey(right, m_sortColumn));
        } else {
            const std::int64_t a = numericKey(left.launch, m_sortColumn);
            const std::int64_t b = numericKey(right.launch, m_sortColumn);
            compared = a < b ? -1 : (a > b ? 1 : 0);
        }
        if (compared != 0) {
            return m_sortOrder == Qt::AscendingOrder ? compared < 0 : compared > 0;
        }
    }
    return left.sequence < right.sequence;
}

// The rows' order under the sort column: keys computed once per row, then one sort.
std::vector<int> LaunchTableModel::sortedOrder() const {
    std::vector<int> sorted(m_rows.size());
    std::iota(sorted.begin(), sorted.end(), 0);
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    auto bySequence = [this](int left, int right) {
        return m_rows[static_cast<std::size_t>(left)].sequence <
               m_rows[static_cast<std::size_t>(right)].sequence;
    };
    if (m_sortColumn < 0) {
        std::sort(sorted.begin(), sorted.end(), bySequence);
    } else if (isTextColumn(m_sortColumn)) {
        std::vector<QStringView> keys;
        std::vector<QString> dates;  // the one text column not in the search key
        keys.reserve(m_rows.size());
        if (m_sortColumn == TargetDate || m_sortColumn == Quarter) {
            dates.reserve(m_rows.size());
            for (const Entry& entry : m_rows) {
                dates.push_back(cellText(entry.launch, m_sortColumn));
            }
            keys.assign(dates.begin(), dates.end());
        } else {
            for (const Entry& entry : m_rows) {
                keys.push_back(keyPart(entry, m_sortColumn));
            }
        }
        std::sort(sorted.begin(), sorted.end(), [&](int left, int right) {
            const int compared =
                keys[static_cast<std::size_t>(left)].compare(keys[static_cast<std::size_t>(right)]);
            if (compared != 0) {
                return ascending ? compared < 0 : compared > 0;
            }
            return bySequence(left, right);
        });
    } else {
        std::vector<std::int64_t> keys;
        keys.reserve(m_rows.size());
        for (const Entry& entry : m_rows) {
            keys.push_back(numericKey(entry.launch, m_sortColumn));
        }
        std::sort(sorted.begin(), sorted.end(), [&](int left, int right) {
            const std::int64_t a = keys[static_cast<std::size_t>(left)];
            const std::int64_t b = keys[static_cast<std::size_t>(right)];
            if (a != b) {
                return ascending ? a < b : a > b;
            }
            return bySequence(left, right);
        });
    }
    return sorted;
}

void LaunchTableModel::reindex() {
    m_indexed = false;
}

LaunchTableModel::Entry LaunchTableModel::makeEntry(LaunchRow row) {
    return Entry{std::move(row), QString(), m_nextSequence++};
}

const QString& LaunchTableModel::keyOf(const Entry& entry) const {
    if (entry.key.isNull()) {
        entry.key = searchKeyOf(entry.launch);
    }
    return entry.key;
}

void LaunchTableModel::buildSearchKeys() const {
    for (const Entry& entry : m_rows) {
        keyOf(entry);
    }
}

QStringView LaunchTableModel::keyPart(const Entry& entry, int column) const {
    const int part = column == Name ? 0 : (column == Product ? 1 : 2);
    QStringView rest(keyOf(entry));
    for (int i = 0; i < part; ++i) {
        rest = rest.mid(rest.indexOf(QChar(0x1f)) + 1);
    }
    const qsizetype end = rest.indexOf(QChar(0x1f));
    return end < 0 ? rest : rest.left(end);
}

QString LaunchTableModel::searchKeyOf(const LaunchRow& row) const {
    const QString& product = foldedName(m_productKeys, row.productId, row.product);
    const QString& owner = foldedName(m_ownerKeys, row.ownerId, row.owner);
    QString key = toQString(row.name).toCaseFolded();
    key.reserve(key.size() + product.size() + owner.size() + 2);
    key += QChar(0x1f);
    key += product;
    key += QChar(0x1f);
    key += owner;
    return key;
}

const QString& LaunchTableModel::foldedName(QHash<std::int64_t, QString>& names, std::int64_t id,
                                            const std::string& name) const {
    auto found = names.find(id);
    if (found == names.end()) {
        found = names.insert(id, toQString(name).toCaseFolded());
    }
    return *found;
}

QString LaunchTableModel::cellText(const LaunchRow& row, int column) const {
    switch (column) {
        case Name:
            return toQString(row.name);
        case Product:
            return toQString(row.product);
        case Quarter:
            return toQString(row.quarter);
        case Owner:
            return toQString(row.owner);
        case Tier:
            return row.overridden ? tr("%1 (override)").arg(tierText(row.tier))
                                  : tierText(row.tier);
        case Score:
            return scoreText(row.score);
        case Status:
            return statusText(row.status);
        case Readiness:
            return readinessText(row.readiness, row.tier.has_value());
        case TargetDate:
            return row.targetDate ? toQString(*row.targetDate) : QString();
        default:
            return {};
    }
}

}  // namespace pmm::ui
