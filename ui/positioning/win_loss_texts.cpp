#include "positioning/win_loss_texts.h"

#include <QCoreApplication>
#include <QLocale>

#include "launches/launch_texts.h"
#include "positioning/positioning_facts.h"

namespace pmm::ui {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1) {
    return QCoreApplication::translate("pmm::ui::WinLoss", text, disambiguation, n);
}

QString number(int value) {
    return QLocale().toString(value);
}

int percent(double share) {
    return qRound(share * 100.0);
}

}  // namespace

QString outcomeText(positioning::Outcome outcome) {
    switch (outcome) {
        case positioning::Outcome::Won:
            return tr("Won");
        case positioning::Outcome::Lost:
            return tr("Lost");
        case positioning::Outcome::NoDecision:
            return tr("No decision");
    }
    return {};
}

QString dealSummaryText(const positioning::DealSummary& summary, int minDeals) {
    const positioning::WinRate& rate = summary.winRate;
    const QString counts =
        (summary.records == 1 ? tr("1 record") : tr("%1 records").arg(number(summary.records))) +
        tr(", %1 won, %2 lost, %3 no decision")
            .arg(number(rate.won), number(rate.lost), number(rate.noDecision));
    if (summary.records == 0) {
        return tr("No records match these filters.");
    }
    if (!rate.enough) {
        return counts + tr("; too few decided deals to judge a win rate (%1 decided, at least %2 "
                           "needed)")
                            .arg(number(rate.decided()), number(minDeals));
    }
    return counts + tr("; win rate %1 % (interval %2\u2013%3 %)")
                        .arg(number(summary.ratePercent()), number(summary.lowPercent()),
                             number(summary.highPercent()));
}

QString winRatePercentText(const positioning::WinRate& rate) {
    return rate.enough ? tr("%1 %").arg(number(percent(rate.rate())))
                       : tr("too few deals to judge");
}

QString winRateText(const positioning::WinRate& rate) {
    if (!rate.enough) {
        return tr("too few deals to judge");
    }
    return tr("%1 % (%2\u2013%3 %)")
        .arg(number(percent(rate.rate())), number(percent(rate.interval.low)),
             number(percent(rate.interval.high)));
}

QString winRatePointText(int quarter, const positioning::WinRate& rate) {
    const QString decided = rate.decided() == 1
                                ? tr("1 decided deal")
                                : tr("%1 decided deals").arg(number(rate.decided()));
    return tr("%1: %2, %3")
        .arg(toQString(positioning::quarterText(quarter)), winRateText(rate), decided);
}

}  // namespace pmm::ui
