#pragma once

#include <QAbstractTableModel>
#include <QString>

#include <cstdint>
#include <vector>

#include "positioning/positioning_names.h"
#include "positioning/positioning_statement.h"

namespace pmm::ui {

class WorkspaceSession;

// Every product × segment that has a positioning statement, with its current version:
// product, segment, version, date, author and the statement as one sentence.
class StatementScopeModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Product, Segment, Version, Written, Author, Sentence };
    static constexpr int kColumnCount = 6;

    explicit StatementScopeModel(WorkspaceSession& session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void reload();

    const positioning::PositioningStatement& current(int row) const {
        return m_rows[static_cast<std::size_t>(row)].current;
    }
    QString productName(int row) const { return m_rows[static_cast<std::size_t>(row)].product; }
    // The row of a product × segment, or -1.
    int rowOf(std::int64_t productId, std::int64_t segmentId) const;
    const PositioningNames& names() const { return m_names; }

private:
    struct Row {
        positioning::PositioningStatement current;
        QString product;
        QString segment;
        QString sentence;
    };

    WorkspaceSession& m_session;
    PositioningNames m_names;
    std::vector<Row> m_rows;
};

}  // namespace pmm::ui
