#include "app/about_box.h"

#include <QCoreApplication>
#include <QMessageBox>

#include "app/workspace_session.h"
#include "common/themed_icon.h"
#include "storage/migrations.h"

namespace pmm::ui {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("pmm::ui::AboutBox", text);
}

}  // namespace

QMessageBox* createAboutBox(const WorkspaceSession& session, QWidget* parent) {
    auto* box = new QMessageBox(parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setWindowTitle(tr("About PMM Workbench"));
    const int size = box->fontMetrics().height() * 4;
    box->setIconPixmap(applicationIcon().pixmap(QSize(size, size), box->devicePixelRatioF()));

    QString workspace;
    if (session.isOpen()) {
        QString schema;
        reportingErrors(session, [&] {
            schema = tr("schema version %1 (this app writes %2)")
                         .arg(session.workspace().schemaVersion())
                         .arg(storage::latestSchemaVersion());
        });
        workspace = tr("<p><b>Workspace</b><br>%1<br>%2%3</p>")
                        .arg(session.path().toHtmlEscaped(), schema.toHtmlEscaped(),
                             session.isReadOnly() ? tr(", open read-only") : QString());
    } else {
        workspace = tr("<p>No workspace is open.</p>");
    }
    box->setTextFormat(Qt::RichText);
    box->setText(tr("<h3>PMM Workbench</h3>"
                    "<p>Version %1</p>"
                    "<p>Product marketing frameworks as systems a team can run: launch "
                    "tiering, battlecards, positioning reviews and the GTM rhythm.</p>%2")
                     .arg(QStringLiteral(PMM_VERSION).toHtmlEscaped(), workspace));
    box->setStandardButtons(QMessageBox::Close);
    return box;
}

}  // namespace pmm::ui
