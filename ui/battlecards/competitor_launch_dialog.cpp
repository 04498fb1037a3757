#include "battlecards/competitor_launch_dialog.h"

#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

#include "app/workspace_session.h"
#include "battlecards/log_competitor_launch_command.h"
#include "launches/launch_texts.h"
#include "storage/catalog.h"

namespace pmm::ui {

namespace {

QLabel* wrappedLabel(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

}  // namespace

CompetitorLaunchDialog::CompetitorLaunchDialog(WorkspaceSession& session, QWidget* parent)
    : QDialog(parent),
      m_session(session),
      m_pages(new QStackedWidget(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("competitorLaunchDialog"));
    setWindowTitle(tr("Competitor launch"));
    m_pages->addWidget(createForm());
    m_pages->addWidget(createResult());
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Log launch"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (isLogged()) {
            accept();
        } else {
            logLaunch();
        }
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    updateButtons();
}

QWidget* CompetitorLaunchDialog::createForm() {
    auto* page = new QWidget(this);
    m_competitor = new QComboBox(page);
    m_competitor->setObjectName(QStringLiteral("competitor"));
    m_competitor->setEditable(true);
    m_competitor->setInsertPolicy(QComboBox::NoInsert);
    reportingErrors(m_session, [this] {
        auto competitors = m_session.catalog().competitors.list();
        std::sort(competitors.begin(), competitors.end(), [](const auto& a, const auto& b) {
            return toQString(a.name).localeAwareCompare(toQString(b.name)) < 0;
        });
        for (const catalog::Competitor& competitor : competitors) {
            m_competitor->addItem(toQString(competitor.name),
                                  QVariant::fromValue<qint64>(competitor.id));
        }
    });
    m_date = new QDateEdit(QDate::currentDate(), page);
    m_date->setObjectName(QStringLiteral("launchedOn"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_what = new QLineEdit(page);
    m_what->setObjectName(QStringLiteral("what"));
    m_what->setPlaceholderText(tr("e.g. Usage-based pricing for teams under 50 seats"));
    m_impact = new QPlainTextEdit(page);
    m_impact->setObjectName(QStringLiteral("impact"));
    m_impact->setTabChangesFocus(true);
    m_impact->setPlaceholderText(tr("What it means for our deals, in a sentence or two"));
    connect(m_what, &QLineEdit::textChanged, this, &CompetitorLaunchDialog::updateButtons);

    auto* form = new QFormLayout;
    form->addRow(tr("&Competitor:"), m_competitor);
    form->addRow(tr("&Launched on:"), m_date);
    form->addRow(tr("&What:"), m_what);
    form->addRow(tr("&Impact:"), m_impact);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(wrappedLabel(tr("When a competitor ships or announces something, every "
                                      "battlecard for that competitor needs its owner's eyes: "
                                      "logging the launch marks them \u201crefresh required\u201d "
                                      "at once."),
                                   page));
    layout->addLayout(form);
    return page;
}

QWidget* CompetitorLaunchDialog::createResult() {
    auto* page = new QWidget(this);
    m_result = wrappedLabel({}, page);
    m_result->setObjectName(QStringLiteral("result"));
    m_flagged = new QListWidget(page);
    m_flagged->setObjectName(QStringLiteral("flagged"));
    m_flagged->setAccessibleName(tr("Flagged battlecards"));
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_result);
    layout->addWidget(m_flagged, 1);
    layout->addWidget(wrappedLabel(tr("Each card stays \u201crefresh required\u201d until its "
                                      "owner marks it refreshed. Edit \u25b8 Undo takes the "
                                      "launch back."),
                                   page));
    return page;
}

bool CompetitorLaunchDialog::logLaunch() {
    if (isLogged() || m_competitor->currentIndex() < 0) {
        return false;
    }
    battlecards::CompetitorLaunch launch;
    launch.competitorId = m_competitor->currentData().value<qint64>();
    const QDate day = m_date->date();
    launch.launchedOn = {day.year(), day.month(), day.day()};
    launch.what = toStdString(m_what->text().trimmed());
    launch.impact = toStdString(m_impact->toPlainText().trimmed());
    auto command = std::make_unique<LogCompetitorLaunchCommand>(m_session, launch);
    LogCompetitorLaunchCommand* logging = command.get();
    if (!m_session.execute(std::move(command))) {
        return false;
    }
    m_logged = logging->logged();
    showResult();
    return true;
}

void CompetitorLaunchDialog::showResult() {
    const QString competitor = m_competitor->currentText();
    const auto count = static_cast<int>(m_logged.flagged.size());
    if (count == 0) {
        m_result->setText(
            tr("Logged. %1 has no battlecards yet, so none needed flagging.").arg(competitor));
    } else if (count == 1) {
        m_result->setText(tr("Logged. 1 battlecard for %1 now needs a refresh:").arg(competitor));
    } else {
        m_result->setText(tr("Logged. %1 battlecards for %2 now need a refresh:")
                              .arg(QString::number(count), competitor));
    }
    m_flagged->clear();
    for (const battlecards::FlaggedCard& card : m_logged.flagged) {
        QString text = tr("%1 \u2014 %2")
                           .arg(toQString(card.segment),
                                card.owner.empty() ? tr("unassigned")
                                                   : tr("owner %1").arg(toQString(card.owner)));
        if (card.wasRequired) {
            text += tr(" (already flagged by an earlier launch)");
        }
        auto* item = new QListWidgetItem(text, m_flagged);
        item->setData(Qt::UserRole, QVariant::fromValue<qint64>(card.cardId));
    }
    m_flagged->setHidden(count == 0);
    m_pages->setCurrentIndex(1);
    m_buttons->button(QDialogButtonBox::Cancel)->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Close"));
    updateButtons();
}

void CompetitorLaunchDialog::updateButtons() {
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(isLogged() || (!m_what->text().trimmed().isEmpty() &&
                                    m_competitor->count() > 0 && !m_session.isReadOnly()));
}

}  // namespace pmm::ui
