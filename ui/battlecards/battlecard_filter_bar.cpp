#include "battlecards/battlecard_filter_bar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>

#include <algorithm>

#include "app/workspace_session.h"
#include "battlecards/battlecard_filter_proxy.h"
#include "battlecards/battlecard_texts.h"
#include "launches/launch_texts.h"
#include "storage/catalog.h"

namespace pmm::ui {

namespace {

QComboBox* filterBox(QWidget* parent, const QString& name, const QString& accessibleName) {
    auto* box = new QComboBox(parent);
    box->setObjectName(name);
    box->setAccessibleName(accessibleName);
    box->setMaximumWidth(parent->fontMetrics().averageCharWidth() * 26);
    return box;
}

// "All …" first, then each record by name; the chosen id stays chosen when still offered.
template <typename Record>
void fillNamed(QComboBox* box, const QString& any, std::vector<Record> records) {
    std::sort(records.begin(), records.end(), [](const Record& a, const Record& b) {
        return toQString(a.name).localeAwareCompare(toQString(b.name)) < 0;
    });
    const QVariant chosen = box->currentData();
    const QSignalBlocker blocker(box);
    box->clear();
    box->addItem(any);
    for (const Record& record : records) {
        box->addItem(toQString(record.name), QVariant::fromValue<qint64>(record.id));
    }
    box->setCurrentIndex(std::max(0, chosen.isValid() ? box->findData(chosen) : 0));
}

template <typename Value>
std::optional<Value> chosenValue(const QComboBox* box) {
    const QVariant data = box->currentData();
    return data.isValid() ? std::optional<Value>(data.value<Value>()) : std::nullopt;
}

}  // namespace

BattlecardFilterBar::BattlecardFilterBar(WorkspaceSession& session, BattlecardFilterProxy& proxy,
                                         QWidget* parent)
    : QWidget(parent),
      m_session(session),
      m_proxy(proxy),
      m_search(new QLineEdit(this)),
      m_competitor(filterBox(this, QStringLiteral("competitorFilter"), tr("Competitor"))),
      m_segment(filterBox(this, QStringLiteral("segmentFilter"), tr("Segment"))),
      m_owner(filterBox(this, QStringLiteral("ownerFilter"), tr("Owner"))),
      m_status(filterBox(this, QStringLiteral("statusFilter"), tr("Status"))) {
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search all card text (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search battlecards"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(fontMetrics().averageCharWidth() * 24);
    m_status->addItem(tr("All statuses"));
    for (auto status :
         {battlecards::RefreshStatus::RefreshRequired, battlecards::RefreshStatus::Stale,
          battlecards::RefreshStatus::DueSoon, battlecards::RefreshStatus::Current}) {
        m_status->addItem(refreshStatusText(status), static_cast<int>(status));
    }

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 1);
    for (QComboBox* box : {m_competitor, m_segment, m_owner, m_status}) {
        layout->addWidget(box);
        connect(box, &QComboBox::currentIndexChanged, this, &BattlecardFilterBar::applyFilters);
    }
    connect(m_search, &QLineEdit::textChanged, this, &BattlecardFilterBar::searchChanged);
    reloadChoices();
}

void BattlecardFilterBar::clearFilters() {
    for (QComboBox* box : {m_competitor, m_segment, m_owner, m_status}) {
        const QSignalBlocker blocker(box);
        box->setCurrentIndex(0);
    }
    m_search->clear();
    applyFilters();
}

void BattlecardFilterBar::reloadChoices() {
    if (!m_session.isOpen()) {
        return;
    }
    reportingErrors(m_session, [this] {
        const catalog::Catalog& catalog = m_session.catalog();
        fillNamed(m_competitor, tr("All competitors"), catalog.competitors.list());
        fillNamed(m_segment, tr("All segments"), catalog.segments.list());
        const QVariant owner = m_owner->currentData();
        fillNamed(m_owner, tr("All owners"), catalog.people.list());
        const QSignalBlocker blocker(m_owner);
        m_owner->insertItem(1, tr("Unassigned"),
                            QVariant::fromValue<qint64>(BattlecardFilterProxy::kUnassigned));
        m_owner->setCurrentIndex(std::max(0, owner.isValid() ? m_owner->findData(owner) : 0));
    });
    applyFilters();
}

void BattlecardFilterBar::applyFilters() {
    m_proxy.setCompetitor(chosenValue<qint64>(m_competitor));
    m_proxy.setSegment(chosenValue<qint64>(m_segment));
    m_proxy.setOwner(chosenValue<qint64>(m_owner));
    m_proxy.setStatus(chosenValue<int>(m_status));
    Q_EMIT filtersChanged();
}

}  // namespace pmm::ui
