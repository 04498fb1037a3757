#include "positioning/positioning_names.h"

#include <QCoreApplication>
#include <QStringList>

#include "app/workspace_session.h"
#include "launches/launch_texts.h"
#include "storage/catalog.h"

namespace pmm::ui {

namespace {

template <class Store>
QHash<std::int64_t, QString> namesOf(const Store& store) {
    QHash<std::int64_t, QString> names;
    for (const auto& entity : store.list()) {
        names.insert(entity.id, toQString(entity.name));
    }
    return names;
}

QString tr(const char* text) {
    return QCoreApplication::translate("pmm::ui::PositioningNames", text);
}

QString nameOr(const QHash<std::int64_t, QString>& names, std::int64_t id) {
    return names.value(id, QStringLiteral("#%1").arg(id));
}

}  // namespace

PositioningNames PositioningNames::read(const WorkspaceSession& session) {
    PositioningNames names;
    if (!session.isOpen()) {
        return names;
    }
    reportingErrors(session, [&] {
        const catalog::Catalog& catalog = session.catalog();
        names.products = namesOf(catalog.products);
        names.segments = namesOf(catalog.segments);
        names.competitors = namesOf(catalog.competitors);
        names.people = namesOf(catalog.people);
    });
    return names;
}

QString PositioningNames::scope(const std::optional<std::int64_t>& product,
                                const std::optional<std::int64_t>& segment,
                                const std::optional<std::int64_t>& competitor,
                                bool allWhenMissing) const {
    QStringList parts;
    if (product) {
        parts << nameOr(products, *product);
    } else if (allWhenMissing) {
        parts << tr("all products");
    }
    if (segment) {
        parts << nameOr(segments, *segment);
    } else if (allWhenMissing) {
        parts << tr("all segments");
    }
    if (competitor) {
        parts << tr("vs %1").arg(nameOr(competitors, *competitor));
    }
    return parts.join(QStringLiteral(" \u00b7 "));
}

}  // namespace pmm::ui
