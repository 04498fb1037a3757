#include "battlecards/battlecard_history_dialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

#include "app/workspace_session.h"
#include "battlecards/battlecard_diff_html.h"
#include "battlecards/battlecard_revision_model.h"
#include "launches/launch_texts.h"
#include "storage/battlecard_store.h"

namespace pmm::ui {

BattlecardHistoryDialog::BattlecardHistoryDialog(WorkspaceSession& session, std::int64_t cardId,
                                                 const QString& cardName, QWidget* parent)
    : QDialog(parent),
      m_session(session),
      m_cardId(cardId),
      m_model(new BattlecardRevisionModel(session, cardId, this)),
      m_since(new QLabel(this)),
      m_comparing(new QLabel(this)),
      m_table(new QTableView(this)),
      m_diff(new QTextBrowser(this)) {
    setObjectName(QStringLiteral("battlecardHistory"));
    setWindowTitle(tr("History: %1").arg(cardName));
    setSizeGripEnabled(true);
    m_since->setObjectName(QStringLiteral("sinceRefresh"));
    m_since->setTextFormat(Qt::PlainText);
    m_since->setWordWrap(true);
    m_comparing->setTextFormat(Qt::PlainText);
    m_comparing->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("revisions"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    const int character = fontMetrics().averageCharWidth();
    m_table->setColumnWidth(BattlecardRevisionModel::Number, character * 5);
    m_table->setColumnWidth(BattlecardRevisionModel::Kind, character * 12);
    m_table->setColumnWidth(BattlecardRevisionModel::Who, character * 20);
    m_table->setColumnWidth(BattlecardRevisionModel::When, character * 21);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BattlecardHistoryDialog::onSelectionChanged);

    m_diff->setObjectName(QStringLiteral("diff"));
    m_diff->setOpenLinks(false);
    m_diff->setOpenExternalLinks(false);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    auto* lower = new QWidget(this);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_comparing);
    lowerLayout->addWidget(m_diff, 1);
    splitter->addWidget(lower);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto* hint = new QLabel(tr("Select two revisions (Ctrl+click) to compare them; a single "
                               "revision is compared with the one before it."),
                            this);
    hint->setTextFormat(Qt::PlainText);
    hint->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_since);
    layout->addWidget(hint);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(character * 120, fontMetrics().height() * 40);

    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateSinceRefresh();
        if (m_model->rowCount() > 0) {
            m_table->selectRow(0);
        }
    });
    updateSinceRefresh();
    if (m_model->rowCount() > 0) {
        m_table->selectRow(0);
    }
}

void BattlecardHistoryDialog::compare(int from, int to) {
    const int fromRow = rowOfNumber(from);
    const int toRow = rowOfNumber(to);
    if (fromRow < 0 || toRow < 0) {
        return;
    }
    QItemSelection selection;
    for (int row : {fromRow, toRow}) {
        selection.select(m_model->index(row, 0),
                         m_model->index(row, BattlecardRevisionModel::kColumnCount - 1));
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

void BattlecardHistoryDialog::changeEvent(QEvent* event) {
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_compared) {
        showDiff(m_compared->first, m_compared->second);
    }
}

void BattlecardHistoryDialog::onSelectionChanged() {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        return;
    }
    int newest = 0;
    int oldest = INT_MAX;
    for (const QModelIndex& index : rows) {
        const int number = m_model->revision(index.row()).number;
        newest = std::max(newest, number);
        oldest = std::min(oldest, number);
    }
    if (rows.size() == 1) {
        // Newest first: the revision before it is the next row.
        const int below = rows.first().row() + 1;
        oldest = below < m_model->rowCount() ? m_model->revision(below).number : newest;
    }
    showDiff(oldest, newest);
}

void BattlecardHistoryDialog::showDiff(int from, int to) {
    std::optional<battlecards::CardDiff> diff;
    reportingErrors(m_session, [&] {
        diff = storage::BattlecardStore(m_session.workspace()).compare(m_cardId, from, to);
    });
    m_compared = std::make_pair(from, to);
    m_comparing->setText(from == to
                             ? tr("Revision %1 is the first: nothing before it to compare.").arg(to)
                             : tr("Changes from revision %1 to revision %2:").arg(from).arg(to));
    m_diff->setHtml(diff && from != to ? cardDiffHtml(*diff, palette()) : QString());
}

void BattlecardHistoryDialog::updateSinceRefresh() {
    std::optional<battlecards::SinceRefreshSummary> since;
    reportingErrors(m_session, [&] {
        since = storage::BattlecardStore(m_session.workspace()).sinceLastRefresh(m_cardId);
    });
    m_since->setText(since ? toQString(since->sentence) : QString());
}

int BattlecardHistoryDialog::rowOfNumber(int number) const {
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->revision(row).number == number) {
            return row;
        }
    }
    return -1;
}

}  // namespace pmm::ui
