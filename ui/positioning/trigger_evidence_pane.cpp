#include "positioning/trigger_evidence_pane.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStringList>
#include <QTableWidget>
#include <QVBoxLayout>

#include <array>

#include "app/workspace_session.h"
#include "battlecards/battlecard_texts.h"
#include "launches/launch_texts.h"
#include "positioning/positioning_names.h"
#include "positioning/trigger_table_model.h"
#include "storage/deal_store.h"

namespace pmm::ui {

namespace {

enum DealColumn {
    DateColumn,
    NameColumn,
    CompetitorColumn,
    OutcomeColumn,
    ArrColumn,
    ReasonColumn,
    kDealColumns
};

QString arrText(const std::optional<std::int64_t>& cents) {
    return cents ? QLocale().toString(static_cast<double>(*cents) / 100.0, 'f', 0) : QString();
}

QString dealName(const positioning::Deal& deal) {
    const QString name = toQString(deal.name);
    if (deal.dealRef.empty()) {
        return name;
    }
    return name.isEmpty() ? toQString(deal.dealRef)
                          : QStringLiteral("%1 (%2)").arg(name, toQString(deal.dealRef));
}

QString numbersText(const positioning::PositioningAlert& alert, const PositioningNames& names) {
    QStringList lines;
    lines << QObject::tr("%1 \u00b7 since %2")
                 .arg(triggerKindText(alert.kind),
                      alert.since ? isoDateText(*alert.since) : QObject::tr("\u2014"));
    const QString scope = names.scope(alert.productId, alert.segmentId, alert.competitorId, false);
    if (!scope.isEmpty()) {
        lines << QObject::tr("Scope: %1").arg(scope);
    }
    if (!alert.reason.empty()) {
        lines << QObject::tr("Reason: %1").arg(toQString(alert.reason));
    }
    if (alert.current) {
        lines << QObject::tr("Win rate now: %1").arg(toQString(alert.current->describe()));
    }
    if (alert.previous) {
        lines << QObject::tr("Win rate the window before: %1")
                     .arg(toQString(alert.previous->describe()));
    }
    return lines.join(QLatin1Char('\n'));
}

}  // namespace

TriggerEvidencePane::TriggerEvidencePane(WorkspaceSession& session, QWidget* parent)
    : QWidget(parent),
      m_session(session),
      m_headline(new QLabel(this)),
      m_numbers(new QLabel(this)),
      m_deals(new QTableWidget(0, kDealColumns, this)),
      m_more(new QLabel(this)) {
    setObjectName(QStringLiteral("triggerEvidence"));
    for (QLabel* label : {m_headline, m_numbers, m_more}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_headline->setObjectName(QStringLiteral("evidenceHeadline"));
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    m_numbers->setObjectName(QStringLiteral("evidenceNumbers"));
    m_more->setObjectName(QStringLiteral("evidenceMore"));
    m_deals->setObjectName(QStringLiteral("evidenceDeals"));
    m_deals->setAccessibleName(tr("Deals behind the trigger"));
    m_deals->setHorizontalHeaderLabels(
        {tr("Date"), tr("Deal"), tr("Competitor"), tr("Outcome"), tr("ARR"), tr("Reason")});
    m_deals->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_deals->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_deals->setAlternatingRowColors(true);
    m_deals->setWordWrap(false);
    m_deals->setTabKeyNavigation(false);
    m_deals->verticalHeader()->setVisible(false);
    m_deals->horizontalHeader()->setStretchLastSection(true);
    const int character = fontMetrics().averageCharWidth();
    const std::array<int, kDealColumns - 1> widths = {14, 30, 18, 11, 11};
    for (std::size_t column = 0; column < widths.size(); ++column) {
        m_deals->setColumnWidth(static_cast<int>(column), character * widths[column]);
    }

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_headline);
    layout->addWidget(m_numbers);
    layout->addWidget(m_deals, 1);
    layout->addWidget(m_more);
    clear();
}

void TriggerEvidencePane::clear() {
    m_headline->setText(tr("Choose a trigger to see its evidence."));
    m_numbers->clear();
    m_numbers->hide();
    m_deals->setRowCount(0);
    m_deals->hide();
    m_more->hide();
}

void TriggerEvidencePane::showAlert(const positioning::PositioningAlert& alert,
                                    const PositioningNames& names) {
    m_headline->setText(toQString(alert.sentence));
    m_numbers->setText(numbersText(alert, names));
    m_numbers->show();
    fillDeals(alert, names);
}

void TriggerEvidencePane::fillDeals(const positioning::PositioningAlert& alert,
                                    const PositioningNames& names) {
    m_deals->setRowCount(0);
    const int total = static_cast<int>(alert.dealIds.size());
    m_deals->setVisible(total > 0);
    if (total == 0 || !m_session.isOpen()) {
        m_more->setVisible(alert.kind != positioning::TriggerKind::Overdue &&
                           alert.kind != positioning::TriggerKind::Pivot);
        m_more->setText(tr("No deals are recorded behind this trigger."));
        return;
    }
    reportingErrors(m_session, [&] {
        const storage::DealStore store(m_session.workspace());
        for (int n = 0; n < total && n < kDealLimit; ++n) {
            const auto deal = store.find(alert.dealIds[static_cast<std::size_t>(n)]);
            if (!deal) {
                continue;
            }
            const int row = m_deals->rowCount();
            m_deals->insertRow(row);
            const QStringList cells = {
                isoDateText(deal->closedOn),
                dealName(*deal),
                deal->competitorId ? names.competitors.value(*deal->competitorId) : QString(),
                toQString(positioning::outcomeLabel(deal->outcome)),
                arrText(deal->arrCents),
                toQString(deal->reason)};
            for (int column = 0; column < kDealColumns; ++column) {
                auto* item = new QTableWidgetItem(cells.at(column));
                if (column == ArrColumn) {
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                }
                m_deals->setItem(row, column, item);
            }
        }
    });
    m_more->setVisible(true);
    m_more->setText(total > kDealLimit
                        ? tr("The newest %1 of %2 deals behind this trigger.")
                              .arg(kDealLimit)
                              .arg(QLocale().toString(total))
                        : (total == 1 ? tr("1 deal behind this trigger.")
                                      : tr("%1 deals behind this trigger.").arg(total)));
}

}  // namespace pmm::ui
