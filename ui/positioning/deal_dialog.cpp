#include "positioning/deal_dialog.h"

#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

#include "app/workspace_session.h"
#include "launches/launch_texts.h"
#include "positioning/add_deal_command.h"
#include "positioning/deal_values.h"
#include "storage/battlecard_store.h"
#include "storage/catalog.h"

namespace pmm::ui {

namespace {

using positioning::Outcome;

// "(none)" first, then the items by name; each item carries its id.
template <class T>
void fillNamed(QComboBox& box, std::vector<T> items) {
    std::sort(items.begin(), items.end(), [](const T& a, const T& b) {
        return toQString(a.name).localeAwareCompare(toQString(b.name)) < 0;
    });
    box.addItem(DealDialog::tr("(none)"));
    for (const T& item : items) {
        box.addItem(toQString(item.name), QVariant::fromValue<qint64>(item.id));
    }
}

std::optional<std::int64_t> chosenId(const QComboBox& box) {
    const QVariant id = box.currentData();
    return id.isValid() ? std::optional<std::int64_t>(id.value<qint64>()) : std::nullopt;
}

std::string trimmedText(const QString& text) {
    return toStdString(text.trimmed());
}

}  // namespace

DealDialog::DealDialog(WorkspaceSession& session, QWidget* parent)
    : QDialog(parent),
      m_session(session),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("dealDialog"));
    setWindowTitle(tr("Add win/loss record"));
    createFields();
    fillChoices();
    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setWordWrap(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DealDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout;
    form->addRow(tr("Close &date:"), m_date);
    form->addRow(tr("Deal &id:"), m_dealRef);
    form->addRow(tr("Deal &name:"), m_name);
    form->addRow(tr("&Segment:"), m_segment);
    form->addRow(tr("&Competitor:"), m_competitor);
    form->addRow(tr("&Product:"), m_product);
    form->addRow(tr("&Outcome:"), m_outcome);
    form->addRow(tr("&ARR:"), m_arr);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("An&gle used:"), m_angle);
    form->addRow(tr("No&tes:"), m_notes);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    validate();
}

void DealDialog::createFields() {
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setObjectName(QStringLiteral("closedOn"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_dealRef = new QLineEdit(this);
    m_dealRef->setObjectName(QStringLiteral("dealId"));
    m_dealRef->setPlaceholderText(tr("The CRM's id, e.g. 006Qy00000AbCdE (optional)"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("e.g. Northwind \u2014 200 seats"));
    m_segment = new QComboBox(this);
    m_segment->setObjectName(QStringLiteral("segment"));
    m_competitor = new QComboBox(this);
    m_competitor->setObjectName(QStringLiteral("competitor"));
    m_product = new QComboBox(this);
    m_product->setObjectName(QStringLiteral("product"));
    m_outcome = new QComboBox(this);
    m_outcome->setObjectName(QStringLiteral("outcome"));
    m_outcome->addItem(tr("Choose\u2026"));
    for (const Outcome outcome : {Outcome::Won, Outcome::Lost, Outcome::NoDecision}) {
        m_outcome->addItem(toQString(positioning::outcomeLabel(outcome)),
                           static_cast<int>(outcome));
    }
    m_arr = new QLineEdit(this);
    m_arr->setObjectName(QStringLiteral("arr"));
    m_arr->setPlaceholderText(tr("Annual recurring revenue, e.g. 24,000 (optional)"));
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setPlaceholderText(tr("Why it was won or lost, e.g. pricing"));
    m_angle = new QComboBox(this);
    m_angle->setObjectName(QStringLiteral("angle"));
    m_angle->setEditable(true);
    m_angle->setInsertPolicy(QComboBox::NoInsert);
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(fontMetrics().height() * 5);
    for (QLineEdit* edit : {m_dealRef, m_name, m_arr}) {
        connect(edit, &QLineEdit::textChanged, this, &DealDialog::validate);
    }
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &DealDialog::validate);
    connect(m_competitor, &QComboBox::currentIndexChanged, this, &DealDialog::fillAngles);
    connect(m_segment, &QComboBox::currentIndexChanged, this, &DealDialog::fillAngles);
}

void DealDialog::fillChoices() {
    reportingErrors(m_session, [this] {
        const catalog::Catalog& catalog = m_session.catalog();
        fillNamed(*m_segment, catalog.segments.list());
        fillNamed(*m_competitor, catalog.competitors.list());
        fillNamed(*m_product, catalog.products.list());
    });
}

// The angles the competitor's battlecards lead with (of the chosen segment, or of every
// segment), so the record names an angle the way the cards do.
void DealDialog::fillAngles() {
    const QString typed = m_angle->currentText();
    m_angle->clear();
    const auto competitor = chosenId(*m_competitor);
    if (competitor) {
        reportingErrors(m_session, [&] {
            storage::BattlecardStore cards(m_session.workspace());
            QStringList angles;
            for (int row = 1; row < m_segment->count(); ++row) {
                const qint64 segment = m_segment->itemData(row).value<qint64>();
                if (m_segment->currentIndex() > 0 && row != m_segment->currentIndex()) {
                    continue;
                }
                if (const auto card = cards.findFor(*competitor, segment)) {
                    for (const battlecards::AngleRow& angle : card->content.decisionTree) {
                        angles << toQString(angle.leadWith).trimmed();
                    }
                }
            }
            angles.removeAll(QString());
            angles.removeDuplicates();
            m_angle->addItems(angles);
        });
    }
    m_angle->setCurrentText(typed);
}

QString DealDialog::competitorName() const {
    return m_competitor->currentIndex() > 0 ? m_competitor->currentText() : QString();
}

positioning::Deal DealDialog::deal() const {
    positioning::Deal deal;
    const QDate day = m_date->date();
    deal.closedOn = {day.year(), day.month(), day.day()};
    deal.dealRef = trimmedText(m_dealRef->text());
    deal.name = trimmedText(m_name->text());
    deal.segmentId = chosenId(*m_segment);
    deal.competitorId = chosenId(*m_competitor);
    deal.productId = chosenId(*m_product);
    if (m_outcome->currentIndex() > 0) {
        deal.outcome = static_cast<Outcome>(m_outcome->currentData().toInt());
    }
    if (!m_arr->text().trimmed().isEmpty()) {
        deal.arrCents = positioning::parseAmountCents(toStdString(m_arr->text()));
    }
    deal.reason = trimmedText(m_reason->text());
    deal.angle = trimmedText(m_angle->currentText());
    deal.notes = trimmedText(m_notes->toPlainText());
    return deal;
}

QStringList DealDialog::problems() const {
    QStringList problems;
    const positioning::Deal typed = deal();
    if (positioning::dedupeKey(typed, toStdString(competitorName())).empty()) {
        problems << tr("Deal: give the deal an id or a name.");
    }
    if (m_outcome->currentIndex() <= 0) {
        problems << tr("Outcome: choose won, lost or no decision.");
    }
    if (!m_arr->text().trimmed().isEmpty() && !typed.arrCents) {
        problems << tr("ARR: \u201c%1\u201d is not an amount; write it like 24000 or 24,000.50.")
                        .arg(m_arr->text().trimmed());
    }
    return problems;
}

void DealDialog::validate() {
    const QStringList problems = this->problems();
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
    saveButton()->setEnabled(problems.isEmpty() && !m_session.isReadOnly());
}

QPushButton* DealDialog::saveButton() const {
    return m_buttons->button(QDialogButtonBox::Save);
}

bool DealDialog::save() {
    if (!problems().isEmpty()) {
        return false;
    }
    auto command = std::make_unique<AddDealCommand>(m_session, deal());
    AddDealCommand* adding = command.get();
    if (!m_session.execute(std::move(command))) {
        return false;
    }
    m_saved = adding->deal();
    accept();
    return true;
}

}  // namespace pmm::ui
