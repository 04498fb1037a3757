#include "positioning/statement_scope_model.h"

#include <algorithm>

#include "app/workspace_session.h"
#include "battlecards/battlecard_texts.h"
#include "launches/launch_texts.h"
#include "storage/positioning_statement_store.h"

namespace pmm::ui {

StatementScopeModel::StatementScopeModel(WorkspaceSession& session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session) {
    reload();
}

int StatementScopeModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int StatementScopeModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : kColumnCount;
}

QVariant StatementScopeModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    if (role == Qt::TextAlignmentRole && index.column() == Version) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (index.column()) {
        case Product:
            return row.product;
        case Segment:
            return row.segment;
        case Version:
            return row.current.version;
        case Written:
            return isoDateText(row.current.createdOn);
        case Author:
            return toQString(row.current.createdBy);
        case Sentence:
            return row.sentence;
        default:
            return {};
    }
}

QVariant StatementScopeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
        case Product:
            return tr("Product");
        case Segment:
            return tr("Segment");
        case Version:
            return tr("Version");
        case Written:
            return tr("Date");
        case Author:
            return tr("Author");
        case Sentence:
            return tr("Current statement");
        default:
            return {};
    }
}

void StatementScopeModel::reload() {
    beginResetModel();
    m_rows.clear();
    m_names = PositioningNames::read(m_session);
    if (m_session.isOpen()) {
        reportingErrors(m_session, [this] {
            const storage::PositioningStatementStore store(m_session.workspace());
            for (auto& current : store.currentOfEach()) {
                const auto product = m_names.products.constFind(current.productId);
                const auto segment = m_names.segments.constFind(current.segmentId);
                if (product == m_names.products.cend() || segment == m_names.segments.cend()) {
                    continue;
                }
                const QString sentence =
                    toQString(positioning::statementSentence(current, toStdString(*product)));
                m_rows.push_back({std::move(current), *product, *segment, sentence});
            }
        });
    }
    std::sort(m_rows.begin(), m_rows.end(), [](const Row& a, const Row& b) {
        const int byProduct = a.product.localeAwareCompare(b.product);
        return byProduct != 0 ? byProduct < 0 : a.segment.localeAwareCompare(b.segment) < 0;
    });
    endResetModel();
}

int StatementScopeModel::rowOf(std::int64_t productId, std::int64_t segmentId) const {
    for (std::size_t row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].current.productId == productId &&
            m_rows[row].current.segmentId == segmentId) {
            return static_cast<int>(row);
        }
    }
    return -1;
}

}  // namespace pmm::ui
