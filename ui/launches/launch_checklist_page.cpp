#include "launches/launch_checklist_page.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

#include <algorithm>

#include "launches/launch_texts.h"
#include "launches/launch_wizard.h"
#include "launches/readiness.h"

namespace pmm::ui {

LaunchChecklistPage::LaunchChecklistPage(LaunchWizard& wizard)
    : m_wizard(wizard),
      m_summary(new QLabel(this)),
      m_heading(new QLabel(this)),
      m_items(new QListWidget(this)),
      m_readiness(new QLabel(this)) {
    setObjectName(QStringLiteral("checklistPage"));
    setTitle(tr("Deliverables checklist"));
    setSubTitle(
        tr("What a launch of this tier needs. Tick what is already done; the rest is "
           "tracked as the launch's readiness."));
    setFinalPage(true);

    for (QLabel* label : {m_summary, m_heading, m_readiness}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
    m_summary->setObjectName(QStringLiteral("summary"));
    m_readiness->setObjectName(QStringLiteral("readiness"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_heading->setBuddy(m_items);
    m_items->setObjectName(QStringLiteral("checklist"));
    m_items->setAccessibleName(tr("Deliverables"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(m_heading);
    layout->addWidget(m_items, 1);
    layout->addWidget(m_readiness);

    connect(m_items, &QListWidget::itemChanged, this, &LaunchChecklistPage::showReadiness);
}

void LaunchChecklistPage::initializePage() {
    const QStringList done = doneItems();
    m_items->clear();
    const auto tier = m_wizard.tierInForce();
    const launches::Launch draft = m_wizard.draft();
    QString owner;
    for (const auto& person : m_wizard.people()) {
        if (person.id == draft.ownerId) {
            owner = toQString(person.name);
        }
    }
    if (!tier) {
        m_summary->setText(tr("Finish creates \u201c%1\u201d in %2 without a tier.")
                               .arg(toQString(draft.name), toQString(draft.quarter)));
        m_heading->clear();
        showReadiness();
        return;
    }
    const QString how =
        m_wizard.overrideTier()
            ? tr("%1 by override (the rule says %2)")
                  .arg(tierText(tier), tierText(m_wizard.tierResult()->tier))
            : tr("%1 (score %2)").arg(tierText(tier), scoreText(m_wizard.tierResult()->score));
    m_summary->setText(tr("Finish creates \u201c%1\u201d in %2 as %3, owned by %4, starting "
                          "as an idea. Everything can be changed later in the Launches "
                          "section; Edit \u25b8 Undo takes it back.")
                           .arg(toQString(draft.name), toQString(draft.quarter), how, owner));
    m_heading->setText(tr("&%1 checklist (tier rule version %2):")
                           .arg(tierText(tier))
                           .arg(m_wizard.rule().version));
    for (const std::string& title : m_wizard.rule().checklistOf(*tier)) {
        auto* item = new QListWidgetItem(toQString(title), m_items);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(done.contains(item->text()) ? Qt::Checked : Qt::Unchecked);
    }
    if (m_items->count() > 0) {
        m_items->setCurrentRow(0);
    }
    showReadiness();
}

QStringList LaunchChecklistPage::doneItems() const {
    QStringList done;
    for (int i = 0; i < m_items->count(); ++i) {
        if (m_items->item(i)->checkState() == Qt::Checked) {
            done.append(m_items->item(i)->text());
        }
    }
    return done;
}

void LaunchChecklistPage::showReadiness() {
    launches::Readiness readiness{static_cast<int>(doneItems().size()), m_items->count()};
    m_readiness->setText(
        m_items->count() == 0 ? QString() : tr("Readiness: %1").arg(toQString(readiness.text())));
}

}  // namespace pmm::ui
