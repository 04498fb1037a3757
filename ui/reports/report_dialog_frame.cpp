#include "reports/report_dialog_frame.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace pmm::ui {

namespace {

const QString kFolderKey = QStringLiteral("reports/lastFolder");

}  // namespace

ReportDialogFrame buildReportDialogFrame(QDialog* dialog, const QString& intro, QFormLayout* form) {
    ReportDialogFrame frame;
    frame.message = new QLabel(dialog);
    frame.message->setObjectName(QStringLiteral("message"));
    frame.message->setTextFormat(Qt::PlainText);
    frame.message->setWordWrap(true);
    frame.preview = new QPushButton(QDialog::tr("Print &preview\u2026"), dialog);
    frame.preview->setObjectName(QStringLiteral("preview"));
    frame.exportPdf = new QPushButton(QDialog::tr("&Export PDF\u2026"), dialog);
    frame.exportPdf->setObjectName(QStringLiteral("export"));

    auto* introLabel = new QLabel(intro, dialog);
    introLabel->setTextFormat(Qt::PlainText);
    introLabel->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    buttons->addButton(frame.preview, QDialogButtonBox::ActionRole);
    buttons->addButton(frame.exportPdf, QDialogButtonBox::AcceptRole);
    frame.exportPdf->setDefault(true);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(introLabel);
    layout->addLayout(form);
    layout->addWidget(frame.message);
    layout->addStretch(1);
    layout->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return frame;
}

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

}  // namespace pmm::ui
