#pragma once

#include <QAbstractTableModel>
#include <QString>

#include <vector>

#include "positioning/positioning_alert_metatype.h"
#include "positioning/positioning_names.h"
#include "positioning/positioning_thresholds.h"
#include "positioning/positioning_trigger.h"
#include "util/dates.h"

namespace pmm::ui {

class WorkspaceSession;

// The open positioning triggers of the workspace as of a day (today unless set): kind,
// sentence, scope and since. Read all at once (the large demo has under a thousand);
// reload() reads them again.
class TriggerTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Kind, Trigger, Scope, Since };
    static constexpr int kColumnCount = 4;
    enum Role { KindRole = Qt::UserRole + 1, SearchRole };

    explicit TriggerTableModel(WorkspaceSession& session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The day triggers are evaluated on (a test or a tour pins it); reloads.
    void setToday(const Date& today);
    const Date& today() const { return m_today; }
    void reload();

    const positioning::PositioningAlert& alert(int row) const {
        return m_rows[static_cast<std::size_t>(row)].alert;
    }
    int countOf(positioning::TriggerKind kind) const;
    const positioning::PositioningThresholds& thresholds() const { return m_thresholds; }
    const PositioningNames& names() const { return m_names; }

private:
    struct Row {
        positioning::PositioningAlert alert;
        QString scope;
        QString since;
        QString search;  // sentence and scope, case-folded
    };

    WorkspaceSession& m_session;
    Date m_today;
    positioning::PositioningThresholds m_thresholds;
    PositioningNames m_names;
    std::vector<Row> m_rows;
};

// "Failed-deal pattern": core's label with a capital.
QString triggerKindText(positioning::TriggerKind kind);

}  // namespace pmm::ui
