#include "cli/positioning_alerts.h"

#include <QStringList>

#include "positioning/positioning_trigger.h"
#include "storage/deal_store.h"
#include "storage/positioning_reader.h"
#include "storage/workspace.h"

namespace pmm::cli {

namespace {

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

}  // namespace

int printPositioningAlerts(QTextStream& out, storage::Workspace& workspace, const Date& today) {
    const auto facts = storage::readPositioningFacts(workspace);
    const auto alerts =
        positioning::openTriggers(facts, storage::readPositioningThresholds(workspace), today);
    if (alerts.empty()) {
        return 0;
    }
    const storage::DealStore deals(workspace);
    out << "Positioning triggers as of " << QString::fromStdString(toIsoText(today)) << ": "
        << alerts.size() << " open.\n";
    for (const positioning::PositioningAlert& alert : alerts) {
        out << "  " << QString::fromStdString(alert.sentence) << evidenceDeals(deals, alert.dealIds)
            << "\n";
    }
    return static_cast<int>(alerts.size());
}

}  // namespace pmm::cli
