#include "reports/skills_report_dialog.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QMenu>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>

#include "app/workspace_session.h"
#include "common/user_feedback.h"
#include "reports/report_page_size.h"
#include "reports/skills_report_pdf.h"
#include "storage/catalog.h"
#include "storage/skills_framework_store.h"
#include "team/level_ladder.h"
#include "util/dates.h"

namespace pmm::ui {

namespace {

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
    : ReportDialog(session, feedback, tr("Export skills report"), parent),
      m_kinds(new QComboBox(this)),
      m_people(new QComboBox(this)),
      m_orientations(new QComboBox(this)),
      m_form(new QFormLayout) {
    setObjectName(QStringLiteral("skillsReportDialog"));
    m_kinds->setObjectName(QStringLiteral("kind"));
    m_kinds->setAccessibleName(tr("Report"));
    m_kinds->addItem(tr("Team skills matrix"), static_cast<int>(Kind::Matrix));
    m_kinds->addItem(tr("Promotion packet for one person"), static_cast<int>(Kind::Packet));
    m_people->setObjectName(QStringLiteral("person"));
    m_people->setAccessibleName(tr("Person"));
    m_orientations->setObjectName(QStringLiteral("orientation"));
    m_orientations->setAccessibleName(tr("Orientation"));
    m_orientations->addItem(tr("Landscape"), QPageLayout::Landscape);
    m_orientations->addItem(tr("Portrait"), QPageLayout::Portrait);

    m_form->addRow(tr("&Report:"), m_kinds);
    m_form->addRow(tr("P&erson:"), m_people);
    m_form->addRow(tr("&Paper:"), pageSizeBox());
    m_form->addRow(tr("&Orientation:"), m_orientations);
    buildFrame(tr("The team's matrix shows every person's demonstrated level in each competency "
                  "against their level and the next, and who is ready for promotion. A promotion "
                  "packet shows one person's next-level expectations met and gaps, with their "
                  "evidence: for a review conversation."),
               m_form);
    resize(sizeHint().expandedTo(QSize(520, 0)));

    connect(m_kinds, &QComboBox::currentIndexChanged, this, &SkillsReportDialog::updateState);
    fillPeople();
    setKind(kind);
}

SkillsReportDialog::~SkillsReportDialog() = default;

void SkillsReportDialog::fillPeople() {
    std::vector<catalog::Person> people;
    bool hasCompetencies = false;
    team::LevelLadder ladder;
    if (session().isOpen()) {
        reportingErrors(session(), [&] {
            people = catalog::Catalog(session().workspace()).people.list();
            const storage::SkillsFrameworkStore framework(session().workspace());
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
    previewButton()->setEnabled(ready);
    exportButton()->setEnabled(ready);
    messageLabel()->setText(m_emptyReason);
}

std::optional<SkillsReportDialog::Report> SkillsReportDialog::computeReport() {
    if (!session().isOpen()) {
        return std::nullopt;
    }
    if (!m_emptyReason.isEmpty()) {
        feedback().showError(this, windowTitle(), m_emptyReason);
        return std::nullopt;
    }
    std::optional<Report> report;
    const bool read = reportingErrors(session(), [&] {
        if (kind() == Kind::Matrix) {
            report = team::computeSkillsMatrixReport(session().workspace(), today());
        } else if (const auto person = selectedPerson()) {
            if (auto packet =
                    team::computePromotionPacket(session().workspace(), *person, today())) {
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
        feedback().showError(this, windowTitle(),
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

QString SkillsReportDialog::suggestedFileName() {
    if (kind() == Kind::Matrix) {
        return tr("Skills matrix %1.pdf").arg(QString::fromStdString(toIsoText(today())));
    }
    const QString name = m_people->currentText().section(QStringLiteral(" \u2014 "), 0, 0);
    return tr("Promotion packet %1.pdf").arg(fileNamePart(name));
}

bool SkillsReportDialog::exportTo(const QString& path) {
    const auto report = computeReport();
    ReportPdfFileResult result;
    if (report) {
        const BusyCursor busy;
        const SkillsReportPdfOptions options{selectedPageSize(), selectedOrientation(),
                                             workspaceName()};
        result =
            std::holds_alternative<team::SkillsMatrixReport>(*report)
                ? writeSkillsMatrixPdf(std::get<team::SkillsMatrixReport>(*report), path, options)
                : writePromotionPacketPdf(std::get<team::PromotionPacket>(*report), path, options);
    }
    if (!report) {
        return false;
    }
    if (!result.ok) {
        feedback().showError(this, windowTitle(), result.error);
        return false;
    }
    messageLabel()->setText(
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
    const QPageLayout layout =
        kind() == Kind::Matrix ? skillsMatrixPageLayout(selectedPageSize(), selectedOrientation())
                               : promotionPacketPageLayout(selectedPageSize());
    return makePreview(layout, windowTitle(), [this](QPrinter& printer) {
        if (m_previewReport) {
            paint(*m_previewReport, printer);
        }
    });
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
