#include "common/record_item_delegate.h"

#include <QComboBox>
#include <QLineEdit>

#include <algorithm>

#include "app/workspace_session.h"
#include "common/record.h"
#include "common/record_table_model.h"
#include "storage/catalog.h"

namespace pmm::ui {

namespace {

FieldKind kindOf(const QModelIndex& index) {
    return static_cast<FieldKind>(index.data(RecordTableModel::FieldKindRole).toInt());
}

}  // namespace

RecordItemDelegate::RecordItemDelegate(WorkspaceSession& session, QObject* parent)
    : QStyledItemDelegate(parent), m_session(session) {}

QWidget* RecordItemDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                          const QModelIndex& index) const {
    const FieldKind kind = kindOf(index);
    if (kind == FieldKind::Date) {
        auto* edit = new QLineEdit(parent);
        edit->setPlaceholderText(tr("YYYY-MM-DD"));
        edit->setToolTip(tr("A date as YYYY-MM-DD; leave empty when unknown."));
        return edit;
    }
    if (kind != FieldKind::Level && kind != FieldKind::Person) {
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
    auto* combo = new QComboBox(parent);
    if (m_session.isOpen()) {
        reportingErrors(m_session, [&] {
            if (kind == FieldKind::Level) {
                for (const auto& level : m_session.catalog().levels()) {
                    combo->addItem(QString::fromStdString(level.name), level.rank);
                }
                return;
            }
            combo->addItem(tr("(none)"), QVariant());
            auto people = m_session.catalog().people.list();
            std::stable_sort(people.begin(), people.end(), [](const auto& a, const auto& b) {
                return QString::fromStdString(a.name).localeAwareCompare(
                           QString::fromStdString(b.name)) < 0;
            });
            for (const auto& person : people) {
                combo->addItem(QString::fromStdString(person.name), static_cast<qint64>(person.id));
            }
        });
    }
    // A choice made with the mouse or Enter is the edit: commit it at once.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        auto* self = const_cast<RecordItemDelegate*>(this);
        Q_EMIT self->commitData(combo);
        Q_EMIT self->closeEditor(combo);
    });
    return combo;
}

void RecordItemDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const {
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        const QVariant value = index.data(Qt::EditRole);
        int found = 0;
        for (int i = 0; i < combo->count(); ++i) {
            const QVariant data = combo->itemData(i);
            if (data.isValid() && value.isValid() && data.toLongLong() == value.toLongLong()) {
                found = i;
                break;
            }
        }
        combo->setCurrentIndex(found);
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void RecordItemDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                      const QModelIndex& index) const {
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    if (auto* edit = qobject_cast<QLineEdit*>(editor); edit && kindOf(index) == FieldKind::Date) {
        model->setData(index, edit->text(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

}  // namespace pmm::ui
