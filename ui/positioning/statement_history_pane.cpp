#include "positioning/statement_history_pane.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include "battlecards/battlecard_texts.h"
#include "common/palette_colors.h"
#include "launches/launch_texts.h"
#include "positioning/positioning_widgets.h"
#include "positioning/statement_diff.h"

namespace pmm::ui {

using positioning::PositioningStatement;

namespace {

QString versionText(const PositioningStatement& statement) {
    return QObject::tr("v%1 \u00b7 %2")
        .arg(statement.version)
        .arg(isoDateText(statement.createdOn));
}

QTableWidget* smallTable(const QString& name, const QStringList& headers, QWidget* parent) {
    auto* table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setTabKeyNavigation(false);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

}  // namespace

StatementHistoryPane::StatementHistoryPane(QWidget* parent)
    : QWidget(parent),
      m_sentence(plainLabel(QStringLiteral("statementSentence"), this)),
      m_history(smallTable(QStringLiteral("statementHistory"),
                           {tr("Version"), tr("Date"), tr("Author"), tr("Note")}, this)),
      m_older(new QComboBox(this)),
      m_newer(new QComboBox(this)),
      m_summary(plainLabel(QStringLiteral("diffSummary"), this)),
      m_diff(smallTable(QStringLiteral("statementDiff"), {tr("Part"), tr("Before"), tr("After")},
                        this)) {
    QFont bold = m_sentence->font();
    bold.setBold(true);
    m_sentence->setFont(bold);
    m_history->setAccessibleName(tr("Versions, newest first"));
    m_diff->setAccessibleName(tr("Differences between two versions"));
    m_diff->setWordWrap(true);
    m_diff->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_diff->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_diff->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    const int character = fontMetrics().averageCharWidth();
    m_history->setColumnWidth(0, character * 9);
    m_history->setColumnWidth(1, character * 14);
    m_history->setColumnWidth(2, character * 18);
    connect(m_history, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0 && static_cast<std::size_t>(row) + 1 < m_versions.size()) {
            const auto index = static_cast<std::size_t>(row);
            compare(m_versions[index + 1].version, m_versions[index].version);
        }
    });

    auto* history = new QWidget(this);
    auto* historyLayout = new QVBoxLayout(history);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    auto* historyTitle = new QLabel(tr("&History"), history);
    historyTitle->setBuddy(m_history);
    historyLayout->addWidget(historyTitle);
    historyLayout->addWidget(m_history, 1);

    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(history, 2);
    row->addWidget(createComparison(), 3);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_sentence);
    layout->addLayout(row, 1);
    clear();
}

QWidget* StatementHistoryPane::createComparison() {
    m_comparison = new QWidget(this);
    m_older->setObjectName(QStringLiteral("olderVersion"));
    m_newer->setObjectName(QStringLiteral("newerVersion"));
    m_older->setAccessibleName(tr("Compare version"));
    m_newer->setAccessibleName(tr("with version"));
    for (QComboBox* box : {m_older, m_newer}) {
        connect(box, &QComboBox::activated, this, &StatementHistoryPane::updateDiff);
    }
    auto* compareLabel = new QLabel(tr("&Compare"), m_comparison);
    compareLabel->setBuddy(m_older);
    auto* bar = new QHBoxLayout;
    bar->addWidget(compareLabel);
    bar->addWidget(m_older);
    bar->addWidget(new QLabel(tr("with"), m_comparison));
    bar->addWidget(m_newer);
    bar->addStretch(1);
    auto* layout = new QVBoxLayout(m_comparison);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_diff, 1);
    return m_comparison;
}

void StatementHistoryPane::clear() {
    m_versions.clear();
    m_product.clear();
    m_sentence->setText(tr("Choose a product and segment to see its statement and history."));
    m_history->setRowCount(0);
    m_older->clear();
    m_newer->clear();
    m_diff->setRowCount(0);
    m_summary->clear();
    m_comparison->setEnabled(false);
}

void StatementHistoryPane::showHistory(std::vector<PositioningStatement> versions,
                                       const QString& product) {
    m_versions = std::move(versions);
    m_product = product;
    if (m_versions.empty()) {
        clear();
        return;
    }
    m_sentence->setText(toQString(statementSentence(m_versions.front(), toStdString(product))));
    fillHistory();
    m_comparison->setEnabled(m_versions.size() > 1);
    if (m_versions.size() > 1) {
        compare(m_versions[1].version, m_versions[0].version);
    } else {
        m_diff->setRowCount(0);
        m_summary->setText(tr("Only one version so far: nothing to compare yet."));
    }
}

void StatementHistoryPane::fillHistory() {
    const QSignalBlocker blocker(m_history);
    m_history->setRowCount(0);
    m_older->clear();
    m_newer->clear();
    for (const PositioningStatement& statement : m_versions) {
        const int row = m_history->rowCount();
        m_history->insertRow(row);
        const QStringList cells = {QStringLiteral("v%1").arg(statement.version),
                                   isoDateText(statement.createdOn), toQString(statement.createdBy),
                                   toQString(statement.note)};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(toQString(statementSentence(statement, toStdString(m_product))));
            m_history->setItem(row, column, item);
        }
        m_older->addItem(versionText(statement), statement.version);
        m_newer->addItem(versionText(statement), statement.version);
    }
}

const PositioningStatement* StatementHistoryPane::version(int number) const {
    for (const PositioningStatement& statement : m_versions) {
        if (statement.version == number) {
            return &statement;
        }
    }
    return nullptr;
}

bool StatementHistoryPane::compare(int olderVersion, int newerVersion) {
    const int older = m_older->findData(std::min(olderVersion, newerVersion));
    const int newer = m_newer->findData(std::max(olderVersion, newerVersion));
    if (older < 0 || newer < 0) {
        return false;
    }
    m_older->setCurrentIndex(older);
    m_newer->setCurrentIndex(newer);
    updateDiff();
    return true;
}

void StatementHistoryPane::updateDiff() {
    const PositioningStatement* older = version(m_older->currentData().toInt());
    const PositioningStatement* newer = version(m_newer->currentData().toInt());
    m_diff->setRowCount(0);
    if (older == nullptr || newer == nullptr) {
        return;
    }
    m_diff->setHorizontalHeaderLabels(
        {tr("Part"), tr("v%1").arg(older->version), tr("v%1").arg(newer->version)});
    const auto changes = positioning::diffStatements(*older, *newer);
    const QColor changed =
        blend(palette().color(QPalette::Base), palette().color(QPalette::Highlight), 0.22);
    for (const positioning::StatementPartChange& change : changes) {
        const int row = m_diff->rowCount();
        m_diff->insertRow(row);
        const QStringList cells = {toQString(change.part), toQString(change.before),
                                   toQString(change.after)};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (change.changed) {
                item->setBackground(changed);
                QFont font = m_diff->font();
                font.setBold(column == 0);
                item->setFont(font);
            } else {
                item->setForeground(palette().color(QPalette::PlaceholderText));
            }
            m_diff->setItem(row, column, item);
        }
    }
    const int count = positioning::changedPartCount(changes);
    const QString from = QString::number(older->version);
    const QString to = QString::number(newer->version);
    if (count == 0) {
        m_summary->setText(tr("v%1 says the same as v%2.").arg(to, from));
    } else if (count == 1) {
        m_summary->setText(tr("1 part changed from v%1 to v%2.").arg(from, to));
    } else {
        m_summary->setText(
            tr("%1 parts changed from v%2 to v%3.").arg(QString::number(count), from, to));
    }
}

void StatementHistoryPane::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        updateDiff();
    }
}

}  // namespace pmm::ui
