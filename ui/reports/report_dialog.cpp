#include "reports/report_dialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

#include "app/workspace_session.h"
#include "reports/report_page_size.h"

namespace pmm::ui {

namespace {

const QString kFolderKey = QStringLiteral("reports/lastFolder");

// Starts in the folder of the last report saved with `fileName`; adds ".pdf" when the name
// has no suffix and remembers the folder. Empty when the user cancelled.
QString askForReportPath(QWidget* parent, const SaveFileChooser& chooser, const QString& fileName) {
    QSettings settings;
    const QString folder =
        settings
            .value(kFolderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    QString path = chooser(parent, QDir(folder).filePath(fileName));
    if (path.isEmpty()) {
        return {};
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += QStringLiteral(".pdf");
    }
    settings.setValue(kFolderKey, QFileInfo(path).absolutePath());
    return path;
}

}  // namespace

ReportDialog::ReportDialog(WorkspaceSession& session, UserFeedback& feedback,
                           QString fileDialogTitle, QWidget* parent)
    : QDialog(parent),
      m_session(session),
      m_feedback(feedback),
      m_fileDialogTitle(std::move(fileDialogTitle)),
      m_pageSizes(new QComboBox(this)),
      m_chooseFile([this](QWidget* owner, const QString& suggested) {
          return QFileDialog::getSaveFileName(owner, m_fileDialogTitle, suggested,
                                              tr("PDF files (*.pdf)"));
      }) {
    m_pageSizes->setObjectName(QStringLiteral("pageSize"));
    m_pageSizes->setAccessibleName(tr("Paper size"));
    m_pageSizes->addItem(tr("A4"), QPageSize::A4);
    m_pageSizes->addItem(tr("Letter"), QPageSize::Letter);
    selectPageSize(defaultReportPageSize());
}

ReportDialog::~ReportDialog() = default;

QPageSize::PageSizeId ReportDialog::selectedPageSize() const {
    return static_cast<QPageSize::PageSizeId>(m_pageSizes->currentData().toInt());
}

void ReportDialog::selectPageSize(QPageSize::PageSizeId size) {
    const int index = m_pageSizes->findData(size);
    m_pageSizes->setCurrentIndex(index < 0 ? 0 : index);
}

void ReportDialog::buildFrame(const QString& intro, QFormLayout* form) {
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_preview = new QPushButton(tr("Print &preview\u2026"), this);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_export = new QPushButton(tr("&Export PDF\u2026"), this);
    m_export->setObjectName(QStringLiteral("export"));

    auto* introLabel = new QLabel(intro, this);
    introLabel->setTextFormat(Qt::PlainText);
    introLabel->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_preview, QDialogButtonBox::ActionRole);
    buttons->addButton(m_export, QDialogButtonBox::AcceptRole);
    m_export->setDefault(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(introLabel);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_preview, &QPushButton::clicked, this, &ReportDialog::showPreview);
    connect(m_export, &QPushButton::clicked, this, &ReportDialog::exportPdf);
}

void ReportDialog::exportPdf() {
    const QString name = suggestedFileName();
    if (name.isEmpty()) {
        return;
    }
    const QString path = askForReportPath(this, m_chooseFile, name);
    if (!path.isEmpty()) {
        exportTo(path);
    }
}

QPrintPreviewDialog* ReportDialog::makePreview(const QPageLayout& layout, const QString& title,
                                               std::function<void(QPrinter&)> paint) {
    m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    m_printer->setPageLayout(layout);
    m_printer->setDocName(title);
    auto* preview = new QPrintPreviewDialog(m_printer.get(), this);
    preview->setAttribute(Qt::WA_DeleteOnClose);
    preview->setWindowTitle(tr("%1 \u2014 print preview").arg(title));
    connect(preview, &QPrintPreviewDialog::paintRequested, this,
            [paint = std::move(paint)](QPrinter* printer) {
                const BusyCursor busy;
                paint(*printer);
            });
    return preview;
}

void ReportDialog::showPreview() {
    if (QPrintPreviewDialog* preview = createPreview()) {
        preview->resize(size().expandedTo(previewSize()));
        preview->open();
    }
}

QString ReportDialog::workspaceName() const {
    return m_session.isOpen() ? QFileInfo(m_session.path()).completeBaseName() : QString();
}

BusyCursor::BusyCursor() {
    QApplication::setOverrideCursor(Qt::WaitCursor);
}

BusyCursor::~BusyCursor() {
    QApplication::restoreOverrideCursor();
}

}  // namespace pmm::ui
