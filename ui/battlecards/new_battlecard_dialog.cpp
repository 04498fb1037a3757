#include "battlecards/new_battlecard_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

#include "app/workspace_session.h"
#include "battlecards/add_battlecard_command.h"
#include "launches/launch_texts.h"
#include "storage/battlecard_store.h"
#include "storage/catalog.h"

namespace pmm::ui {

namespace {

template <typename Record>
void fillByName(QComboBox* box, std::vector<Record> records) {
    std::sort(records.begin(), records.end(), [](const Record& a, const Record& b) {
        return toQString(a.name).localeAwareCompare(toQString(b.name)) < 0;
    });
    for (const Record& record : records) {
        box->addItem(toQString(record.name), QVariant::fromValue<qint64>(record.id));
    }
}

std::int64_t chosenId(const QComboBox* box) {
    return box->currentData().value<qint64>();
}

}  // namespace

NewBattlecardDialog::NewBattlecardDialog(WorkspaceSession& session, QWidget* parent)
    : QDialog(parent),
      m_session(session),
      m_competitor(new QComboBox(this)),
      m_segment(new QComboBox(this)),
      m_owner(new QComboBox(this)),
      m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("newBattlecardDialog"));
    setWindowTitle(tr("New battlecard"));
    m_competitor->setObjectName(QStringLiteral("competitor"));
    m_segment->setObjectName(QStringLiteral("segment"));
    m_owner->setObjectName(QStringLiteral("owner"));
    for (QComboBox* box : {m_competitor, m_segment, m_owner}) {
        box->setEditable(true);  // type to find one of a thousand competitors
        box->setInsertPolicy(QComboBox::NoInsert);
    }
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create card"));

    auto* intro = new QLabel(tr("A battlecard covers one competitor in one segment. It starts "
                                "from the template with every section empty; the editor "
                                "explains what goes in each."),
                             this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Competitor:"), m_competitor);
    form->addRow(tr("&Segment:"), m_segment);
    form->addRow(tr("&Owner:"), m_owner);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewBattlecardDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    fillChoices();
    connect(m_competitor, &QComboBox::currentIndexChanged, this, &NewBattlecardDialog::validate);
    connect(m_segment, &QComboBox::currentIndexChanged, this,
            &NewBattlecardDialog::onSegmentChanged);
    connect(m_owner, &QComboBox::activated, this, [this] { m_ownerChosen = true; });
    onSegmentChanged();
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

bool NewBattlecardDialog::canCreate() const {
    return m_buttons->button(QDialogButtonBox::Ok)->isEnabled();
}

void NewBattlecardDialog::accept() {
    validate();
    if (!canCreate()) {
        return;
    }
    storage::NewBattlecard spec;
    spec.competitorId = chosenId(m_competitor);
    spec.segmentId = chosenId(m_segment);
    const QVariant owner = m_owner->currentData();
    if (owner.isValid()) {
        spec.ownerId = owner.value<qint64>();
    }
    auto command = std::make_unique<AddBattlecardCommand>(
        m_session, spec,
        tr("%1 \u00b7 %2").arg(m_competitor->currentText(), m_segment->currentText()));
    AddBattlecardCommand* added = command.get();
    if (!m_session.execute(std::move(command))) {
        return;
    }
    m_createdId = added->cardId();
    QDialog::accept();
}

void NewBattlecardDialog::fillChoices() {
    reportingErrors(m_session, [this] {
        const catalog::Catalog& catalog = m_session.catalog();
        fillByName(m_competitor, catalog.competitors.list());
        fillByName(m_segment, catalog.segments.list());
        m_owner->addItem(tr("Unassigned"));
        fillByName(m_owner, catalog.people.list());
    });
}

// The owner follows the segment until the user picks one.
void NewBattlecardDialog::onSegmentChanged() {
    if (!m_ownerChosen && m_segment->currentIndex() >= 0) {
        std::optional<std::int64_t> owner;
        reportingErrors(m_session, [&] {
            if (const auto segment = m_session.catalog().segments.find(chosenId(m_segment))) {
                owner = segment->ownerId;
            }
        });
        m_owner->setCurrentIndex(
            owner ? std::max(0, m_owner->findData(QVariant::fromValue<qint64>(*owner))) : 0);
    }
    validate();
}

void NewBattlecardDialog::validate() {
    QString problem;
    if (m_competitor->currentIndex() < 0 || m_segment->currentIndex() < 0) {
        problem =
            tr("Add a competitor and a segment in Team & catalog first: a battlecard is "
               "for one competitor in one segment.");
    } else {
        reportingErrors(m_session, [&] {
            if (storage::BattlecardStore(m_session.workspace())
                    .findFor(chosenId(m_competitor), chosenId(m_segment))) {
                problem = tr("%1 already has a battlecard in %2: open it from the list instead "
                             "of creating a second one.")
                              .arg(m_competitor->currentText(), m_segment->currentText());
            }
        });
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(problem.isEmpty() && !m_session.isReadOnly());
}

}  // namespace pmm::ui
