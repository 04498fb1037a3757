#include "reports/skills_report_dialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QMenu>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>

#include "app/workspace_session.h"
#include "common/user_feedback.h"
#include "reports/report_dialog_frame.h"
#include "reports/report_page_size.h"
#include "reports/skills_report_pdf.h"
#include "storage/catalog.h"
#include "storage/skills_framework_store.h"
#include "team/level_ladder.h"
#include "util/dates.h"

namespace pmm::ui {

namespace {

QString askForFile(QWidget* parent, const QString& suggested) {
    return QFileDialog::getSaveFileName(parent, SkillsReportDialog::tr("Export skills report"),
                                        suggested, SkillsReportDialog::tr("PDF files (*.pdf)"));
}

// A name fit for a file: no folder separators or characters file systems refuse.
QString fileNamePart(QString text) {
    static const QString kRefused = QStringLiteral("/\\:*?\"<>|");
    for (QChar& c : text) {
        if (kRefused.contains(c) || c.category() == QChar::Other_Control) {
            c = QLatin1Char('-');
        }
    }
    return text.simplified();
}

}  // namespace

SkillsReportDialog::SkillsReportDialog(WorkspaceSession& session, UserFeedback& feedback, Kind kind,
                                       QWidget* parent)
    : QDialog(parent),
      m_session(session),
      m_feedback(feedback),
      m_kinds(new QComboBox(this)),
      m_people(new QComboBox(this)),
      m_pageSizes(new QComboBox(this)),
      m_orientations(new QComboBox(this)),
      m_form(new QFormLayout),
      m_chooseFile(askForFile) {
    setObjectName(QStringLiteral("skillsReportDialog"));
    m_kinds->setObjectName(QStringLiteral("kind"));
    m_kinds->setAccessibleName(tr("Report"));
    m_kinds->addItem(tr("Team skills matrix"), static_cast<int>(Kind::Matrix));
    m_kinds->addItem(tr("Promotion packet for one person"), static_cast<int>(Kind::Packet));
    m_people->setObjectName(QStringLiteral("person"));
    m_people->setAccessibleName(tr("Person"));
    m_pageSizes->setObjectName(QStringLiteral("pageSize"));
    m_pageSizes->setAccessibleName(tr("Paper size"));
    m_pageSizes->addItem(tr("A4"), QPageSize::A4);
    m_pageSizes->addItem(tr("Letter"), QPageSize::Letter);
    selectPageSize(defaultReportPageSize());
    m_orientations->setObjectName(QStringLiteral("orientation"));
    m_orientations->setAccessibleName(tr("Orientation"));
    m_orientations->addItem(tr("Landscape"), QPageLayout::Landscape);
    m_orientations->addItem(tr("Portrait"), QPageLayout::Portrait);

    m_form->addRow(tr("&Report:"), m_kinds);
    m_form->addRow(tr("P&erson:"), m_people);
    m_form->addRow(tr("&Paper:"), m_pageSizes);
    m_form->addRow(tr("&Orientation:"), m_orientations);
    const ReportDialogFrame frame = buildReportDialogFrame(
        this,
        tr("The team's matrix shows every person's demonstrated level in each competency "
           "against their level and the next, and who is ready for promotion. A promotion "
           "packet shows one person's next-level expectations met and gaps, with their "
           "evidence: for a review conversation."),
        m_form);
    m_message = frame.message;
    m_preview = frame.preview;
    m_export = frame.exportPdf;
    resize(sizeHint().expandedTo(QSize(520, 0)));

    connect(m_preview, &QPushButton::clicked, this, &SkillsReportDialog::showPreview);
    connect(m_export, &QPushButton::clicked, this, &SkillsReportDialog::exportPdf);
    connect(m_kinds, &QComboBox::currentIndexChanged, this, &SkillsReportDialog::updateState);
    fillPeople();
    setKind(kind);
}

SkillsReportDialog::~SkillsReportDialog() = default;

void SkillsReportDialog::fillPeople() {
    std::vector<catalog::Person> people;
    bool hasCompetencies = false;
    team::LevelLadder ladder;
    if (m_session.isOpen()) {
        reportingErrors(m_session, [&] {
            people = catalog::Catalog(m_session.workspace()).people.list();
            const storage::SkillsFrameworkStore framework(m_session.workspace());
            hasCompetencies = !framework.competencies().empty();
            ladder = team::LevelLadder(framework.levels());
        });
    }
    m_people->clear();
    for (const catalog::Person& person : people) {
        m_people->addItem(tr("%1 \u2014 %2")
                              .arg(QString::fromStdString(person.name),
                                   QString::fromStdString(ladder.name(person.levelRank))),
                          QVariant::fromValue<qlonglong>(person.id));
    }
    m_emptyReason = people.empty()     ? tr("No people in this workspace: nothing to report. "
                                                "Add the team under Team first.")
                    : !hasCompetencies ? tr("No competencies in this workspace: nothing to "
                                            "report. Add competencies to the skills matrix first.")
                                       : QString();
}

SkillsReportDialog::Kind SkillsReportDialog::kind() const {
    return static_cast<Kind>(m_kinds->currentData().toInt());
}

void SkillsReportDialog::setKind(Kind kind) {
    m_kinds->setCurrentIndex(m_kinds->findData(static_cast<int>(kind)));
    updateState();
}

std::optional<std::int64_t> SkillsReportDialog::selectedPerson() const {
    if (m_people->currentIndex() < 0) {
        return std::nullopt;
    }
    return m_people->currentData().toLongLong();
}

bool SkillsReportDialog::selectPerson(std::int64_t personId) {
    const int index = m_people->findData(QVariant::fromValue<qlonglong>(personId));
    if (index < 0) {
        return false;
    }
    m_people->setCurrentIndex(index);
    return true;
}

QPageSize::PageSizeId SkillsReportDialog::selectedPageSize() const {
    return static_cast<QPageSize::PageSizeId>(m_pageSizes->currentData().toInt());
}

void SkillsReportDialog::selectPageSize(QPageSize::PageSizeId size) {
    const int index = m_pageSizes->findData(size);
    m_pageSizes->setCurrentIndex(index < 0 ? 0 : index);
}

QPageLayout::Orientation SkillsReportDialog::selectedOrientation() const {
    // A packet is a document to read: always portrait.
    return kind() == Kind::Packet
               ? QPageLayout::Portrait
               : static_cast<QPageLayout::Orientation>(m_orientations->currentData().toInt());
}

void SkillsReportDialog::selectOrientation(QPageLayout::Orientation orientation) {
    const int index = m_orientations->findData(orientation);
    m_orientations->setCurrentIndex(index < 0 ? 0 : index);
}

void SkillsReportDialog::updateState() {
    const bool packet = kind() == Kind::Packet;
    setWindowTitle(packet ? tr("Promotion packet") : tr("Skills matrix"));
    m_people->setEnabled(packet && m_people->count() > 0);
    m_orientations->setEnabled(!packet);
    // Only the choices of the report at hand: a matrix has no person, a packet is portrait.
    m_form->setRowVisible(m_people, packet);
    m_form->setRowVisible(m_orientations, !packet);
    const bool ready = m_emptyReason.isEmpty();
    m_preview->setEnabled(ready);
    m_export->setEnabled(ready);
    m_message->setText(m_emptyReason);
}

QString SkillsReportDialog::workspaceName() const {
    return m_session.isOpen() ? QFileInfo(m_session.path()).completeBaseName() : QString();
}

std::optional<SkillsReportDialog::Report> SkillsReportDialog::computeReport() {
    if (!m_session.isOpen()) {
        return std::nullopt;
    }
    if (!m_emptyReason.isEmpty()) {
        m_feedback.showError(this, windowTitle(), m_emptyReason);
        return std::nullopt;
    }
    std::optional<Report> report;
    const bool read = reportingErrors(m_session, [&] {
        if (kind() == Kind::Matrix) {
            report = team::computeSkillsMatrixReport(m_session.workspace(), today());
        } else if (const auto person = selectedPerson()) {
            if (auto packet =
                    team::computePromotionPacket(m_session.workspace(), *person, today())) {
                report = std::move(*packet);
            }
        }
    });
    const auto* matrix = report ? std::get_if<team::SkillsMatrixReport>(&*report) : nullptr;
    if (report && matrix != nullptr && matrix->empty()) {
        report.reset();
    }
    if (read && !report) {
        // The workspace changed since the dialog was filled.
        fillPeople();
        updateState();
        m_feedback.showError(this, windowTitle(),
                             m_emptyReason.isEmpty() ? tr("The person chosen is no longer in "
                                                          "the workspace. Choose another.")
                                                     : m_emptyReason);
    }
    return report;
}

int SkillsReportDialog::paint(const Report& report, QPagedPaintDevice& device) const {
    if (const auto* matrix = std::get_if<team::SkillsMatrixReport>(&report)) {
        return paintSkillsMatrix(*matrix, device, workspaceName());
    }
    return paintPromotionPacket(std::get<team::PromotionPacket>(report), device, workspaceName());
}

QString SkillsReportDialog::suggestedFileName() const {
    if (kind() == Kind::Matrix) {
        return tr("Skills matrix %1.pdf").arg(QString::fromStdString(toIsoText(today())));
    }
    const QString name = m_people->currentText().section(QStringLiteral(" \u2014 "), 0, 0);
    return tr("Promotion packet %1.pdf").arg(fileNamePart(name));
}

void SkillsReportDialog::exportPdf() {
    const QString path = askForReportPath(this, m_chooseFile, suggestedFileName());
    if (!path.isEmpty()) {
        exportTo(path);
    }
}

bool SkillsReportDialog::exportTo(const QString& path) {
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto report = computeReport();
    ReportPdfFileResult result;
    if (report) {
        const SkillsReportPdfOptions options{selectedPageSize(), selectedOrientation(),
                                             workspaceName()};
        result =
            std::holds_alternative<team::SkillsMatrixReport>(*report)
                ? writeSkillsMatrixPdf(std::get<team::SkillsMatrixReport>(*report), path, options)
                : writePromotionPacketPdf(std::get<team::PromotionPacket>(*report), path, options);
    }
    QApplication::restoreOverrideCursor();
    if (!report) {
        return false;
    }
    if (!result.ok) {
        m_feedback.showError(this, windowTitle(), result.error);
        return false;
    }
    m_message->setText(
        tr("Saved the %1 (%n page(s)) to %2.", nullptr, result.pages)
            .arg(kind() == Kind::Matrix ? tr("skills matrix") : tr("promotion packet"),
                 QDir::toNativeSeparators(path)));
    return true;
}

QPrintPreviewDialog* SkillsReportDialog::createPreview() {
    m_previewReport = computeReport();
    if (!m_previewReport) {
        return nullptr;
    }
    m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    m_printer->setPageLayout(kind() == Kind::Matrix
                                 ? skillsMatrixPageLayout(selectedPageSize(), selectedOrientation())
                                 : promotionPacketPageLayout(selectedPageSize()));
    m_printer->setDocName(windowTitle());
    auto* preview = new QPrintPreviewDialog(m_printer.get(), this);
    preview->setAttribute(Qt::WA_DeleteOnClose);
    preview->setWindowTitle(tr("%1 \u2014 print preview").arg(windowTitle()));
    connect(preview, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter* printer) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        if (m_previewReport) {
            paint(*m_previewReport, *printer);
        }
        QApplication::restoreOverrideCursor();
    });
    return preview;
}

void SkillsReportDialog::showPreview() {
    if (QPrintPreviewDialog* preview = createPreview()) {
        preview->resize(size().expandedTo(QSize(1000, 900)));
        preview->open();
    }
}

void addSkillsReportActions(QMenu* menu, WorkspaceSession& session, UserFeedback& feedback,
                            QWidget* window) {
    using Kind = SkillsReportDialog::Kind;
    menu->addSeparator();
    QAction* matrix = menu->addAction(QMenu::tr("&Skills matrix\u2026"));
    matrix->setObjectName(QStringLiteral("skillsMatrixAction"));
    matrix->setStatusTip(
        QMenu::tr("The team's skills matrix and who is ready for promotion, as "
                  "a PDF"));
    QAction* packet = menu->addAction(QMenu::tr("&Promotion packet\u2026"));
    packet->setObjectName(QStringLiteral("promotionPacketAction"));
    packet->setStatusTip(
        QMenu::tr("One person's expectations met, gaps and evidence, as a PDF "
                  "for a review conversation"));
    for (const auto& entry : {std::pair{matrix, Kind::Matrix}, std::pair{packet, Kind::Packet}}) {
        QAction* action = entry.first;
        const Kind kind = entry.second;
        QObject::connect(action, &QAction::triggered, window, [&session, &feedback, window, kind] {
            auto* dialog = new SkillsReportDialog(session, feedback, kind, window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        });
        auto enable = [action, &session] { action->setEnabled(session.isOpen()); };
        QObject::connect(&session, &WorkspaceSession::workspaceChanged, action, enable);
        enable();
    }
}

}  // namespace pmm::ui
