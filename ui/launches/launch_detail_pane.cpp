#include "launches/launch_detail_pane.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QResizeEvent>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

#include "app/workspace_session.h"
#include "launches/criterion_score_editor.h"
#include "launches/launch_checklist_box.h"
#include "launches/launch_texts.h"
#include "launches/launch_tier_box.h"
#include "launches/problem_label.h"
#include "launches/set_launch_field_command.h"
#include "storage/catalog.h"
#include "storage/launch_store.h"
#include "storage/launch_validation.h"

namespace pmm::ui {

using launches::Launch;
using launches::LaunchStatus;

namespace {

QLineEdit* lineEdit(QWidget* parent, const QString& name, const QString& placeholder = {}) {
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    return edit;
}

// Shows `text` unless the user is in the middle of editing this very field.
void showText(QLineEdit* edit, const QString& text) {
    if (edit->hasFocus() && edit->isModified()) {
        return;
    }
    if (edit->text() != text) {
        edit->setText(text);
        edit->setCursorPosition(0);
    }
}

void selectData(QComboBox* box, const QVariant& value) {
    box->setCurrentIndex(box->findData(value));
}

bool sameValue(const QVariant& left, const QVariant& right) {
    if (left.isNull() || right.isNull()) {
        return left.toString().trimmed().isEmpty() && right.toString().trimmed().isEmpty();
    }
    return left == right;
}

}  // namespace

LaunchDetailPane::LaunchDetailPane(WorkspaceSession& session, UserFeedback& feedback,
                                   QWidget* parent)
    : QWidget(parent),
      m_session(session),
      m_stack(new QStackedWidget(this)),
      m_title(new QLabel(this)),
      m_tierBox(new LaunchTierBox(session, feedback, this)),
      m_checklistBox(new LaunchChecklistBox(session, this)) {
    setObjectName(QStringLiteral("launchDetail"));
    setMinimumWidth(fontMetrics().averageCharWidth() * 50);

    auto* none = new QLabel(tr("Select a launch to see its tier, frame and checklist, and to "
                               "edit them."),
                            this);
    none->setObjectName(QStringLiteral("noLaunch"));
    none->setWordWrap(true);
    none->setAlignment(Qt::AlignCenter);
    none->setForegroundRole(QPalette::PlaceholderText);

    m_title->setObjectName(QStringLiteral("title"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);

    auto* content = new QWidget(this);
    m_grid = new QGridLayout(content);
    m_basicsBox = buildBasics();
    m_criteriaBox = buildCriteria();
    m_frameBox = buildFrame();
    arrange(1);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("detailScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);

    m_stack->addWidget(none);
    m_stack->addWidget(scroll);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(&session, &WorkspaceSession::changed, this, &LaunchDetailPane::onChanged);
    connect(&session, &WorkspaceSession::workspaceChanged, this, [this] { setLaunch(0); });
    setLaunch(0);
}

QWidget* LaunchDetailPane::buildBasics() {
    auto* box = new QGroupBox(tr("Launch"), this);
    m_name = lineEdit(box, QStringLiteral("name"));
    m_product = new QComboBox(box);
    m_product->setObjectName(QStringLiteral("product"));
    m_quarter = lineEdit(box, QStringLiteral("quarter"), tr("YYYY-Qn"));
    m_targetDate = lineEdit(box, QStringLiteral("targetDate"), tr("YYYY-MM-DD"));
    m_owner = new QComboBox(box);
    m_owner->setObjectName(QStringLiteral("owner"));
    m_status = new QComboBox(box);
    m_status->setObjectName(QStringLiteral("status"));
    for (LaunchStatus status : launches::kLaunchStatuses) {
        m_status->addItem(statusText(status), static_cast<int>(status));
    }
    m_statusProblem = new ProblemLabel(box);
    m_statusProblem->setObjectName(QStringLiteral("statusProblem"));
    m_pivot = new QCheckBox(tr("&Pivot: changes the product's direction"), box);
    m_pivot->setObjectName(QStringLiteral("pivot"));
    m_basicsProblem = new ProblemLabel(box);
    m_basicsProblem->setObjectName(QStringLiteral("basicsProblem"));

    auto* form = new QFormLayout(box);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Pro&duct:"), m_product);
    form->addRow(tr("&Quarter:"), m_quarter);
    form->addRow(tr("&Target date:"), m_targetDate);
    form->addRow(tr("O&wner:"), m_owner);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(QString(), m_statusProblem);
    form->addRow(QString(), m_pivot);
    form->addRow(m_basicsProblem);

    connectEdit(m_name, LaunchField::Name);
    connectEdit(m_quarter, LaunchField::Quarter);
    connectEdit(m_targetDate, LaunchField::TargetDate);
    connect(m_product, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading && m_product->currentIndex() >= 0) {
            commit(LaunchField::Product, m_product->currentData());
        }
    });
    connect(m_owner, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading && m_owner->currentIndex() >= 0) {
            commit(LaunchField::Owner, m_owner->currentData());
        }
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading) {
            commit(LaunchField::Status, m_status->currentData());
        }
    });
    connect(m_pivot, &QCheckBox::toggled, this, [this](bool checked) {
        if (!m_loading) {
            commit(LaunchField::Pivot, checked);
        }
    });
    return box;
}

QWidget* LaunchDetailPane::buildFrame() {
    auto* box = new QGroupBox(tr("Customer outcome and success metric"), this);
    m_outcome = lineEdit(box, QStringLiteral("outcome"),
                         tr("Which customer decision does this launch change?"));
    m_metric = lineEdit(box, QStringLiteral("metric"));
    m_baseline = lineEdit(box, QStringLiteral("baseline"));
    m_target = lineEdit(box, QStringLiteral("target"));
    m_reviewDate = lineEdit(box, QStringLiteral("reviewDate"), tr("YYYY-MM-DD"));
    m_actual = lineEdit(box, QStringLiteral("actual"), tr("Filled in at the review"));
    m_frameNote = new QLabel(box);
    m_frameNote->setObjectName(QStringLiteral("frameNote"));
    m_frameNote->setTextFormat(Qt::PlainText);
    m_frameNote->setWordWrap(true);
    m_frameProblem = new ProblemLabel(box);
    m_frameProblem->setObjectName(QStringLiteral("frameProblem"));

    auto* form = new QFormLayout(box);
    form->addRow(m_frameNote);
    form->addRow(tr("O&utcome:"), m_outcome);
    form->addRow(tr("&Metric:"), m_metric);
    form->addRow(tr("&Baseline:"), m_baseline);
    form->addRow(tr("Tar&get:"), m_target);
    form->addRow(tr("&Review date:"), m_reviewDate);
    form->addRow(tr("&Actual:"), m_actual);
    form->addRow(m_frameProblem);

    connectEdit(m_outcome, LaunchField::Outcome);
    connectEdit(m_metric, LaunchField::MetricName);
    connectEdit(m_baseline, LaunchField::MetricBaseline);
    connectEdit(m_target, LaunchField::MetricTarget);
    connectEdit(m_reviewDate, LaunchField::MetricReviewDate);
    connectEdit(m_actual, LaunchField::MetricActual);
    return box;
}

QWidget* LaunchDetailPane::buildCriteria() {
    auto* box = new QGroupBox(tr("Tier criteria"), this);
    auto* layout = new QVBoxLayout(box);
    for (std::size_t i = 0; i < launches::kCriteria.size(); ++i) {
        const launches::Criterion criterion = launches::kCriteria[i];
        auto* editor = new CriterionScoreEditor(criterion, box);
        m_criteria[i] = editor;
        layout->addWidget(editor);
        connect(editor, &CriterionScoreEditor::scoreChosen, this,
                [this, criterion](int score) { commit(scoreField(criterion), score); });
        connect(editor, &CriterionScoreEditor::evidenceEdited, this,
                [this, criterion](const QString& text) { commit(evidenceField(criterion), text); });
    }
    m_criteriaProblem = new ProblemLabel(box);
    m_criteriaProblem->setObjectName(QStringLiteral("criteriaProblem"));
    layout->addWidget(m_criteriaProblem);
    return box;
}

void LaunchDetailPane::connectEdit(QLineEdit* edit, LaunchField field) {
    connect(edit, &QLineEdit::editingFinished, this, [this, edit, field] {
        if (!m_loading) {
            commit(field, edit->text());
        }
    });
}

// One column when narrow; two when the pane is wide (below the table on a small screen):
// the launch and its frame on the left, the tier, criteria and checklist on the right.
void LaunchDetailPane::arrange(int columns) {
    if (columns == m_columns) {
        return;
    }
    m_columns = columns;
    while (QLayoutItem* item = m_grid->takeAt(0)) {
        delete item;  // a nested column layout goes with its items; the widgets stay
    }
    m_grid->addWidget(m_title, 0, 0, 1, columns);
    const QList<QWidget*> left{m_basicsBox, m_frameBox};
    const QList<QWidget*> right{m_tierBox, m_criteriaBox, m_checklistBox};
    auto stack = [](const QList<QWidget*>& boxes) {
        auto* column = new QVBoxLayout;
        for (QWidget* box : boxes) {
            column->addWidget(box);
        }
        column->addStretch(1);
        return column;
    };
    if (columns == 1) {
        m_grid->addLayout(
            stack({m_basicsBox, m_tierBox, m_criteriaBox, m_frameBox, m_checklistBox}), 1, 0);
        m_grid->setColumnStretch(1, 0);
    } else {
        m_grid->addLayout(stack(left), 1, 0);
        m_grid->addLayout(stack(right), 1, 1);
        m_grid->setColumnStretch(1, 1);
    }
    m_grid->setColumnStretch(0, 1);
}

void LaunchDetailPane::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    arrange(event->size().width() >= 2 * minimumWidth() + fontMetrics().averageCharWidth() * 8 ? 2
                                                                                               : 1);
}

void LaunchDetailPane::setLaunch(std::int64_t id) {
    m_requestedId = id;
    clearProblems();
    reload(true);
}

bool LaunchDetailPane::commit(LaunchField field, const QVariant& value) {
    if (!m_launch || !m_session.isOpen()) {
        return false;
    }
    const QVariant old = launchFieldValue(*m_launch, field);
    if (sameValue(old, value)) {
        return false;
    }
    Launch candidate = *m_launch;
    setLaunchField(candidate, field, value);
    // Core's checks first, so a refusal is explained here and nothing is written.
    QString problem;
    if (field == LaunchField::Status) {
        problem = toQString(launches::statusGateProblem(candidate));
    }
    if (problem.isEmpty()) {
        problem = coreProblem([this, &candidate] {
            launches::validateLaunch(m_session.workspace().handle(), candidate);
        });
    }
    ProblemLabel* label = problemLabelFor(field);
    if (!problem.isEmpty()) {
        label->setProblem(problem);
        if (field == LaunchField::Status || field == LaunchField::Product ||
            field == LaunchField::Owner || field == LaunchField::Pivot) {
            showLaunch();  // the control shows what is stored; the sentence says why
        }
        return false;
    }
    const bool applied = m_session.execute(std::make_unique<SetLaunchFieldCommand>(
        m_session, m_launch->id, toQString(m_launch->name), field, old, value));
    if (applied) {
        label->clearProblem();
        if (field != LaunchField::Status) {
            m_statusProblem->clearProblem();
        }
    }
    return applied;
}

void LaunchDetailPane::reload(bool withChoices) {
    m_launch.reset();
    if (m_requestedId != 0 && m_session.isOpen()) {
        reportingErrors(m_session, [this] {
            m_launch = launches::LaunchStore(m_session.workspace()).find(m_requestedId);
        });
    }
    if (!m_launch) {
        m_requestedId = 0;
        m_stack->setCurrentIndex(0);
        return;
    }
    if (withChoices || m_product->count() == 0) {
        fillChoices();
    }
    showLaunch();
    m_stack->setCurrentIndex(1);
}

void LaunchDetailPane::fillChoices() {
    m_loading = true;
    std::vector<catalog::Product> products;
    std::vector<catalog::Person> people;
    reportingErrors(m_session, [this, &products, &people] {
        products = m_session.catalog().products.list();
        people = m_session.catalog().people.list();
    });
    auto byName = [](const auto& left, const auto& right) {
        return QString::localeAwareCompare(toQString(left.name), toQString(right.name)) < 0;
    };
    std::sort(products.begin(), products.end(), byName);
    std::sort(people.begin(), people.end(), byName);
    m_product->clear();
    for (const auto& product : products) {
        m_product->addItem(toQString(product.name), QVariant::fromValue<qint64>(product.id));
    }
    m_owner->clear();
    for (const auto& person : people) {
        m_owner->addItem(toQString(person.name), QVariant::fromValue<qint64>(person.id));
    }
    m_loading = false;
}

void LaunchDetailPane::showLaunch() {
    if (!m_launch) {
        return;
    }
    m_loading = true;
    const Launch& launch = *m_launch;
    m_title->setText(toQString(launch.name));
    showText(m_name, toQString(launch.name));
    selectData(m_product, QVariant::fromValue<qint64>(launch.productId));
    showText(m_quarter, toQString(launch.quarter));
    showText(m_targetDate, launchFieldValue(launch, LaunchField::TargetDate).toString());
    selectData(m_owner, QVariant::fromValue<qint64>(launch.ownerId));
    selectData(m_status, static_cast<int>(launch.status));
    m_pivot->setChecked(launch.isPivot);
    showText(m_outcome, toQString(launch.outcome));
    showText(m_metric, toQString(launch.metric.name));
    showText(m_baseline, toQString(launch.metric.baseline));
    showText(m_target, toQString(launch.metric.target));
    showText(m_reviewDate, launchFieldValue(launch, LaunchField::MetricReviewDate).toString());
    showText(m_actual, launchFieldValue(launch, LaunchField::MetricActual).toString());
    const auto missing = launches::missingFrame(launch);
    m_frameNote->setText(missing.empty()
                             ? tr("The frame is complete: the launch may move past candidate.")
                             : tr("Before this launch can be planned it needs: %1.")
                                   .arg(toQString(launches::joinWords(missing))));
    for (CriterionScoreEditor* editor : m_criteria) {
        const auto& criterion = launch.criterion(editor->criterion());
        editor->setScore(criterion.score);
        if (!(editor->evidenceEdit()->hasFocus() && editor->evidenceEdit()->isModified())) {
            editor->setEvidence(toQString(criterion.evidence));
        }
    }
    const bool writable = !m_session.isReadOnly();
    for (QLineEdit* edit : {m_name, m_quarter, m_targetDate, m_outcome, m_metric, m_baseline,
                            m_target, m_reviewDate, m_actual}) {
        edit->setReadOnly(!writable);
    }
    for (QWidget* widget : std::initializer_list<QWidget*>{m_product, m_owner, m_status, m_pivot}) {
        widget->setEnabled(writable);
    }
    for (CriterionScoreEditor* editor : m_criteria) {
        editor->setReadOnly(!writable);
    }
    m_tierBox->setLaunch(launch);
    m_checklistBox->setLaunch(launch.id);
    m_loading = false;
}

void LaunchDetailPane::onChanged(const storage::Change& change) {
    using storage::EntityKind;
    if (m_requestedId == 0) {
        return;
    }
    const bool mine =
        change.kind == EntityKind::Launch && (change.id == m_requestedId || change.id == 0);
    const bool names = change.kind == EntityKind::Everything || change.kind == EntityKind::Person ||
                       change.kind == EntityKind::Product;
    if (mine || names || change.kind == EntityKind::TierRule) {
        reload(names);
    }
}

ProblemLabel* LaunchDetailPane::problemLabelFor(LaunchField field) const {
    switch (field) {
        case LaunchField::Status:
            return m_statusProblem;
        case LaunchField::Outcome:
        case LaunchField::MetricName:
        case LaunchField::MetricBaseline:
        case LaunchField::MetricTarget:
        case LaunchField::MetricReviewDate:
        case LaunchField::MetricActual:
            return m_frameProblem;
        case LaunchField::RevenueScore:
        case LaunchField::RevenueEvidence:
        case LaunchField::UrgencyScore:
        case LaunchField::UrgencyEvidence:
        case LaunchField::DemandScore:
        case LaunchField::DemandEvidence:
            return m_criteriaProblem;
        default:
            return m_basicsProblem;
    }
}

void LaunchDetailPane::clearProblems() {
    for (ProblemLabel* label :
         {m_basicsProblem, m_statusProblem, m_frameProblem, m_criteriaProblem}) {
        label->clearProblem();
    }
}

}  // namespace pmm::ui
