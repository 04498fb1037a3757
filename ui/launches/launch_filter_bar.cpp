#include "launches/launch_filter_bar.h"

#include <QCollator>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>

#include <algorithm>

#include "app/workspace_session.h"
#include "launches/launch_filter_proxy.h"
#include "launches/launch_texts.h"
#include "storage/catalog.h"
#include "storage/launch_quarters.h"

namespace pmm::ui {

namespace {

QComboBox* choiceBox(QWidget* parent, const QString& name, const QString& accessibleName) {
    auto* box = new QComboBox(parent);
    box->setObjectName(name);
    box->setAccessibleName(accessibleName);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return box;
}

// Refills `box` with "any" plus `items`, keeping the chosen value when it is still offered.
void refill(QComboBox* box, const QString& any, const QList<std::pair<QString, QVariant>>& items) {
    bool same = box->count() == items.size() + 1;
    for (qsizetype i = 0; same && i < items.size(); ++i) {
        const int index = static_cast<int>(i) + 1;
        same = box->itemText(index) == items[i].first && box->itemData(index) == items[i].second;
    }
    if (same) {
        return;  // an open popup stays open
    }
    const QVariant chosen = box->currentData();
    box->clear();
    box->addItem(any);
    for (const auto& [text, value] : items) {
        box->addItem(text, value);
    }
    box->setCurrentIndex(std::max(0, chosen.isValid() ? box->findData(chosen) : 0));
}

}  // namespace

LaunchFilterBar::LaunchFilterBar(WorkspaceSession& session, LaunchFilterProxy& proxy,
                                 QWidget* parent)
    : QWidget(parent),
      m_session(session),
      m_proxy(proxy),
      m_search(new QLineEdit(this)),
      m_quarter(choiceBox(this, QStringLiteral("quarterFilter"), tr("Quarter"))),
      m_tier(choiceBox(this, QStringLiteral("tierFilter"), tr("Tier"))),
      m_status(choiceBox(this, QStringLiteral("statusFilter"), tr("Status"))),
      m_owner(choiceBox(this, QStringLiteral("ownerFilter"), tr("Owner"))) {
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search launch, product or owner (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search launches"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(fontMetrics().averageCharWidth() * 24);

    m_tier->addItem(tr("All tiers"));
    for (int tier = 1; tier <= 3; ++tier) {
        m_tier->addItem(tierText(tier), tier);
    }
    m_tier->addItem(tr("Not tiered"), LaunchFilterProxy::kNotTiered);
    m_status->addItem(tr("All statuses"));
    for (launches::LaunchStatus status : launches::kLaunchStatuses) {
        m_status->addItem(statusText(status), static_cast<int>(status));
    }

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 1);
    layout->addWidget(m_quarter);
    layout->addWidget(m_tier);
    layout->addWidget(m_status);
    layout->addWidget(m_owner);

    connect(m_search, &QLineEdit::textChanged, this, &LaunchFilterBar::apply);
    for (QComboBox* box : {m_quarter, m_tier, m_status, m_owner}) {
        connect(box, &QComboBox::currentIndexChanged, this, &LaunchFilterBar::apply);
    }
    connect(&session, &WorkspaceSession::workspaceChanged, this, &LaunchFilterBar::refreshChoices);
    connect(&session, &WorkspaceSession::changed, this, [this](const storage::Change& change) {
        using storage::EntityKind;
        if (change.kind == EntityKind::Launch) {
            refreshQuarters();
        } else if (change.kind == EntityKind::Person || change.kind == EntityKind::Everything) {
            refreshChoices();
        }
    });
    refreshChoices();
}

void LaunchFilterBar::clearFilters() {
    m_refreshing = true;
    m_search->clear();
    for (QComboBox* box : {m_quarter, m_tier, m_status, m_owner}) {
        box->setCurrentIndex(0);
    }
    m_refreshing = false;
    apply();
}

void LaunchFilterBar::refreshChoices() {
    m_refreshing = true;
    refill(m_quarter, tr("All quarters"), quarterChoices());
    refill(m_owner, tr("All owners"), ownerChoices());
    m_refreshing = false;
    apply();
}

void LaunchFilterBar::refreshQuarters() {
    m_refreshing = true;
    refill(m_quarter, tr("All quarters"), quarterChoices());
    m_refreshing = false;
    apply();
}

// Newest first: the quarters being planned are the ones looked at.
QList<std::pair<QString, QVariant>> LaunchFilterBar::quarterChoices() const {
    QList<std::pair<QString, QVariant>> quarters;
    if (m_session.isOpen()) {
        reportingErrors(m_session, [this, &quarters] {
            const auto counts = launches::launchQuarters(m_session.workspace());
            for (auto it = counts.rbegin(); it != counts.rend(); ++it) {
                const QString text = toQString(launches::toText(it->quarter));
                quarters.append({text, text});
            }
        });
    }
    return quarters;
}

// By name in the user's language; names converted once, not in every comparison.
QList<std::pair<QString, QVariant>> LaunchFilterBar::ownerChoices() const {
    QList<std::pair<QString, QVariant>> owners;
    if (m_session.isOpen()) {
        reportingErrors(m_session, [this, &owners] {
            for (const auto& person : m_session.catalog().people.list()) {
                owners.append({toQString(person.name), QVariant::fromValue<qint64>(person.id)});
            }
        });
    }
    const QCollator collator;
    std::stable_sort(owners.begin(), owners.end(),
                     [&collator](const auto& left, const auto& right) {
                         return collator.compare(left.first, right.first) < 0;
                     });
    return owners;
}

void LaunchFilterBar::apply() {
    if (m_refreshing) {
        return;
    }
    m_proxy.setSearchText(m_search->text());
    const QVariant quarter = m_quarter->currentData();
    m_proxy.setQuarter(quarter.isValid() ? std::optional<QString>(quarter.toString())
                                         : std::nullopt);
    const QVariant tier = m_tier->currentData();
    m_proxy.setTier(tier.isValid() ? std::optional<int>(tier.toInt()) : std::nullopt);
    const QVariant status = m_status->currentData();
    m_proxy.setStatus(status.isValid() ? std::optional<launches::LaunchStatus>(
                                             static_cast<launches::LaunchStatus>(status.toInt()))
                                       : std::nullopt);
    const QVariant owner = m_owner->currentData();
    m_proxy.setOwner(owner.isValid() ? std::optional<std::int64_t>(owner.toLongLong())
                                     : std::nullopt);
    Q_EMIT filtersChanged();
}

}  // namespace pmm::ui
