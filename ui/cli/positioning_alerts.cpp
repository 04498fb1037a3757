#include "cli/positioning_alerts.h"

#include <algorithm>

#include "storage/deal_store.h"
#include "storage/positioning_reader.h"
#include "storage/workspace.h"

namespace pmm::cli {

namespace {

using positioning::PositioningAlert;
using positioning::TriggerKind;

constexpr std::size_t kDealsShown = 5;

QString dealLabel(const storage::DealStore& deals, std::int64_t id) {
    const auto deal = deals.find(id);
    if (!deal) {
        return QStringLiteral("#%1").arg(id);
    }
    return QString::fromStdString(deal->dealRef.empty() ? deal->name : deal->dealRef);
}

// "; deals OPP-1, OPP-2, OPP-3 and 4 more"
QString evidenceDeals(const storage::DealStore& deals, const std::vector<std::int64_t>& ids) {
    if (ids.empty()) {
        return {};
    }
    QStringList labels;
    for (std::size_t n = 0; n < ids.size() && n < kDealsShown; ++n) {
        labels << dealLabel(deals, ids[n]);
    }
    QString text = QStringLiteral("; deals ") + labels.join(QStringLiteral(", "));
    if (ids.size() > kDealsShown) {
        text += QStringLiteral(" and %1 more").arg(ids.size() - kDealsShown);
    }
    return text;
}

QString kindLabel(TriggerKind kind) {
    return QString::fromStdString(std::string(positioning::triggerLabel(kind)));
}

// The alerts of each kind, kinds in the order they first appear.
std::vector<std::vector<const PositioningAlert*>> groupedByKind(
    const std::vector<PositioningAlert>& alerts) {
    std::vector<std::vector<const PositioningAlert*>> groups;
    for (const PositioningAlert& alert : alerts) {
        const auto group = std::ranges::find_if(
            groups, [&](const auto& members) { return members.front()->kind == alert.kind; });
        if (group == groups.end()) {
            groups.push_back({&alert});
        } else {
            group->push_back(&alert);
        }
    }
    return groups;
}

// "Positioning triggers as of 2026-11-20: 25 open (3 failed-deal pattern, 22 product pivot)."
QString headline(const std::vector<std::vector<const PositioningAlert*>>& groups, std::size_t total,
                 const Date& today) {
    QStringList counts;
    for (const auto& group : groups) {
        counts << QStringLiteral("%1 %2").arg(group.size()).arg(kindLabel(group.front()->kind));
    }
    return QStringLiteral("Positioning triggers as of %1: %2 open (%3).")
        .arg(QString::fromStdString(toIsoText(today)))
        .arg(total)
        .arg(counts.join(QStringLiteral(", ")));
}

}  // namespace

QStringList positioningAlertLines(const std::vector<PositioningAlert>& alerts,
                                  const storage::DealStore& deals, const Date& today,
                                  std::size_t perKind) {
    if (alerts.empty()) {
        return {};
    }
    const auto groups = groupedByKind(alerts);
    QStringList lines{headline(groups, alerts.size(), today)};
    for (const auto& group : groups) {
        const std::size_t shown = std::min(group.size(), perKind);
        for (std::size_t n = 0; n < shown; ++n) {
            lines << QStringLiteral("  ") + QString::fromStdString(group[n]->sentence) +
                         evidenceDeals(deals, group[n]->dealIds);
        }
        if (group.size() > shown) {
            lines << QStringLiteral("  \u2026 and %1 more %2 triggers")
                         .arg(group.size() - shown)
                         .arg(kindLabel(group.front()->kind));
        }
    }
    return lines;
}

int printPositioningAlerts(QTextStream& out, storage::Workspace& workspace, const Date& today) {
    const auto facts = storage::readPositioningFacts(workspace);
    const auto alerts =
        positioning::openTriggers(facts, storage::readPositioningThresholds(workspace), today);
    for (const QString& line :
         positioningAlertLines(alerts, storage::DealStore(workspace), today)) {
        out << line << "\n";
    }
    return static_cast<int>(alerts.size());
}

}  // namespace pmm::cli
