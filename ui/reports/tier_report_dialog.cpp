#include "reports/tier_report_dialog.h"

#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>

#include "app/workspace_session.h"
#include "common/user_feedback.h"
#include "reports/report_page_size.h"
#include "reports/tier_report_pdf.h"
#include "storage/launch_quarters.h"
#include "util/dates.h"

namespace pmm::ui {

TierReportDialog::TierReportDialog(WorkspaceSession& session, UserFeedback& feedback,
                                   QWidget* parent)
    : ReportDialog(session, feedback, tr("Export tier report"), parent),
      m_quarters(new QComboBox(this)) {
    setObjectName(QStringLiteral("tierReportDialog"));
    setWindowTitle(tr("Tier report"));
    m_quarters->setObjectName(QStringLiteral("quarter"));
    m_quarters->setAccessibleName(tr("Quarter"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Quarter:"), m_quarters);
    form->addRow(tr("&Paper:"), pageSizeBox());
    buildFrame(
        tr("The quarter's launches by tier and status, a table per tier and a section for each "
           "Tier 1 launch: ready to send as a PDF."),
        form);
    connect(m_quarters, &QComboBox::currentIndexChanged, this, &TierReportDialog::updateState);
    fillQuarters();
}

TierReportDialog::~TierReportDialog() = default;

void TierReportDialog::fillQuarters() {
    std::vector<launches::QuarterLaunchCount> quarters;
    if (session().isOpen()) {
        reportingErrors(session(),
                        [&] { quarters = launches::launchQuarters(session().workspace()); });
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

void TierReportDialog::updateState() {
    const QVariantList item = m_quarters->currentData().toList();
    const bool hasLaunches = item.value(1).toInt() > 0;
    previewButton()->setEnabled(hasLaunches);
    exportButton()->setEnabled(hasLaunches);
    if (!hasLaunches && !item.isEmpty()) {
        messageLabel()->setText(
            tr("No launches in %1: nothing to report. Choose a quarter that has "
               "launches.")
                .arg(item.front().toString()));
    } else {
        messageLabel()->clear();
    }
}

std::optional<launches::TierReport> TierReportDialog::computeReport() {
    const auto quarter = selectedQuarter();
    if (!quarter || !session().isOpen()) {
        return std::nullopt;
    }
    std::optional<launches::TierReport> report;
    reportingErrors(session(), [&] {
        report = launches::computeTierReport(session().workspace(), *quarter, today());
    });
    if (report && report->empty()) {
        // The workspace changed since the list was filled.
        feedback().showError(this, tr("Tier report"), emptyTierReportMessage(*report) + tr("."));
        fillQuarters();
        return std::nullopt;
    }
    return report;
}

QString TierReportDialog::suggestedFileName() {
    const auto quarter = selectedQuarter();
    return quarter
               ? tr("Tier report %1.pdf").arg(QString::fromStdString(launches::toText(*quarter)))
               : QString();
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
        feedback().showError(this, tr("Tier report"), result.error);
        return false;
    }
    messageLabel()->setText(
        tr("Saved the %1 report (%n page(s)) to %2.", nullptr, result.pages)
            .arg(QString::fromStdString(report->cover.quarter), QDir::toNativeSeparators(path)));
    return true;
}

QPrintPreviewDialog* TierReportDialog::createPreview() {
    m_previewReport = computeReport();
    if (!m_previewReport) {
        return nullptr;
    }
    return makePreview(reportPageLayout(selectedPageSize()),
                       QString::fromStdString(m_previewReport->cover.title),
                       [this](QPrinter& printer) {
                           if (m_previewReport) {
                               paintTierReport(*m_previewReport, printer, workspaceName());
                           }
                       });
}

}  // namespace pmm::ui
