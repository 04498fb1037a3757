#include "reports/battlecard_report_dialog.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QMenu>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>

#include <algorithm>
#include <map>

#include "app/workspace_session.h"
#include "common/user_feedback.h"
#include "reports/battlecard_report_pdf.h"
#include "reports/report_page_size.h"
#include "storage/battlecard_store.h"
#include "util/dates.h"

namespace pmm::ui {

namespace {

QString cardsCount(int cards) {
    return cards == 1 ? BattlecardReportDialog::tr("1 card")
                      : BattlecardReportDialog::tr("%L1 cards").arg(cards);
}

// "Battlecards - Acme.pdf": the report's title without characters file systems refuse.
QString fileNameFor(const QString& title) {
    QString name = title;
    name.replace(QLatin1Char(':'), QStringLiteral(" -"));
    name.remove(QRegularExpression(QStringLiteral("[\\\\/*?\"<>|\\x00-\\x1f]")));
    return name.simplified() + QStringLiteral(".pdf");
}

// By competitor, then segment, ignoring case; the keys are made once (50,000 cards).
void sortByNames(std::vector<battlecards::BattlecardRow>& rows) {
    std::vector<std::pair<QString, std::size_t>> keys;
    keys.reserve(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        keys.emplace_back(
            QString::fromStdString(rows[i].competitor + '\x1f' + rows[i].segment).toCaseFolded(),
            i);
    }
    std::sort(keys.begin(), keys.end());
    std::vector<battlecards::BattlecardRow> sorted;
    sorted.reserve(rows.size());
    for (const auto& [key, index] : keys) {
        sorted.push_back(std::move(rows[index]));
    }
    rows = std::move(sorted);
}

}  // namespace

BattlecardReportDialog::BattlecardReportDialog(WorkspaceSession& session, UserFeedback& feedback,
                                               QWidget* parent)
    : ReportDialog(session, feedback, tr("Export battlecards"), parent),
      m_scopes(new QComboBox(this)),
      m_choices(new QComboBox(this)) {
    setObjectName(QStringLiteral("battlecardReportDialog"));
    setWindowTitle(tr("Battlecards for Sales"));
    m_scopes->setObjectName(QStringLiteral("scope"));
    m_scopes->setAccessibleName(tr("Print"));
    m_scopes->addItem(tr("One card"), static_cast<int>(Scope::Card));
    m_scopes->addItem(tr("All cards of a competitor"), static_cast<int>(Scope::Competitor));
    m_scopes->addItem(tr("All cards of a segment"), static_cast<int>(Scope::Segment));
    m_choices->setObjectName(QStringLiteral("choice"));
    m_choices->setAccessibleName(tr("Card, competitor or segment"));
    m_choices->setMinimumContentsLength(32);
    m_choices->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto* form = new QFormLayout;
    form->addRow(tr("P&rint:"), m_scopes);
    form->addRow(tr("&Which:"), m_choices);
    form->addRow(tr("&Paper:"), pageSizeBox());
    buildFrame(
        tr("Battlecards as Sales reads them: what to lead with and how to answer objections "
           "first, then proof points and landmines. Lines marked internal-only are left out."),
        form);
    connect(m_scopes, &QComboBox::currentIndexChanged, this, &BattlecardReportDialog::fillChoices);
    connect(m_choices, &QComboBox::currentIndexChanged, this, &BattlecardReportDialog::updateState);
    if (session.isOpen()) {
        reportingErrors(session,
                        [&] { m_rows = storage::BattlecardStore(session.workspace()).rows(); });
    }
    sortByNames(m_rows);
    fillChoices();
}

BattlecardReportDialog::~BattlecardReportDialog() = default;

BattlecardReportDialog::Scope BattlecardReportDialog::scope() const {
    return static_cast<Scope>(m_scopes->currentData().toInt());
}

void BattlecardReportDialog::setScope(Scope scope) {
    m_scopes->setCurrentIndex(m_scopes->findData(static_cast<int>(scope)));
}

void BattlecardReportDialog::fillChoices() {
    const QSignalBlocker blocker(m_choices);
    m_choices->clear();
    if (scope() == Scope::Card) {
        for (const battlecards::BattlecardRow& row : m_rows) {
            m_choices->addItem(tr("%1 \u2014 %2")
                                   .arg(QString::fromStdString(row.competitor),
                                        QString::fromStdString(row.segment)),
                               QVariant::fromValue(static_cast<qint64>(row.id)));
        }
    } else {
        // Names with their number of cards, in the order of the rows (by name, ignoring case).
        std::vector<QString> names;
        std::map<QString, int> counts;
        for (const battlecards::BattlecardRow& row : m_rows) {
            const QString name =
                QString::fromStdString(scope() == Scope::Competitor ? row.competitor : row.segment);
            if (counts[name]++ == 0) {
                names.push_back(name);
            }
        }
        if (scope() == Scope::Segment) {
            std::sort(names.begin(), names.end(), [](const QString& a, const QString& b) {
                return a.toCaseFolded() < b.toCaseFolded();
            });
        }
        for (const QString& name : names) {
            m_choices->addItem(tr("%1 \u2014 %2").arg(name, cardsCount(counts[name])), name);
        }
    }
    updateState();
}

bool BattlecardReportDialog::selectChoice(Scope scope, const QVariant& value) {
    setScope(scope);
    const int index = m_choices->findData(value);
    if (index < 0) {
        return false;
    }
    m_choices->setCurrentIndex(index);
    updateState();
    return true;
}

bool BattlecardReportDialog::selectCard(std::int64_t cardId) {
    return selectChoice(Scope::Card, QVariant::fromValue(static_cast<qint64>(cardId)));
}

bool BattlecardReportDialog::selectCompetitor(const QString& name) {
    return selectChoice(Scope::Competitor, name);
}

bool BattlecardReportDialog::selectSegment(const QString& name) {
    return selectChoice(Scope::Segment, name);
}

void BattlecardReportDialog::updateState() {
    const bool chosen = m_choices->currentIndex() >= 0;
    previewButton()->setEnabled(chosen);
    exportButton()->setEnabled(chosen);
    m_choices->setEnabled(m_choices->count() > 0);
    if (m_rows.empty()) {
        messageLabel()->setText(
            tr("This workspace has no battlecards yet: create one in the "
               "Battlecards section first."));
    } else {
        messageLabel()->clear();
    }
}

std::optional<battlecards::SalesBattlecards> BattlecardReportDialog::computeReport() {
    if (m_choices->currentIndex() < 0 || !session().isOpen()) {
        return std::nullopt;
    }
    const QVariant value = m_choices->currentData();
    std::optional<battlecards::SalesBattlecards> report;
    reportingErrors(session(), [&] {
        storage::Workspace& workspace = session().workspace();
        switch (scope()) {
            case Scope::Card:
                report = battlecards::salesBattlecard(workspace, value.toLongLong(), today());
                break;
            case Scope::Competitor:
                report = battlecards::salesBattlecards(
                    workspace, {value.toString().toStdString(), {}}, today());
                break;
            case Scope::Segment:
                report = battlecards::salesBattlecards(
                    workspace, {{}, value.toString().toStdString()}, today());
                break;
        }
    });
    if (report && report->cards.empty()) {
        // The workspace changed since the list was filled.
        feedback().showError(this, windowTitle(), battlecardsProblem(*report));
        return std::nullopt;
    }
    return report;
}

QString BattlecardReportDialog::suggestedFileName() {
    const auto report = computeReport();
    return report ? fileNameFor(QString::fromStdString(report->title)) : QString();
}

bool BattlecardReportDialog::exportTo(const QString& path) {
    const BusyCursor busy;
    const auto report = computeReport();
    if (!report) {
        return false;
    }
    const ReportPdfFileResult result = writeBattlecardsPdf(*report, path, selectedPageSize());
    if (!result.ok) {
        feedback().showError(this, windowTitle(), result.error);
        return false;
    }
    const QString pages = result.pages == 1 ? tr("1 page") : tr("%L1 pages").arg(result.pages);
    messageLabel()->setText(tr("Saved %1 (%2, %3) to %4.")
                                .arg(QString::fromStdString(report->title),
                                     cardsCount(static_cast<int>(report->cards.size())), pages,
                                     QDir::toNativeSeparators(path)));
    return true;
}

QPrintPreviewDialog* BattlecardReportDialog::createPreview() {
    m_previewReport = computeReport();
    if (!m_previewReport) {
        return nullptr;
    }
    return makePreview(reportPageLayout(selectedPageSize()),
                       QString::fromStdString(m_previewReport->title), [this](QPrinter& printer) {
                           if (m_previewReport) {
                               paintBattlecards(*m_previewReport, printer);
                           }
                       });
}

void addBattlecardReportActions(QMenu* menu, WorkspaceSession& session, UserFeedback& feedback,
                                QWidget* window) {
    QAction* action = menu->addAction(QMenu::tr("&Battlecards\u2026"));
    action->setObjectName(QStringLiteral("battlecardReportAction"));
    action->setStatusTip(
        QMenu::tr("Battlecards as a PDF for Sales: one card, a competitor's or "
                  "a segment's"));
    QObject::connect(action, &QAction::triggered, window, [&session, &feedback, window] {
        auto* dialog = new BattlecardReportDialog(session, feedback, window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    auto enable = [action, &session] { action->setEnabled(session.isOpen()); };
    QObject::connect(&session, &WorkspaceSession::workspaceChanged, action, enable);
    enable();
}

void openBattlecardReportForCard(WorkspaceSession& session, UserFeedback& feedback,
                                 std::int64_t cardId, QWidget* parent) {
    auto* dialog = new BattlecardReportDialog(session, feedback, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->selectCard(cardId);
    dialog->open();
}

}  // namespace pmm::ui
