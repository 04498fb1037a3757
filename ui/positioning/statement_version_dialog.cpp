#include "positioning/statement_version_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <memory>

#include "app/workspace_session.h"
#include "battlecards/battlecard_texts.h"
#include "launches/launch_texts.h"
#include "launches/problem_label.h"
#include "positioning/positioning_names.h"
#include "positioning/positioning_widgets.h"
#include "positioning/statement_version_command.h"
#include "storage/catalog.h"
#include "storage/positioning_statement_store.h"

namespace pmm::ui {

using positioning::PositioningStatement;

namespace {

using PartField = std::string PositioningStatement::*;
constexpr std::array<PartField, StatementVersionDialog::kPartCount> kFields = {
    &PositioningStatement::forCustomer, &PositioningStatement::whoNeed,
    &PositioningStatement::isA,         &PositioningStatement::thatBenefit,
    &PositioningStatement::unlike,      &PositioningStatement::weDiffer,
    &PositioningStatement::note};

void fillBox(QComboBox* box, const QHash<std::int64_t, QString>& names,
             std::optional<std::int64_t> chosen) {
    std::vector<std::pair<QString, std::int64_t>> sorted;
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        sorted.emplace_back(it.value(), it.key());
    }
    std::sort(sorted.begin(), sorted.end(),
              [](const auto& a, const auto& b) { return a.first.localeAwareCompare(b.first) < 0; });
    for (const auto& [name, id] : sorted) {
        box->addItem(name, QVariant::fromValue<qint64>(id));
    }
    if (chosen) {
        box->setCurrentIndex(std::max(0, box->findData(QVariant::fromValue<qint64>(*chosen))));
    }
}

QString authorName(const WorkspaceSession& session) {
    const battlecards::CardEditor editor = currentEditor(session);
    if (editor.personId) {
        if (const auto person = session.catalog().people.find(*editor.personId)) {
            return toQString(person->name);
        }
    }
    return toQString(editor.name);
}

}  // namespace

StatementVersionDialog::StatementVersionDialog(WorkspaceSession& session,
                                               std::optional<std::int64_t> productId,
                                               std::optional<std::int64_t> segmentId,
                                               QWidget* parent)
    : QDialog(parent),
      m_session(session),
      m_product(new QComboBox(this)),
      m_segment(new QComboBox(this)),
      m_version(plainLabel(QStringLiteral("versionNote"), this)),
      m_preview(plainLabel(QStringLiteral("statementPreview"), this)),
      m_problem(new ProblemLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("statementVersionDialog"));
    setWindowTitle(tr("New Positioning Statement Version"));
    m_product->setObjectName(QStringLiteral("statementProduct"));
    m_segment->setObjectName(QStringLiteral("statementSegment"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Product:"), m_product);
    form->addRow(tr("&Segment:"), m_segment);
    const std::array<QString, kPartCount> labels = {tr("&For:"),  tr("&Who:"),    tr("&Is a:"),
                                                    tr("&That:"), tr("&Unlike:"), tr("W&e:"),
                                                    tr("&Note:")};
    const std::array<QString, kPartCount> hints = {
        tr("the target customer"),        tr("the need or problem they have"),
        tr("the product category"),       tr("the key benefit"),
        tr("the main alternative"),       tr("how we are different"),
        tr("why this version (optional)")};
    for (int part = 0; part < kPartCount; ++part) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QStringLiteral("part%1").arg(part));
        edit->setPlaceholderText(hints[static_cast<std::size_t>(part)]);
        connect(edit, &QLineEdit::textChanged, this, &StatementVersionDialog::updatePreview);
        m_parts[static_cast<std::size_t>(part)] = edit;
        form->addRow(labels[static_cast<std::size_t>(part)], edit);
    }
    QFont italic = m_preview->font();
    italic.setItalic(true);
    m_preview->setFont(italic);
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Save version"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &StatementVersionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_version);
    layout->addWidget(m_preview);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);

    fillChoices(productId, segmentId);
    for (QComboBox* box : {m_product, m_segment}) {
        connect(box, &QComboBox::currentIndexChanged, this, &StatementVersionDialog::loadCurrent);
    }
    loadCurrent();
}

void StatementVersionDialog::fillChoices(std::optional<std::int64_t> productId,
                                         std::optional<std::int64_t> segmentId) {
    const PositioningNames names = PositioningNames::read(m_session);
    fillBox(m_product, names.products, productId);
    fillBox(m_segment, names.segments, segmentId);
}

void StatementVersionDialog::loadCurrent() {
    std::optional<PositioningStatement> current;
    if (m_session.isOpen() && m_product->count() > 0 && m_segment->count() > 0) {
        reportingErrors(m_session, [&] {
            current = storage::PositioningStatementStore(m_session.workspace())
                          .current(m_product->currentData().toLongLong(),
                                   m_segment->currentData().toLongLong());
        });
    }
    for (int part = 0; part < kPartCount; ++part) {
        const auto index = static_cast<std::size_t>(part);
        const bool keep = current && part != Note;  // a note says why this version
        m_parts[index]->setText(keep ? toQString((*current).*kFields[index]) : QString());
    }
    m_version->setText(current ? tr("This will be version %1; version %2 stays in the history.")
                                     .arg(current->version + 1)
                                     .arg(current->version)
                               : tr("This will be the first statement of this product and "
                                    "segment."));
    updatePreview();
}

PositioningStatement StatementVersionDialog::draft() const {
    PositioningStatement statement;
    statement.productId = m_product->currentData().toLongLong();
    statement.segmentId = m_segment->currentData().toLongLong();
    for (std::size_t part = 0; part < kFields.size(); ++part) {
        statement.*kFields[part] = toStdString(m_parts[part]->text().trimmed());
    }
    return statement;
}

void StatementVersionDialog::updatePreview() {
    const PositioningStatement statement = draft();
    m_preview->setText(
        toQString(statementSentence(statement, toStdString(m_product->currentText()))));
    const std::string missing = positioning::firstMissingPart(statement);
    m_problem->setProblem(missing.empty()
                              ? QString()
                              : tr("%1: every statement says this part.").arg(toQString(missing)));
    const bool ready = missing.empty() && m_product->count() > 0 && m_segment->count() > 0;
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(ready && !m_session.isReadOnly());
}

void StatementVersionDialog::accept() {
    if (!m_buttons->button(QDialogButtonBox::Save)->isEnabled()) {
        return;
    }
    PositioningStatement statement = draft();
    statement.createdOn = pmm::today();
    statement.createdBy = toStdString(authorName(m_session));
    const QString scope =
        tr("%1 \u00b7 %2").arg(m_product->currentText(), m_segment->currentText());
    auto command = std::make_unique<StatementVersionCommand>(m_session, statement, scope);
    const StatementVersionCommand* applied = command.get();
    if (!m_session.execute(std::move(command))) {
        return;
    }
    m_savedId = applied->stored().id;
    QDialog::accept();
}

}  // namespace pmm::ui
