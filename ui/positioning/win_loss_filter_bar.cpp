#include "positioning/win_loss_filter_bar.h"

#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSignalBlocker>

#include <optional>

#include "launches/launch_texts.h"
#include "positioning/win_loss_filter_proxy.h"
#include "positioning/win_loss_table_model.h"
#include "positioning/win_loss_texts.h"

namespace pmm::ui {

using positioning::DealFilter;
using positioning::DealPeriod;

namespace {

QComboBox* filterBox(QWidget* parent, const QString& name, const QString& accessibleName) {
    auto* box = new QComboBox(parent);
    box->setObjectName(name);
    box->setAccessibleName(accessibleName);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    box->setMaximumWidth(box->fontMetrics().averageCharWidth() * 28);
    return box;
}

QDateEdit* dateEdit(QWidget* parent, const QString& name, const QString& accessibleName) {
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setAccessibleName(accessibleName);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setCalendarPopup(true);
    edit->setHidden(true);
    return edit;
}

// "Any", then "None" (records without one), then every name; keeps the chosen id if offered.
void fillNames(QComboBox* box, const QString& any, const QString& none,
               const std::vector<storage::NamedId>& names) {
    const QVariant chosen = box->currentData();
    const QSignalBlocker blocker(box);
    box->clear();
    box->addItem(any);
    box->addItem(none, QVariant::fromValue<qint64>(DealFilter::kNone));
    for (const storage::NamedId& named : names) {
        box->addItem(toQString(named.name), QVariant::fromValue<qint64>(named.id));
    }
    const int found = chosen.isValid() ? box->findData(chosen) : 0;
    box->setCurrentIndex(found < 0 ? 0 : found);
}

std::optional<std::int64_t> chosenId(const QComboBox* box) {
    const QVariant data = box->currentData();
    return data.isValid() ? std::optional<std::int64_t>(data.toLongLong()) : std::nullopt;
}

QDate toQDate(const Date& day) {
    return {day.year, day.month, day.day};
}

Date toDate(const QDate& day) {
    return {day.year(), day.month(), day.day()};
}

}  // namespace

WinLossFilterBar::WinLossFilterBar(WinLossTableModel& model, WinLossFilterProxy& proxy,
                                   QWidget* parent)
    : QWidget(parent),
      m_model(model),
      m_proxy(proxy),
      m_search(new QLineEdit(this)),
      m_competitor(filterBox(this, QStringLiteral("competitorFilter"), tr("Competitor"))),
      m_segment(filterBox(this, QStringLiteral("segmentFilter"), tr("Segment"))),
      m_outcome(filterBox(this, QStringLiteral("outcomeFilter"), tr("Outcome"))),
      m_period(filterBox(this, QStringLiteral("periodFilter"), tr("Period"))),
      m_from(dateEdit(this, QStringLiteral("fromDate"), tr("Closed from"))),
      m_to(dateEdit(this, QStringLiteral("toDate"), tr("Closed until"))),
      m_referenceDay(today()) {
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search deal, reason or notes"));
    m_search->setAccessibleName(tr("Search win/loss records"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(fontMetrics().averageCharWidth() * 22);

    m_outcome->addItem(tr("All outcomes"));
    for (const auto outcome : {positioning::Outcome::Won, positioning::Outcome::Lost,
                               positioning::Outcome::NoDecision}) {
        m_outcome->addItem(outcomeText(outcome), static_cast<int>(outcome));
    }
    m_period->addItem(tr("All dates"), static_cast<int>(DealPeriod::All));
    m_period->addItem(tr("Last 90 days"), static_cast<int>(DealPeriod::Last90Days));
    m_period->addItem(tr("This quarter"), static_cast<int>(DealPeriod::ThisQuarter));
    m_period->addItem(tr("Last 12 months"), static_cast<int>(DealPeriod::LastYear));
    m_period->addItem(tr("From\u2013to\u2026"), static_cast<int>(DealPeriod::Custom));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 1);
    for (QWidget* filter : std::initializer_list<QWidget*>{m_competitor, m_segment, m_outcome,
                                                           m_period, m_from, m_to}) {
        layout->addWidget(filter);
    }

    connect(m_search, &QLineEdit::textChanged, this, &WinLossFilterBar::apply);
    for (QComboBox* box : {m_competitor, m_segment, m_outcome}) {
        connect(box, &QComboBox::currentIndexChanged, this, &WinLossFilterBar::apply);
    }
    connect(m_period, &QComboBox::currentIndexChanged, this, &WinLossFilterBar::onPeriodChanged);
    for (QDateEdit* edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::dateChanged, this, &WinLossFilterBar::apply);
    }
    connect(&model, &WinLossTableModel::namesChanged, this, &WinLossFilterBar::refreshChoices);
    refreshChoices();
}

void WinLossFilterBar::setReferenceDay(const Date& day) {
    m_referenceDay = day;
    apply();
}

void WinLossFilterBar::clearFilters() {
    m_refreshing = true;
    m_search->clear();
    for (QComboBox* box : {m_competitor, m_segment, m_outcome, m_period}) {
        box->setCurrentIndex(0);
    }
    m_refreshing = false;
    onPeriodChanged();
}

void WinLossFilterBar::refreshChoices() {
    fillNames(m_competitor, tr("All competitors"), tr("No competitor"), m_model.competitors());
    fillNames(m_segment, tr("All segments"), tr("No segment"), m_model.segments());
    apply();
}

// A custom range starts as the last 90 days, so its fields show dates worth editing.
void WinLossFilterBar::onPeriodChanged() {
    const auto period = static_cast<DealPeriod>(m_period->currentData().toInt());
    const bool custom = period == DealPeriod::Custom;
    if (custom && !m_from->isVisibleTo(this)) {
        const positioning::DateRange start = periodRange(DealPeriod::Last90Days, m_referenceDay);
        const QSignalBlocker fromBlocker(m_from);
        const QSignalBlocker toBlocker(m_to);
        m_from->setDate(toQDate(*start.from));
        m_to->setDate(toQDate(*start.to));
    }
    m_from->setVisible(custom);
    m_to->setVisible(custom);
    apply();
}

void WinLossFilterBar::apply() {
    if (m_refreshing) {
        return;
    }
    DealFilter filter;
    filter.competitorId = chosenId(m_competitor);
    filter.segmentId = chosenId(m_segment);
    const QVariant outcome = m_outcome->currentData();
    if (outcome.isValid()) {
        filter.outcome = static_cast<positioning::Outcome>(outcome.toInt());
    }
    const auto period = static_cast<DealPeriod>(m_period->currentData().toInt());
    filter.dates = period == DealPeriod::Custom
                       ? positioning::DateRange{toDate(m_from->date()), toDate(m_to->date())}
                       : periodRange(period, m_referenceDay);
    m_proxy.setSearchText(m_search->text());
    m_proxy.setFilter(filter);
    Q_EMIT filtersChanged();
}

}  // namespace pmm::ui
