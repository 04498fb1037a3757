#include "launches/launch_checklist_box.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

#include "app/workspace_session.h"
#include "launches/launch_texts.h"
#include "launches/set_checklist_item_command.h"
#include "storage/launch_checklist.h"

namespace pmm::ui {

namespace {

constexpr int kItemIdRole = Qt::UserRole + 1;

}  // namespace

LaunchChecklistBox::LaunchChecklistBox(WorkspaceSession& session, QWidget* parent)
    : QGroupBox(tr("Deliverables"), parent),
      m_session(session),
      m_readiness(new QLabel(this)),
      m_items(new QListWidget(this)) {
    setObjectName(QStringLiteral("checklistBox"));
    m_readiness->setObjectName(QStringLiteral("readiness"));
    m_readiness->setTextFormat(Qt::PlainText);
    m_readiness->setWordWrap(true);
    m_items->setObjectName(QStringLiteral("checklist"));
    m_items->setAccessibleName(tr("Deliverables"));
    m_items->setUniformItemSizes(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_readiness);
    layout->addWidget(m_items);
    connect(m_items, &QListWidget::itemChanged, this, &LaunchChecklistBox::onItemChanged);
}

void LaunchChecklistBox::setLaunch(std::int64_t launchId) {
    m_loading = true;
    const int current = launchId == m_launchId ? m_items->currentRow() : 0;
    m_launchId = launchId;
    m_items->clear();
    std::vector<launches::LaunchChecklistEntry> entries;
    launches::Readiness readiness;
    if (launchId != 0 && m_session.isOpen()) {
        reportingErrors(m_session, [&] {
            launches::LaunchChecklist checklist(m_session.workspace());
            entries = checklist.entries(launchId);
            readiness = checklist.readiness(launchId);
        });
    }
    const Qt::ItemFlags flags =
        m_session.isReadOnly() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable
                               : Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
    for (const auto& entry : entries) {
        auto* item = new QListWidgetItem(toQString(entry.title), m_items);
        item->setData(kItemIdRole, QVariant::fromValue<qint64>(entry.itemId));
        item->setFlags(flags);
        item->setCheckState(entry.done ? Qt::Checked : Qt::Unchecked);
    }
    if (entries.empty()) {
        m_readiness->setText(tr("The checklist follows the tier: score the criteria first."));
    } else {
        m_readiness->setText(tr("Readiness %1 \u2014 tick each deliverable when it is done.")
                                 .arg(toQString(readiness.text())));
    }
    m_items->setHidden(entries.empty());
    // Tall enough for every item: the pane scrolls, the list does not.
    const int rows = static_cast<int>(entries.size());
    m_items->setFixedHeight(rows * m_items->sizeHintForRow(0) + 2 * m_items->frameWidth() + 2);
    if (rows > 0) {
        m_items->setCurrentRow(std::min(std::max(current, 0), rows - 1));
    }
    m_loading = false;
}

bool LaunchChecklistBox::setDone(int row, bool done) {
    QListWidgetItem* item = m_items->item(row);
    if (!item || m_launchId == 0) {
        return false;
    }
    return m_session.execute(std::make_unique<SetChecklistItemCommand>(
        m_session, m_launchId, item->data(kItemIdRole).toLongLong(), item->text(), done));
}

void LaunchChecklistBox::onItemChanged(QListWidgetItem* item) {
    if (m_loading) {
        return;
    }
    const int row = m_items->row(item);
    const bool done = item->checkState() == Qt::Checked;
    // Later: the change notification rebuilds this list, which must not happen while the
    // list is still inside the signal of one of its items.
    QMetaObject::invokeMethod(
        this,
        [this, row, done] {
            if (!setDone(row, done)) {
                setLaunch(m_launchId);  // show what is stored again
            }
        },
        Qt::QueuedConnection);
}

}  // namespace pmm::ui
