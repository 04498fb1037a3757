#include "launches/quarter_section.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <map>
#include <set>

#include "app/workspace_session.h"
#include "common/empty_state.h"
#include "launches/launch_texts.h"
#include "launches/problem_label.h"
#include "storage/launch_quarters.h"

namespace pmm::ui {

using launches::Quarter;

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

QLabel* heading(QWidget* parent, const QString& text) {
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    QFont bold = label->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    label->setFont(bold);
    return label;
}

QTreeWidget* launchList(QWidget* parent, const QString& name, const QStringList& headers) {
    auto* list = new QTreeWidget(parent);
    list->setObjectName(name);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setAlternatingRowColors(true);
    list->setHeaderLabels(headers);
    list->setToolTip(QuarterSection::tr("Double-click or press Enter to open the launch"));
    return list;
}

// Tall enough for its rows (up to `most`), so the page scrolls rather than each list.
// The one row of an empty list, saying so across every column (not a launch: not selectable).
void addNoneRow(QTreeWidget* list, const QString& text) {
    auto* item = new QTreeWidgetItem(list);
    item->setText(0, text);
    item->setFlags(Qt::ItemIsEnabled);
    item->setFirstColumnSpanned(true);
}

void fitHeight(QTreeWidget* list, int most) {
    const int rows = std::clamp(list->topLevelItemCount(), 1, most);
    const int hint = list->sizeHintForRow(0);
    const int row = hint > 0 ? hint : list->fontMetrics().height() + 4;
    list->setFixedHeight(list->header()->sizeHint().height() + rows * row + 2 * list->frameWidth() +
                         2);
}

QString whenText(long days) {
    if (days == 0) {
        return QuarterSection::tr("today");
    }
    if (days < 0) {
        return days == -1 ? QuarterSection::tr("1 day overdue")
                          : QuarterSection::tr("%1 days overdue").arg(-days);
    }
    return days == 1 ? QuarterSection::tr("in 1 day") : QuarterSection::tr("in %1 days").arg(days);
}

}  // namespace

QuarterSection::QuarterSection(WorkspaceSession& session, QWidget* parent)
    : Section(parent),
      m_session(session),
      m_quarter(launches::quarterOf(today())),
      m_previous(new QToolButton(this)),
      m_quarterBox(new QComboBox(this)),
      m_next(new QToolButton(this)),
      m_today(new QPushButton(tr("&This quarter"), this)),
      m_stack(new QStackedWidget(this)),
      m_empty(new EmptyState(this)) {
    setObjectName(QStringLiteral("quarterSection"));
    m_previous->setObjectName(QStringLiteral("previousQuarter"));
    m_previous->setArrowType(Qt::LeftArrow);
    m_previous->setAccessibleName(tr("Previous quarter"));
    m_previous->setToolTip(tr("Previous quarter (Alt+Left)"));
    m_previous->setShortcut(QKeySequence(Qt::AltModifier | Qt::Key_Left));
    m_next->setObjectName(QStringLiteral("nextQuarter"));
    m_next->setArrowType(Qt::RightArrow);
    m_next->setAccessibleName(tr("Next quarter"));
    m_next->setToolTip(tr("Next quarter (Alt+Right)"));
    m_next->setShortcut(QKeySequence(Qt::AltModifier | Qt::Key_Right));
    m_quarterBox->setObjectName(QStringLiteral("quarter"));
    m_quarterBox->setAccessibleName(tr("Quarter"));
    m_quarterBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_today->setObjectName(QStringLiteral("thisQuarter"));
    connect(m_previous, &QToolButton::clicked, this, &QuarterSection::showPreviousQuarter);
    connect(m_next, &QToolButton::clicked, this, &QuarterSection::showNextQuarter);
    connect(m_today, &QPushButton::clicked, this, &QuarterSection::showCurrentQuarter);
    connect(m_quarterBox, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling) {
            return;
        }
        if (const auto chosen =
                launches::parseQuarter(toStdString(m_quarterBox->currentData().toString()))) {
            setQuarter(*chosen);
        }
    });

    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setActionText(tr("New &launch\u2026"));
    connect(m_empty, &EmptyState::actionTriggered, this, &QuarterSection::newLaunchRequested);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(buildOverview());
    m_stack->addWidget(scroll);
    m_stack->addWidget(m_empty);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_previous);
    bar->addWidget(m_quarterBox);
    bar->addWidget(m_next);
    bar->addWidget(m_today);
    bar->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);

    connect(&session, &WorkspaceSession::workspaceChanged, this, &QuarterSection::scheduleRefresh);
    connect(&session, &WorkspaceSession::changed, this, [this](const storage::Change& change) {
        using storage::EntityKind;
        if (change.kind == EntityKind::Launch || change.kind == EntityKind::TierRule ||
            change.kind == EntityKind::Person || change.kind == EntityKind::Product ||
            change.kind == EntityKind::Everything) {
            scheduleRefresh();
        }
    });
    refresh();
}

QWidget* QuarterSection::buildOverview() {
    auto* page = new QWidget(this);
    m_headline = new QLabel(page);
    m_headline->setObjectName(QStringLiteral("headline"));
    m_headline->setTextFormat(Qt::PlainText);
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_headline->setFont(big);
    m_capacity = new QLabel(page);
    m_capacity->setObjectName(QStringLiteral("capacity"));
    m_capacity->setTextFormat(Qt::PlainText);
    m_capacityWarning = new ProblemLabel(page);
    m_capacityWarning->setObjectName(QStringLiteral("capacityWarning"));
    m_readiness = new QLabel(page);
    m_readiness->setObjectName(QStringLiteral("readiness"));
    m_readiness->setTextFormat(Qt::PlainText);

    m_summary = new QTableWidget(page);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_summary->setSelectionMode(QAbstractItemView::NoSelection);
    m_summary->setFocusPolicy(Qt::NoFocus);
    m_summary->setAlternatingRowColors(true);
    m_summary->verticalHeader()->setDefaultSectionSize(fontMetrics().height() * 3 / 2);
    QStringList columns;
    for (launches::LaunchStatus status : launches::kLaunchStatuses) {
        columns.append(statusText(status));
    }
    columns << tr("Total") << tr("Readiness");
    m_summary->setColumnCount(static_cast<int>(columns.size()));
    m_summary->setHorizontalHeaderLabels(columns);
    m_summary->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_summary->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_summary->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_summary->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_atRiskTitle = heading(page, QString());
    m_atRisk = launchList(
        page, QStringLiteral("atRisk"),
        {tr("Launch"), tr("Tier"), tr("Owner"), tr("Target date"), tr("When"), tr("Readiness")});
    m_missingTitle = heading(page, QString());
    m_missing = launchList(page, QStringLiteral("missingFrame"),
                           {tr("Launch"), tr("Status"), tr("Owner"), tr("Missing")});
    // Column widths from the font: the widest usual content plus a margin.
    const QFontMetrics metrics = fontMetrics();
    const int margin = 3 * metrics.averageCharWidth();
    const int name = metrics.averageCharWidth() * 40;
    const int person = metrics.averageCharWidth() * 16;
    for (QTreeWidget* list : {m_atRisk, m_missing}) {
        list->setColumnWidth(0, name);
        list->setColumnWidth(2, person);
        connect(list, &QTreeWidget::itemActivated, this, &QuarterSection::onItemActivated);
    }
    m_atRisk->setColumnWidth(1, metrics.horizontalAdvance(QStringLiteral("Tier 1")) + margin);
    m_atRisk->setColumnWidth(3, metrics.horizontalAdvance(QStringLiteral("2026-12-31")) + margin);
    m_atRisk->setColumnWidth(4, metrics.horizontalAdvance(tr("%1 days overdue").arg(99)) + margin);
    m_missing->setColumnWidth(1, metrics.horizontalAdvance(QStringLiteral("In progress")) + margin);
    // The launch name takes the room the other columns leave, so it is cut only when the
    // window is narrow (its tooltip then has it whole), never the list's last column.
    m_atRisk->setColumnWidth(5,
                             metrics.horizontalAdvance(QStringLiteral("100/100 (100 %)")) + margin);
    m_missing->setColumnWidth(
        3,
        metrics.horizontalAdvance(QStringLiteral("customer outcome and success metric")) + margin);
    for (QTreeWidget* list : {m_atRisk, m_missing}) {
        list->header()->setStretchLastSection(false);
        list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    }
    // Each count column as wide as its own header (or a four-digit count): one width for
    // all made the table wider than a 1024-pixel window's page.
    const QFontMetrics headerMetrics = m_summary->horizontalHeader()->fontMetrics();
    const int count = metrics.horizontalAdvance(QStringLiteral("9999"));
    for (int column = 0; column < m_summary->columnCount(); ++column) {
        m_summary->setColumnWidth(
            column, std::max(headerMetrics.horizontalAdvance(columns.at(column)), count) + margin);
    }
    m_summary->setColumnWidth(
        m_summary->columnCount() - 1,
        metrics.horizontalAdvance(QStringLiteral("100/100 (100 %)")) + margin);

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_headline);
    layout->addWidget(m_capacity);
    layout->addWidget(m_capacityWarning);
    layout->addWidget(m_readiness);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(heading(page, tr("Launches by tier and status")));
    layout->addWidget(m_summary, 0, Qt::AlignLeft);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(m_atRiskTitle);
    layout->addWidget(m_atRisk);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(m_missingTitle);
    layout->addWidget(m_missing);
    layout->addStretch(1);
    return page;
}

QString QuarterSection::title() const {
    return tr("Quarter");
}

QString QuarterSection::iconResource() const {
    return QStringLiteral(":/icons/section-quarter.svg");
}

void QuarterSection::setQuarter(const Quarter& quarter) {
    if (quarter == m_quarter && !m_dirty) {
        return;
    }
    m_quarter = quarter;
    refresh();
}

void QuarterSection::showPreviousQuarter() {
    setQuarter(launches::previousQuarter(m_quarter));
}

void QuarterSection::showNextQuarter() {
    setQuarter(launches::nextQuarter(m_quarter));
}

void QuarterSection::showCurrentQuarter() {
    setQuarter(launches::quarterOf(m_asOf.value_or(today())));
}

void QuarterSection::setAsOf(const Date& day) {
    m_asOf = day;
    refresh();
}

void QuarterSection::refresh() {
    m_dirty = false;
    m_overview = launches::QuarterOverview{};
    m_overview.quarter = launches::toText(m_quarter);
    if (m_session.isOpen()) {
        reportingErrors(m_session, [this] {
            m_overview = launches::computeQuarterOverview(m_session.workspace(), m_quarter,
                                                          m_asOf.value_or(today()));
        });
    }
    fillQuarterBox();
    const QString quarter = toQString(m_overview.quarter);
    if (m_overview.launches == 0) {
        m_empty->setHeadline(tr("No launches in %1.").arg(quarter));
        m_empty->setExplanation(
            tr("Pick another quarter with the arrows, or plan a launch for "
               "this one: the wizard tiers it and lists its deliverables."));
        m_empty->actionButton()->setEnabled(m_session.isOpen() && !m_session.isReadOnly());
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    const QLocale locale;
    m_headline->setText(
        tr("%1 \u2014 %2 launches, as of %3")
            .arg(quarter, locale.toString(m_overview.launches), toQString(m_overview.asOf)));
    const auto& capacity = m_overview.capacity;
    m_capacity->setText(
        tr("Tier 1 capacity: %1 of %2 used").arg(capacity.tierOne).arg(capacity.capacity));
    m_capacityWarning->setProblem(toQString(capacity.warning));
    m_readiness->setText(tr("Readiness of the tiered launches (not cancelled): %1")
                             .arg(toQString(m_overview.readiness.text())));
    fillSummary();
    fillAtRisk();
    fillMissing();
    m_stack->setCurrentIndex(0);
}

void QuarterSection::showEvent(QShowEvent* event) {
    Section::showEvent(event);
    if (m_dirty) {
        refresh();
    }
}

void QuarterSection::fillQuarterBox() {
    std::set<Quarter> quarters{m_quarter, launches::quarterOf(m_asOf.value_or(today()))};
    std::map<Quarter, int> counts;
    if (m_session.isOpen()) {
        reportingErrors(m_session, [this, &quarters, &counts] {
            for (const auto& count : launches::launchQuarters(m_session.workspace())) {
                quarters.insert(count.quarter);
                counts[count.quarter] = count.launches;
            }
        });
    }
    m_filling = true;
    m_quarterBox->clear();
    const QLocale locale;
    for (const Quarter& quarter : quarters) {
        const QString text = toQString(launches::toText(quarter));
        const int count = counts.count(quarter) ? counts.at(quarter) : 0;
        m_quarterBox->addItem(count == 0 ? tr("%1 (no launches)").arg(text)
                                         : tr("%1 (%2 launches)").arg(text, locale.toString(count)),
                              text);
    }
    m_quarterBox->setCurrentIndex(m_quarterBox->findData(toQString(launches::toText(m_quarter))));
    m_filling = false;
}

void QuarterSection::fillSummary() {
    const auto& rows = m_overview.summary.rows;
    m_summary->setRowCount(static_cast<int>(rows.size()) + 1);
    const auto put = [this](int row, const launches::TierSummaryRow& summary,
                            const QString& label) {
        m_summary->setVerticalHeaderItem(row, new QTableWidgetItem(label));
        int column = 0;
        for (launches::LaunchStatus status : launches::kLaunchStatuses) {
            const int count = summary.count(status);
            auto* item = new QTableWidgetItem(count == 0 ? QString() : QString::number(count));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_summary->setItem(row, column++, item);
        }
        auto* total = new QTableWidgetItem(QString::number(summary.total));
        total->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        QFont bold = total->font();
        bold.setBold(true);
        total->setFont(bold);
        m_summary->setItem(row, column++, total);
        m_summary->setItem(
            row, column,
            new QTableWidgetItem(readinessText(summary.readiness, summary.readiness.required > 0)));
    };
    for (std::size_t i = 0; i < rows.size(); ++i) {
        put(static_cast<int>(i), rows[i], rows[i].tier ? tierText(rows[i].tier) : tr("Not tiered"));
    }
    put(static_cast<int>(rows.size()), m_overview.summary.totals, tr("All"));
    const int height = m_summary->horizontalHeader()->sizeHint().height() +
                       m_summary->rowCount() * m_summary->verticalHeader()->defaultSectionSize() +
                       2 * m_summary->frameWidth();
    m_summary->setFixedHeight(height);
    int width = m_summary->verticalHeader()->sizeHint().width() + 2 * m_summary->frameWidth();
    for (int column = 0; column < m_summary->columnCount(); ++column) {
        width += m_summary->columnWidth(column);
    }
    m_summary->setFixedWidth(width);
}

void QuarterSection::fillAtRisk() {
    m_atRisk->clear();
    m_atRiskTitle->setText(tr("At risk: target within %1 days and readiness below 100 % (%2)")
                               .arg(launches::kAtRiskDays)
                               .arg(m_overview.atRisk.size()));
    for (const auto& risk : m_overview.atRisk) {
        const auto& row = risk.launch;
        auto* item = new QTreeWidgetItem(m_atRisk);
        item->setData(0, kIdRole, QVariant::fromValue<qint64>(row.id));
        item->setText(0, toQString(row.name));
        item->setToolTip(0, textToolTip(item->text(0)));
        item->setText(1, tierText(row.tier));
        item->setText(2, toQString(row.owner));
        item->setText(3, row.targetDate ? toQString(*row.targetDate) : QString());
        item->setText(4, whenText(risk.daysToTarget));
        item->setText(5, readinessText(row.readiness, row.tier.has_value()));
    }
    if (m_overview.atRisk.empty()) {
        addNoneRow(m_atRisk, tr("Nothing at risk in the next %1 days.").arg(launches::kAtRiskDays));
    }
    fitHeight(m_atRisk, 12);
}

void QuarterSection::fillMissing() {
    m_missing->clear();
    m_missingTitle->setText(
        tr("Missing customer outcome or success metric (%1)").arg(m_overview.missingFrame.size()));
    for (const auto& missing : m_overview.missingFrame) {
        const auto& row = missing.launch;
        auto* item = new QTreeWidgetItem(m_missing);
        item->setData(0, kIdRole, QVariant::fromValue<qint64>(row.id));
        item->setText(0, toQString(row.name));
        item->setToolTip(0, textToolTip(item->text(0)));
        item->setText(1, statusText(row.status));
        item->setText(2, toQString(row.owner));
        item->setText(3, toQString(launches::joinWords(missing.missing)));
    }
    if (m_overview.missingFrame.empty()) {
        addNoneRow(m_missing, tr("Every launch has its outcome and metric."));
    }
    fitHeight(m_missing, 12);
}

void QuarterSection::scheduleRefresh() {
    if (m_dirty) {
        return;
    }
    m_dirty = true;
    // Hidden: recomputed when shown. Visible: once, after the burst of changes.
    if (isVisible()) {
        QTimer::singleShot(0, this, [this] {
            if (m_dirty) {
                refresh();
            }
        });
    }
}

void QuarterSection::onItemActivated(QTreeWidgetItem* item) {
    const QVariant id = item ? item->data(0, kIdRole) : QVariant();
    if (id.isValid()) {
        Q_EMIT launchActivated(id.toLongLong());
    }
}

}  // namespace pmm::ui
