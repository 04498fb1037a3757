#pragma once

#include <QString>

#include <functional>

class QDialog;
class QFormLayout;
class QLabel;
class QPushButton;
class QWidget;

namespace pmm::ui {

// What every report dialog shows: an introduction, a form of choices, a message line and
// the buttons Close, Print preview… and Export PDF… (the default).
struct ReportDialogFrame {
    QLabel* message = nullptr;  // plain text, wrapped
    QPushButton* preview = nullptr;
    QPushButton* exportPdf = nullptr;
};

// Lays `dialog` out with `intro` above `form`; Close rejects the dialog. The buttons are
// not connected otherwise: Export keeps the dialog open, as reports are often sent in sets.
ReportDialogFrame buildReportDialogFrame(QDialog* dialog, const QString& intro, QFormLayout* form);

// Asks where to save a PDF, starting in the folder of the last report saved (any kind) with
// `fileName`; adds ".pdf" when the name has no suffix and remembers the folder. Empty when
// the user cancelled.
using SaveFileChooser = std::function<QString(QWidget* parent, const QString& suggested)>;
QString askForReportPath(QWidget* parent, const SaveFileChooser& chooser, const QString& fileName);

}  // namespace pmm::ui
