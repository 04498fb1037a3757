#include "skills/evidence_suggestion_box.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

#include <algorithm>

#include "app/workspace_session.h"
#include "launches/launch_texts.h"
#include "skills/skills_texts.h"
#include "storage/skills_evidence_finder.h"

namespace pmm::ui {

namespace {

QDate toQDate(const Date& date) {
    return {date.year, date.month, date.day};
}

Date fromQDate(const QDate& date) {
    return {date.year(), date.month(), date.day()};
}

QDateEdit* dateEdit(QWidget* parent, const QString& objectName) {
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setCalendarPopup(true);
    return edit;
}

}  // namespace

EvidenceSuggestionBox::EvidenceSuggestionBox(WorkspaceSession& session, std::int64_t personId,
                                             QWidget* parent)
    : QGroupBox(tr("Suggested evidence from the workspace"), parent),
      m_session(session),
      m_personId(personId),
      m_from(dateEdit(this, QStringLiteral("evidenceFrom"))),
      m_to(dateEdit(this, QStringLiteral("evidenceTo"))),
      m_list(new QListWidget(this)),
      m_count(new QLabel(this)) {
    setObjectName(QStringLiteral("evidenceSuggestions"));
    m_list->setObjectName(QStringLiteral("evidenceSuggestionList"));
    m_list->setAccessibleName(tr("Suggested evidence; tick to attach"));
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_count->setTextFormat(Qt::PlainText);

    auto* period = new QHBoxLayout;
    auto* fromLabel = new QLabel(tr("&From"), this);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("t&o"), this);
    toLabel->setBuddy(m_to);
    period->addWidget(fromLabel);
    period->addWidget(m_from);
    period->addWidget(toLabel);
    period->addWidget(m_to);
    period->addStretch(1);
    period->addWidget(m_count);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(period);
    layout->addWidget(m_list, 1);

    connect(m_from, &QDateEdit::dateChanged, this, &EvidenceSuggestionBox::refresh);
    connect(m_to, &QDateEdit::dateChanged, this, &EvidenceSuggestionBox::refresh);
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        updateCount();
        Q_EMIT attachedChanged();
    });
}

void EvidenceSuggestionBox::setPeriod(const team::EvidencePeriod& period) {
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->setDate(toQDate(period.from));
    m_to->setDate(toQDate(period.to));
    refresh();
}

team::EvidencePeriod EvidenceSuggestionBox::period() const {
    return {fromQDate(m_from->date()), fromQDate(m_to->date())};
}

std::vector<team::EvidenceLink> EvidenceSuggestionBox::attachedLinks() const {
    std::vector<team::EvidenceLink> links;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->checkState() == Qt::Checked) {
            links.push_back(m_suggestions[static_cast<std::size_t>(row)].link);
        }
    }
    return links;
}

void EvidenceSuggestionBox::setAttached(int row, bool attached) {
    if (QListWidgetItem* item = m_list->item(row)) {
        item->setCheckState(attached ? Qt::Checked : Qt::Unchecked);
    }
}

void EvidenceSuggestionBox::refresh() {
    // What was ticked stays ticked when the period moves, as long as it is still suggested.
    std::vector<team::EvidenceLink> kept = attachedLinks();
    m_suggestions.clear();
    const team::EvidencePeriod wanted = period();
    if (wanted.from <= wanted.to) {
        reportingErrors(m_session, [&] {
            m_suggestions =
                storage::SkillsEvidenceFinder(m_session.workspace()).suggest(m_personId, wanted);
        });
    }
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const team::EvidenceSuggestion& suggestion : m_suggestions) {
        const QString kind = toQString(team::evidenceKindLabel(suggestion.link.kind));
        auto* item = new QListWidgetItem(
            QStringLiteral("%1 \u00b7 %2 \u2014 %3")
                .arg(toQString(suggestion.date), kind, toQString(suggestion.sentence)),
            m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        const bool attached = std::find(kept.begin(), kept.end(), suggestion.link) != kept.end();
        item->setCheckState(attached ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(plainToolTip(toQString(suggestion.sentence)));
    }
    if (m_suggestions.empty()) {
        auto* item = new QListWidgetItem(
            wanted.from <= wanted.to
                ? tr("Nothing in the workspace for this period: no launches owned, no cards "
                     "refreshed. Widen the period, or describe the evidence above.")
                : tr("The period ends before it starts."),
            m_list);
        item->setFlags(Qt::NoItemFlags);
    }
    updateCount();
    Q_EMIT attachedChanged();
}

void EvidenceSuggestionBox::updateCount() {
    m_count->setText(tr("%n attached", nullptr, static_cast<int>(attachedLinks().size())));
}

}  // namespace pmm::ui
