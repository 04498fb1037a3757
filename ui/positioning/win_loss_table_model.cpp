#include "positioning/win_loss_table_model.h"

#include <QLocale>
#include <QTimer>

#include <algorithm>
#include <numeric>

#include "app/workspace_session.h"
#include "launches/launch_texts.h"
#include "positioning/deal_import_plan.h"
#include "positioning/deal_import_preview.h"
#include "positioning/win_loss_texts.h"

namespace pmm::ui {

using positioning::Deal;

namespace {

bool isFreeTextColumn(int column) {
    return column == WinLossTableModel::Deal || column == WinLossTableModel::Reason ||
           column == WinLossTableModel::Angle || column == WinLossTableModel::Notes;
}

const std::string& freeText(const Deal& deal, int column) {
    switch (column) {
        case WinLossTableModel::Reason:
            return deal.reason;
        case WinLossTableModel::Angle:
            return deal.angle;
        case WinLossTableModel::Notes:
            return deal.notes;
        default:
            return deal.name;
    }
}

std::int64_t rankOf(const std::unordered_map<std::int64_t, int>& rank,
                    const std::optional<std::int64_t>& id) {
    const auto found = id ? rank.find(*id) : rank.end();
    return found == rank.end() ? -1 : found->second;
}

std::unordered_map<std::int64_t, int> ranks(const std::vector<storage::NamedId>& names) {
    std::unordered_map<std::int64_t, int> rank;
    for (std::size_t i = 0; i < names.size(); ++i) {
        rank.emplace(names[i].id, static_cast<int>(i));
    }
    return rank;
}

}  // namespace

WinLossTableModel::WinLossTableModel(WorkspaceSession& session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session) {
    connect(&session, &WorkspaceSession::workspaceChanged, this, &WinLossTableModel::reload);
    connect(&session, &WorkspaceSession::changed, this, &WinLossTableModel::onChanged);
    reload();
}

int WinLossTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_deals.size());
}

int WinLossTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : kColumnCount;
}

QVariant WinLossTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const positioning::Deal& row = deal(index.row());
    switch (role) {
        case Qt::DisplayRole:
            return cellText(row, index.column());
        case Qt::ToolTipRole:
            if (index.column() == Deal && !row.dealRef.empty()) {
                return textToolTip(
                    tr("%1 (CRM id %2)").arg(toQString(row.name), toQString(row.dealRef)));
            }
            if (isFreeTextColumn(index.column()) && !freeText(row, index.column()).empty()) {
                return textToolTip(toQString(freeText(row, index.column())));
            }
            return {};
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(
                Qt::Alignment(index.column() == Arr ? Qt::AlignRight : Qt::AlignLeft) |
                Qt::AlignVCenter);
        case IdRole:
            return QVariant::fromValue<qint64>(row.id);
        default:
            return {};
    }
}

QVariant WinLossTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= kColumnCount) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
        case ClosedOn:
            return tr("Closed");
        case Deal:
            return tr("Deal");
        case Segment:
            return tr("Segment");
        case Competitor:
            return tr("Competitor");
        case Product:
            return tr("Product");
        case Outcome:
            return tr("Outcome");
        case Arr:
            return tr("ARR");
        case Reason:
            return tr("Reason");
        case Angle:
            return tr("Angle used");
        case Notes:
            return tr("Notes");
        default:
            return {};
    }
}

QString WinLossTableModel::cellText(const positioning::Deal& row, int column) const {
    switch (column) {
        case ClosedOn:
            return toQString(toIsoText(row.closedOn));
        case Segment:
            return nameOf(m_segmentRank, m_table.segments, row.segmentId);
        case Competitor:
            return nameOf(m_competitorRank, m_table.competitors, row.competitorId);
        case Product:
            return nameOf(m_productRank, m_table.products, row.productId);
        case Outcome:
            return outcomeText(row.outcome);
        case Arr:
            return arrText(row.arrCents);
        default:
            return toQString(freeText(row, column));
    }
}

QString WinLossTableModel::nameOf(const std::unordered_map<std::int64_t, int>& rank,
                                  const std::vector<storage::NamedId>& names,
                                  const std::optional<std::int64_t>& id) const {
    const std::int64_t position = rankOf(rank, id);
    return position < 0 ? QString() : toQString(names[static_cast<std::size_t>(position)].name);
}

const QString& WinLossTableModel::searchKey(int row) const {
    if (m_searchKeys.size() != m_deals.size()) {
        buildSearchKeys();
    }
    return m_searchKeys[static_cast<std::size_t>(row)];
}

void WinLossTableModel::buildSearchKeys() const {
    m_searchKeys.clear();
    m_searchKeys.reserve(m_deals.size());
    for (const positioning::Deal& row : m_deals) {
        QString key = toQString(row.name);
        key += QChar(0x1f);
        key += toQString(row.reason);
        key += QChar(0x1f);
        key += toQString(row.notes);
        m_searchKeys.push_back(key.toCaseFolded());
    }
}

void WinLossTableModel::reload() {
    beginResetModel();
    storage::DealTable table;
    if (m_session.isOpen()) {
        reportingErrors(m_session,
                        [this, &table] { table = storage::readDealTable(m_session.workspace()); });
    }
    m_deals = std::move(table.deals);
    m_table = std::move(table);
    m_searchKeys.clear();
    indexNames();
    if (m_sortColumn >= 0) {
        std::vector<positioning::Deal> ordered;
        ordered.reserve(m_deals.size());
        for (const int row : sortedOrder()) {
            ordered.push_back(std::move(m_deals[static_cast<std::size_t>(row)]));
        }
        m_deals = std::move(ordered);
    }
    endResetModel();
    // After the first paint, before the user can type: a search finds every key ready.
    QTimer::singleShot(0, this, [this] {
        if (m_searchKeys.size() != m_deals.size()) {
            buildSearchKeys();
        }
    });
    Q_EMIT namesChanged();
}

void WinLossTableModel::indexNames() {
    m_competitorRank = ranks(m_table.competitors);
    m_segmentRank = ranks(m_table.segments);
    m_productRank = ranks(m_table.products);
}

void WinLossTableModel::onChanged(const storage::Change& change) {
    using storage::EntityKind;
    switch (change.kind) {
        case EntityKind::Deal:
        case EntityKind::Competitor:
        case EntityKind::Segment:
        case EntityKind::Product:
        case EntityKind::Everything:
            reload();
            return;
        default:
            return;
    }
}

void WinLossTableModel::sort(int column, Qt::SortOrder order) {
    if (column >= kColumnCount) {
        return;
    }
    m_sortColumn = std::max(column, -1);
    m_sortOrder = order;
    applyOrder(sortedOrder());
}

// Moves the rows into `sorted` order (sorted[new row] = old row), keeping persistent indexes
// (the proxy's, the selection's) on their records.
void WinLossTableModel::applyOrder(const std::vector<int>& sorted) {
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    std::vector<int> newRowOf(sorted.size());
    std::vector<positioning::Deal> rows;
    std::vector<QString> keys;
    rows.reserve(sorted.size());
    const bool withKeys = m_searchKeys.size() == m_deals.size();
    for (std::size_t i = 0; i < sorted.size(); ++i) {
        const auto from = static_cast<std::size_t>(sorted[i]);
        newRowOf[from] = static_cast<int>(i);
        rows.push_back(std::move(m_deals[from]));
        if (withKeys) {
            keys.push_back(std::move(m_searchKeys[from]));
        }
    }
    m_deals = std::move(rows);
    m_searchKeys = std::move(keys);
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex& index : before) {
        after.append(this->index(newRowOf[static_cast<std::size_t>(index.row())], index.column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

// The rows' order under the sort column: a key per row computed once, then one sort; ties
// (and column -1) newest first.
std::vector<int> WinLossTableModel::sortedOrder() const {
    std::vector<int> sorted(m_deals.size());
    std::iota(sorted.begin(), sorted.end(), 0);
    auto newestFirst = [this](int left, int right) {
        const positioning::Deal& a = m_deals[static_cast<std::size_t>(left)];
        const positioning::Deal& b = m_deals[static_cast<std::size_t>(right)];
        return a.closedOn != b.closedOn ? a.closedOn > b.closedOn : a.id > b.id;
    };
    auto sortBy = [&](const auto& keys) {
        const bool ascending = m_sortOrder == Qt::AscendingOrder;
        std::sort(sorted.begin(), sorted.end(), [&](int left, int right) {
            const auto& a = keys[static_cast<std::size_t>(left)];
            const auto& b = keys[static_cast<std::size_t>(right)];
            if (a != b) {
                return ascending ? a < b : b < a;
            }
            return newestFirst(left, right);
        });
    };
    if (m_sortColumn < 0) {
        std::sort(sorted.begin(), sorted.end(), newestFirst);
    } else if (isFreeTextColumn(m_sortColumn)) {
        std::vector<std::string> keys;
        keys.reserve(m_deals.size());
        for (const positioning::Deal& row : m_deals) {
            keys.push_back(positioning::foldedName(freeText(row, m_sortColumn)));
        }
        sortBy(keys);
    } else {
        std::vector<std::int64_t> keys;
        keys.reserve(m_deals.size());
        for (const positioning::Deal& row : m_deals) {
            keys.push_back(sortKey(row, m_sortColumn));
        }
        sortBy(keys);
    }
    return sorted;
}

std::int64_t WinLossTableModel::sortKey(const positioning::Deal& row, int column) const {
    switch (column) {
        case ClosedOn:
            return daysSinceEpoch(row.closedOn);
        case Segment:
            return rankOf(m_segmentRank, row.segmentId);
        case Competitor:
            return rankOf(m_competitorRank, row.competitorId);
        case Product:
            return rankOf(m_productRank, row.productId);
        case Outcome:
            return static_cast<int>(row.outcome);
        case Arr:
            return row.arrCents.value_or(-1);
        default:
            return 0;
    }
}

}  // namespace pmm::ui
