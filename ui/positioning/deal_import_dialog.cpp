#include "positioning/deal_import_dialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include "app/workspace_session.h"
#include "common/background_task.h"
#include "launches/launch_texts.h"
#include "positioning/deal_import_command.h"
#include "positioning/deal_import_mapping_form.h"
#include "positioning/deal_import_planner.h"
#include "positioning/deal_import_texts.h"
#include "storage/deal_csv_import.h"
#include "storage/deal_store.h"

namespace pmm::ui {

namespace {

QLabel* plainLabel(QWidget* parent, const QString& objectName) {
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

QTableView* problemTable(QAbstractItemModel* model, QWidget* parent) {
    auto* view = new QTableView(parent);
    view->setObjectName(QStringLiteral("problems"));
    view->setAccessibleName(DealImportDialog::tr("Problems"));
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(DealProblemModel::LineColumn,
                                                   QHeaderView::ResizeToContents);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    return view;
}

}  // namespace

DealImportDialog::DealImportDialog(WorkspaceSession& session, QWidget* parent)
    : QDialog(parent),
      m_session(session),
      m_planner(
          new DealImportPlanner(storage::DealStore(session.workspace()).importCatalog(), this)),
      m_names(dealNames(session.catalog())),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("dealImportDialog"));
    setWindowTitle(tr("Import win/loss CSV"));
    m_fileLabel = plainLabel(this, QStringLiteral("file"));
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(createPreview());
    splitter->addWidget(createProblems());
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_imported) {
            accept();
        } else {
            importDeals();
        }
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_planner, &DealImportPlanner::busyChanged, this, &DealImportDialog::setBusy);
    connect(m_planner, &DealImportPlanner::planned, this, &DealImportDialog::showPlan);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_fileLabel);
    layout->addWidget(createColumns());
    layout->addWidget(splitter, 1);
    layout->addWidget(createCompetitors());
    layout->addWidget(createStatus());
    layout->addWidget(m_buttons);
    resize(fontMetrics().averageCharWidth() * 150, fontMetrics().height() * 44);
    showPlan(nullptr);
}

DealImportDialog::~DealImportDialog() = default;

QWidget* DealImportDialog::createColumns() {
    auto* box = new QGroupBox(tr("Columns"), this);
    m_mapping = new DealImportMappingForm(box);
    m_mapping->setObjectName(QStringLiteral("mapping"));
    connect(m_mapping, &DealImportMappingForm::mappingChanged, this, &DealImportDialog::replan);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_mapping);
    return box;
}

QWidget* DealImportDialog::createPreview() {
    m_previewBox = new QGroupBox(this);
    m_preview = new QTableWidget(m_previewBox);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setAccessibleName(tr("Preview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setWordWrap(false);
    m_preview->verticalHeader()->hide();
    m_preview->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    auto* layout = new QVBoxLayout(m_previewBox);
    layout->addWidget(m_preview);
    return m_previewBox;
}

QWidget* DealImportDialog::createProblems() {
    m_problemBox = new QGroupBox(tr("Problems"), this);
    m_problems = new DealProblemModel(this);
    m_problemView = problemTable(m_problems, m_problemBox);
    m_problemCount = plainLabel(m_problemBox, QStringLiteral("problemCount"));
    auto* layout = new QVBoxLayout(m_problemBox);
    layout->addWidget(m_problemCount);
    layout->addWidget(m_problemView, 1);
    return m_problemBox;
}

QWidget* DealImportDialog::createCompetitors() {
    m_competitorRow = new QWidget(this);
    m_createCompetitors = new QCheckBox(m_competitorRow);
    m_createCompetitors->setObjectName(QStringLiteral("createCompetitors"));
    connect(m_createCompetitors, &QCheckBox::toggled, this, &DealImportDialog::replan);
    m_competitorNames = plainLabel(m_competitorRow, QStringLiteral("competitorNames"));
    auto* layout = new QVBoxLayout(m_competitorRow);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_competitorNames);
    layout->addWidget(m_createCompetitors);
    return m_competitorRow;
}

QWidget* DealImportDialog::createStatus() {
    auto* row = new QWidget(this);
    m_progress = new QProgressBar(row);
    m_progress->setObjectName(QStringLiteral("busy"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(fontMetrics().averageCharWidth() * 16);
    m_progress->setTextVisible(false);
    m_status = plainLabel(row, QStringLiteral("status"));
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_progress, 0, Qt::AlignTop);
    layout->addWidget(m_status, 1);
    return row;
}

bool DealImportDialog::loadFile(const QString& path) {
    std::string text;
    if (!reportingErrors(m_session, [&] { text = storage::readDealCsvFile(path.toStdString()); })) {
        return false;
    }
    m_fileName = QFileInfo(path).fileName();
    m_imported = false;
    m_plan.reset();
    m_planner->load(std::move(text), options());
    return true;
}

bool DealImportDialog::waitForPlan(int timeoutMs) {
    return m_planner->waitUntilIdle(timeoutMs);
}

void DealImportDialog::replan() {
    if (m_plan != nullptr && !m_imported) {
        m_planner->replan(m_mapping->mapping(), options());
    }
}

positioning::DealImportOptions DealImportDialog::options() const {
    positioning::DealImportOptions options;
    options.createCompetitors = m_createCompetitors->isChecked();
    return options;
}

void DealImportDialog::setBusy(bool busy) {
    m_busy = busy;
    m_progress->setVisible(busy);
    if (busy) {
        m_status->setText(tr("Checking every row\u2026"));
    } else {
        showStatus();
    }
    updateButtons();
}

void DealImportDialog::showPlan(std::shared_ptr<const positioning::DealImportPlan> plan) {
    const bool newFile = m_plan == nullptr;
    m_plan = std::move(plan);
    if (m_plan != nullptr && newFile) {
        m_mapping->setColumns(m_plan->header, m_plan->mapping);
    }
    m_mapping->setEnabled(m_plan != nullptr && !m_plan->header.empty());
    showFileFacts();
    if (m_plan != nullptr) {
        showDealPreview(*m_preview, *m_plan, m_names, kPreviewRows);
    }
    m_problems->setPlan(m_plan);
    showProblems();
    showCompetitors();
    setBusy(m_planner->isBusy());
}

void DealImportDialog::showFileFacts() {
    if (m_plan == nullptr) {
        m_fileLabel->setText(m_fileName.isEmpty() ? tr("No file chosen.")
                                                  : tr("Reading %1\u2026").arg(m_fileName));
        m_previewBox->setTitle(tr("Preview"));
        return;
    }
    m_fileLabel->setText(fileFactsText(*m_plan, m_fileName));
    m_previewBox->setTitle(
        tr("Preview: the first %1 valid rows as they will be stored")
            .arg(std::min(kPreviewRows, static_cast<int>(m_plan->deals.size()))));
}

void DealImportDialog::showProblems() {
    const int problems = m_problems->rowCount();
    m_problemBox->setVisible(problems > 0);
    if (m_plan != nullptr) {
        m_problemCount->setText(problemCountText(*m_plan));
    }
}

void DealImportDialog::showCompetitors() {
    const std::vector<std::string>* names = nullptr;
    if (m_plan != nullptr) {
        names = m_createCompetitors->isChecked() ? &m_plan->newCompetitors
                                                 : &m_plan->unknownCompetitors;
    }
    const bool offer = names != nullptr && !names->empty();
    const bool wasChecked = m_createCompetitors->isChecked();
    m_competitorRow->setVisible(offer || wasChecked);
    if (!offer) {
        return;
    }
    m_createCompetitors->setText(createCompetitorsText(static_cast<int>(names->size())));
    m_competitorNames->setText((m_createCompetitors->isChecked()
                                    ? tr("New competitors: %1")
                                    : tr("Competitors not in the workspace yet: %1"))
                                   .arg(namesText(*names)));
}

void DealImportDialog::showStatus() {
    if (m_imported) {
        return;
    }
    m_status->setText(m_plan == nullptr ? QString() : planStatusText(*m_plan));
}

void DealImportDialog::updateButtons() {
    QPushButton* ok = importButton();
    ok->setEnabled(m_imported || (!m_busy && m_plan != nullptr && m_plan->valid() &&
                                  !m_plan->deals.empty() && !m_session.isReadOnly()));
}

QPushButton* DealImportDialog::importButton() const {
    return m_buttons->button(QDialogButtonBox::Ok);
}

QComboBox* DealImportDialog::mappingBox(positioning::DealField field) const {
    return m_mapping->box(field);
}

bool DealImportDialog::importDeals() {
    if (m_imported || m_busy || m_plan == nullptr || !m_plan->valid()) {
        return false;
    }
    auto command = std::make_unique<DealImportCommand>(m_session, m_plan, m_fileName);
    DealImportCommand* importing = command.get();
    m_status->setText(tr("Importing\u2026"));
    // A large export takes seconds to write: on a worker, so the window keeps repainting.
    BackgroundTask task(
        windowTitle(),
        tr("Importing %n win/loss record(s)", nullptr, static_cast<int>(m_plan->deals.size())),
        false, this);
    const bool done = m_session.executeInBackground(std::move(command), task);
    if (!done) {
        m_status->setText(
            tr("The import failed, so nothing was imported and the workspace was "
               "not changed."));
        return false;
    }
    showImported(importSummaryText(importing->counts(), m_plan->newCompetitors));
    return true;
}

void DealImportDialog::showImported(const QString& summary) {
    m_imported = true;
    m_status->setText(summary);
    m_mapping->setEnabled(false);
    m_createCompetitors->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Cancel)->hide();
    importButton()->setText(tr("Close"));
    updateButtons();
}

}  // namespace pmm::ui
