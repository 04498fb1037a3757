#include "reports/tier_report_dialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>

#include "app/workspace_session.h"
#include "common/user_feedback.h"
#include "reports/report_dialog_frame.h"
#include "reports/report_page_size.h"
#include "reports/tier_report_pdf.h"
#include "storage/launch_quarters.h"
#include "util/dates.h"

namespace pmm::ui {

namespace {

// Shows a busy cursor while a large quarter is computed and drawn.
class BusyCursor {
public:
    BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor&) = delete;
    BusyCursor& operator=(const BusyCursor&) = delete;
};

QString askForFile(QWidget* parent, const QString& suggested) {
    return QFileDialog::getSaveFileName(parent, TierReportDialog::tr("Export tier report"),
                                        suggested, TierReportDialog::tr("PDF files (*.pdf)"));
}

}  // namespace

TierReportDialog::TierReportDialog(WorkspaceSession& session, UserFeedback& feedback,
                                   QWidget* parent)
    : QDialog(parent),
      m_session(session),
      m_feedback(feedback),
      m_quarters(new QComboBox(this)),
      m_pageSizes(new QComboBox(this)),
      m_chooseFile(askForFile) {
    setObjectName(QStringLiteral("tierReportDialog"));
    setWindowTitle(tr("Tier report"));
    m_quarters->setObjectName(QStringLiteral("quarter"));
    m_quarters->setAccessibleName(tr("Quarter"));
    m_pageSizes->setObjectName(QStringLiteral("pageSize"));
    m_pageSizes->setAccessibleName(tr("Paper size"));
    m_pageSizes->addItem(tr("A4"), QPageSize::A4);
    m_pageSizes->addItem(tr("Letter"), QPageSize::Letter);
    selectPageSize(defaultReportPageSize());
    auto* form = new QFormLayout;
    form->addRow(tr("&Quarter:"), m_quarters);
    form->addRow(tr("&Paper:"), m_pageSizes);
    const ReportDialogFrame frame = buildReportDialogFrame(
        this,
        tr("The quarter's launches by tier and status, a table per tier and a section for each "
           "Tier 1 launch: ready to send as a PDF."),
        form);
    m_message = frame.message;
    m_preview = frame.preview;
    m_export = frame.exportPdf;

    connect(m_preview, &QPushButton::clicked, this, &TierReportDialog::showPreview);
    // Export keeps the dialog open: several quarters are often sent together.
    connect(m_export, &QPushButton::clicked, this, &TierReportDialog::exportPdf);
    connect(m_quarters, &QComboBox::currentIndexChanged, this, &TierReportDialog::updateState);
    fillQuarters();
}

TierReportDialog::~TierReportDialog() = default;

void TierReportDialog::fillQuarters() {
    std::vector<launches::QuarterLaunchCount> quarters;
    if (m_session.isOpen()) {
        reportingErrors(m_session,
                        [&] { quarters = launches::launchQuarters(m_session.workspace()); });
    }
    const launches::Quarter current = launches::quarterOf(today());
    const bool listed = std::any_of(quarters.begin(), quarters.end(),
                                    [&](const auto& each) { return each.quarter == current; });
    if (!listed) {
        quarters.push_back({current, 0});
        std::sort(quarters.begin(), quarters.end(),
                  [](const auto& a, const auto& b) { return a.quarter < b.quarter; });
    }
    const QSignalBlocker blocker(m_quarters);
    m_quarters->clear();
    for (const launches::QuarterLaunchCount& each : quarters) {
        const QString name = QString::fromStdString(launches::toText(each.quarter));
        const QString count = each.launches == 0   ? tr("no launches")
                              : each.launches == 1 ? tr("1 launch")
                                                   : tr("%L1 launches").arg(each.launches);
        m_quarters->addItem(each.quarter == current ? tr("%1 (current) \u2014 %2").arg(name, count)
                                                    : tr("%1 \u2014 %2").arg(name, count),
                            QVariantList{name, each.launches});
    }
    selectQuarter(current);
    updateState();
}

std::optional<launches::Quarter> TierReportDialog::selectedQuarter() const {
    const QVariantList item = m_quarters->currentData().toList();
    if (item.isEmpty()) {
        return std::nullopt;
    }
    return launches::parseQuarter(item.front().toString().toStdString());
}

bool TierReportDialog::selectQuarter(const launches::Quarter& quarter) {
    const QString name = QString::fromStdString(launches::toText(quarter));
    for (int i = 0; i < m_quarters->count(); ++i) {
        if (m_quarters->itemData(i).toList().value(0).toString() == name) {
            m_quarters->setCurrentIndex(i);
            updateState();
            return true;
        }
    }
    return false;
}

QPageSize::PageSizeId TierReportDialog::selectedPageSize() const {
    return static_cast<QPageSize::PageSizeId>(m_pageSizes->currentData().toInt());
}

void TierReportDialog::selectPageSize(QPageSize::PageSizeId size) {
    const int index = m_pageSizes->findData(size);
    m_pageSizes->setCurrentIndex(index < 0 ? 0 : index);
}

void TierReportDialog::updateState() {
    const QVariantList item = m_quarters->currentData().toList();
    const bool hasLaunches = item.value(1).toInt() > 0;
    m_preview->setEnabled(hasLaunches);
    m_export->setEnabled(hasLaunches);
    if (!hasLaunches && !item.isEmpty()) {
        m_message->setText(tr("No launches in %1: nothing to report. Choose a quarter that has "
                              "launches.")
                               .arg(item.front().toString()));
    } else {
        m_message->clear();
    }
}

QString TierReportDialog::workspaceName() const {
    return m_session.isOpen() ? QFileInfo(m_session.path()).completeBaseName() : QString();
}

std::optional<launches::TierReport> TierReportDialog::computeReport() {
    const auto quarter = selectedQuarter();
    if (!quarter || !m_session.isOpen()) {
        return std::nullopt;
    }
    std::optional<launches::TierReport> report;
    reportingErrors(m_session, [&] {
        report = launches::computeTierReport(m_session.workspace(), *quarter, today());
    });
    if (report && report->empty()) {
        // The workspace changed since the list was filled.
        m_feedback.showError(this, tr("Tier report"), emptyTierReportMessage(*report) + tr("."));
        fillQuarters();
        return std::nullopt;
    }
    return report;
}

void TierReportDialog::exportPdf() {
    const auto quarter = selectedQuarter();
    if (!quarter) {
        return;
    }
    const QString path = askForReportPath(
        this, m_chooseFile,
        tr("Tier report %1.pdf").arg(QString::fromStdString(launches::toText(*quarter))));
    if (path.isEmpty()) {
        return;
    }
    exportTo(path);
}

bool TierReportDialog::exportTo(const QString& path) {
    const BusyCursor busy;
    const auto report = computeReport();
    if (!report) {
        return false;
    }
    const TierReportPdfResult result =
        writeTierReportPdf(*report, path, {selectedPageSize(), workspaceName()});
    if (!result.ok) {
        m_feedback.showError(this, tr("Tier report"), result.error);
        return false;
    }
    m_message->setText(
        tr("Saved the %1 report (%n page(s)) to %2.", nullptr, result.pages)
            .arg(QString::fromStdString(report->cover.quarter), QDir::toNativeSeparators(path)));
    return true;
}

QPrintPreviewDialog* TierReportDialog::createPreview() {
    m_previewReport = computeReport();
    if (!m_previewReport) {
        return nullptr;
    }
    m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    m_printer->setPageLayout(reportPageLayout(selectedPageSize()));
    m_printer->setDocName(QString::fromStdString(m_previewReport->cover.title));
    auto* preview = new QPrintPreviewDialog(m_printer.get(), this);
    preview->setAttribute(Qt::WA_DeleteOnClose);
    preview->setWindowTitle(tr("Tier report %1 \u2014 print preview")
                                .arg(QString::fromStdString(m_previewReport->cover.quarter)));
    connect(preview, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter* printer) {
        const BusyCursor busy;
        if (m_previewReport) {
            paintTierReport(*m_previewReport, *printer, workspaceName());
        }
    });
    return preview;
}

void TierReportDialog::showPreview() {
    if (QPrintPreviewDialog* preview = createPreview()) {
        preview->resize(size().expandedTo(QSize(900, 1000)));
        preview->open();
    }
}

}  // namespace pmm::ui
