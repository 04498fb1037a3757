#include "storage/launch_record.h"

#include "storage/database.h"

namespace pmm::launches {

using storage::Statement;

namespace {

std::optional<int> optionalInt(const Statement& row, int column) {
    if (row.isNull(column)) {
        return std::nullopt;
    }
    return row.integer(column);
}

std::optional<std::int64_t> wide(const std::optional<int>& value) {
    return value ? std::optional<std::int64_t>(*value) : std::nullopt;
}

std::optional<std::int64_t> scoreOrNull(int score) {
    return score == 0 ? std::nullopt : std::optional<std::int64_t>(score);
}

}  // namespace

Launch readLaunch(const Statement& row) {
    Launch launch;
    launch.id = row.int64(0);
    launch.uid = row.text(1);
    launch.name = row.text(2);
    launch.productId = row.int64(3);
    launch.quarter = row.text(4);
    launch.targetDate = row.optionalText(5);
    launch.ownerId = row.int64(6);
    launch.status = statusFromKey(row.text(7)).value_or(LaunchStatus::Idea);
    launch.outcome = row.text(8);
    launch.metric = SuccessMetric{row.text(9), row.text(10), row.text(11), row.optionalText(12),
                                  row.optionalText(13)};
    launch.isPivot = row.integer(14) != 0;
    launch.revenueImpact = CriterionScore{optionalInt(row, 15).value_or(0), row.text(16)};
    launch.competitiveUrgency = CriterionScore{optionalInt(row, 17).value_or(0), row.text(18)};
    launch.customerDemand = CriterionScore{optionalInt(row, 19).value_or(0), row.text(20)};
    launch.computedTier = optionalInt(row, 21);
    launch.score = optionalInt(row, 22);
    launch.ruleVersion = optionalInt(row, 23);
    launch.overrideTier = optionalInt(row, 24);
    launch.overrideReason = row.text(25);
    launch.createdAt = row.text(26);
    launch.updatedAt = row.text(27);
    return launch;
}

void bindLaunch(Statement& statement, const Launch& launch) {
    if (launch.id == 0) {
        statement.bind(1, std::nullopt);
    } else {
        statement.bind(1, launch.id);
    }
    statement.bind(2, launch.uid).bind(3, launch.name).bind(4, launch.productId);
    statement.bind(5, launch.quarter).bind(6, launch.targetDate).bind(7, launch.ownerId);
    statement.bind(8, statusKey(launch.status)).bind(9, launch.outcome);
    statement.bind(10, launch.metric.name).bind(11, launch.metric.baseline);
    statement.bind(12, launch.metric.target).bind(13, launch.metric.reviewDate);
    statement.bind(14, launch.metric.actual).bind(15, launch.isPivot ? 1 : 0);
    statement.bind(16, scoreOrNull(launch.revenueImpact.score));
    statement.bind(17, launch.revenueImpact.evidence);
    statement.bind(18, scoreOrNull(launch.competitiveUrgency.score));
    statement.bind(19, launch.competitiveUrgency.evidence);
    statement.bind(20, scoreOrNull(launch.customerDemand.score));
    statement.bind(21, launch.customerDemand.evidence);
    statement.bind(22, wide(launch.computedTier)).bind(23, wide(launch.score));
    statement.bind(24, wide(launch.ruleVersion)).bind(25, wide(launch.overrideTier));
    statement.bind(26, launch.overrideReason).bind(27, wide(launch.tier()));
}

}  // namespace pmm::launches
