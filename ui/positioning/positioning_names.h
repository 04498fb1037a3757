#pragma once

#include <QHash>
#include <QString>

#include <cstdint>
#include <optional>

namespace pmm::ui {

class WorkspaceSession;

// The names the positioning views show for ids: products, segments, competitors, people.
// Read once per reload, so a table of a thousand triggers asks the workspace four times.
struct PositioningNames {
    QHash<std::int64_t, QString> products;
    QHash<std::int64_t, QString> segments;
    QHash<std::int64_t, QString> competitors;
    QHash<std::int64_t, QString> people;

    // Empty names without a workspace open.
    static PositioningNames read(const WorkspaceSession& session);

    // "Atlas · Mid-market · vs Globex"; a missing product or segment reads "all products" /
    // "all segments" when `allWhenMissing`, else is left out.
    QString scope(const std::optional<std::int64_t>& product,
                  const std::optional<std::int64_t>& segment,
                  const std::optional<std::int64_t>& competitor, bool allWhenMissing) const;
};

}  // namespace pmm::ui
