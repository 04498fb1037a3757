#include "skills/growth_path_pane.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

#include "app/workspace_session.h"
#include "launches/launch_texts.h"
#include "skills/skill_colors.h"
#include "skills/skills_radar_chart.h"
#include "skills/skills_texts.h"
#include "storage/skills_views.h"

namespace pmm::ui {

namespace {

constexpr int kCompetencyIdRole = Qt::UserRole + 1;

// The grid colour that stands for a verdict: meeting the next level reads as the grid's
// "next level" cells, a gap as "below".
team::SkillCellClass cellClassOf(team::ReadinessVerdict verdict) {
    switch (verdict) {
        case team::ReadinessVerdict::MeetsNextLevel:
            return team::SkillCellClass::AtNextLevelOrAbove;
        case team::ReadinessVerdict::Gap:
            return team::SkillCellClass::BelowLevel;
        case team::ReadinessVerdict::NotAssessed:
            break;
    }
    return team::SkillCellClass::NotAssessed;
}

QLabel* plainLabel(QWidget* parent, const QString& objectName) {
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QTreeWidget* flatTree(QWidget* parent, const QString& objectName, const QStringList& headers) {
    auto* tree = new QTreeWidget(parent);
    tree->setObjectName(objectName);
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);
    tree->setUniformRowHeights(true);
    tree->setHeaderLabels(headers);
    tree->header()->setStretchLastSection(true);
    return tree;
}

}  // namespace

GrowthPathPane::GrowthPathPane(WorkspaceSession& session, QWidget* parent)
    : QWidget(parent),
      m_session(session),
      m_stack(new QStackedWidget(this)),
      m_placeholder(plainLabel(this, QStringLiteral("growthPathPlaceholder"))),
      m_headline(plainLabel(this, QStringLiteral("growthPathHeadline"))),
      m_levelLine(plainLabel(this, QStringLiteral("growthPathLevels"))),
      m_verdict(plainLabel(this, QStringLiteral("growthPathVerdict"))),
      m_summary(plainLabel(this, QStringLiteral("growthPathSummary"))),
      m_gaps(plainLabel(this, QStringLiteral("growthPathGaps"))),
      m_tabs(new QTabWidget(this)),
      m_expectations(nullptr),
      m_expectationText(plainLabel(this, QStringLiteral("growthPathExpectation"))),
      m_radar(new SkillsRadarChart(this)),
      m_timeline(nullptr) {
    setObjectName(QStringLiteral("growthPathPane"));
    m_placeholder->setText(
        tr("Select a person in the grid to see their growth path: the next "
           "level's expectations, met or gap, and their evidence over time."));
    m_placeholder->setAlignment(Qt::AlignCenter);
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_headline->setFont(big);
    m_verdict->setWordWrap(false);
    QFont bold = m_verdict->font();
    bold.setBold(true);
    m_verdict->setFont(bold);

    m_tabs->setDocumentMode(true);
    m_tabs->addTab(createNextLevelTab(), tr("&Next level"));
    m_tabs->addTab(createTimelineTab(), tr("Evidence &timeline"));

    auto* details = new QWidget(this);
    auto* layout = new QVBoxLayout(details);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* verdict = new QHBoxLayout;
    verdict->addWidget(m_verdict);
    verdict->addWidget(m_summary, 1);
    layout->addLayout(verdict);
    layout->addWidget(m_gaps);
    layout->addWidget(m_tabs, 1);
    auto* body = new QSplitter(this);
    body->addWidget(details);
    body->addWidget(m_radar);
    body->setStretchFactor(0, 1);
    body->setStretchFactor(1, 1);
    body->setSizes({560, 560});
    body->setChildrenCollapsible(false);

    auto* page = new QWidget(this);
    auto* column = new QVBoxLayout(page);
    column->setContentsMargins(8, 6, 8, 0);
    auto* title = new QHBoxLayout;
    title->addWidget(m_headline);
    title->addWidget(m_levelLine, 1);
    column->addLayout(title);
    column->addWidget(body, 1);

    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(page);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    connect(&session, &WorkspaceSession::changed, this, &GrowthPathPane::onChanged);
    connect(&session, &WorkspaceSession::workspaceChanged, this,
            [this] { setPerson(std::nullopt); });
}

QWidget* GrowthPathPane::createNextLevelTab() {
    m_expectations = flatTree(
        this, QStringLiteral("growthPathExpectations"),
        {tr("Competency"), tr("Demonstrated"), tr("Against the next level"), tr("Required")});
    m_expectations->setAccessibleName(tr("Next level's expectations, met or gap"));
    connect(m_expectations, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem* item) { showExpectationOf(item); });
    connect(m_expectations, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (m_person && item) {
            Q_EMIT assessRequested(*m_person, item->data(0, kCompetencyIdRole).toLongLong());
        }
    });

    auto* tab = new QWidget(this);
    auto* column = new QVBoxLayout(tab);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_expectations, 1);
    column->addWidget(m_expectationText);
    return tab;
}

QWidget* GrowthPathPane::createTimelineTab() {
    m_timeline = flatTree(
        this, QStringLiteral("growthPathTimeline"),
        {tr("Date"), tr("Competency"), tr("Demonstrated"), tr("Assessor"), tr("Evidence")});
    m_timeline->setAccessibleName(tr("Evidence timeline, newest first"));
    return m_timeline;
}

void GrowthPathPane::setPerson(const std::optional<std::int64_t>& personId) {
    m_person = personId;
    refresh();
}

void GrowthPathPane::refresh() {
    m_readiness.reset();
    std::vector<team::CompetencyHistory> history;
    if (m_person && m_session.isOpen()) {
        reportingErrors(m_session, [&] {
            storage::Workspace& workspace = m_session.workspace();
            m_levels = storage::levelLadderOf(workspace);
            m_readiness = storage::promotionReadinessOf(workspace, *m_person);
            history = storage::ratingHistoryOf(workspace, *m_person);
        });
    }
    if (!m_readiness) {
        m_stack->setCurrentWidget(m_placeholder);
        m_expectations->clear();
        m_timeline->clear();
        m_radar->clear();
        return;
    }
    m_stack->setCurrentIndex(1);
    showReadiness();
    fillExpectations();
    fillTimeline(history);
    fillRadar(history);
}

void GrowthPathPane::showReadiness() {
    const team::PromotionReadiness& r = *m_readiness;
    m_headline->setText(toQString(r.person));
    m_levelLine->setText(r.nextLevel
                             ? tr("%1 \u2192 next level: %2")
                                   .arg(toQString(r.level.name), toQString(r.nextLevel->name))
                             : tr("%1 \u2014 the top of the ladder").arg(toQString(r.level.name)));
    // Core's sentence; with gaps, the list below says it in more detail.
    m_summary->setText(toQString(r.summary));
    m_summary->setVisible(r.ready || !r.nextLevel);
    m_verdict->setToolTip(plainToolTip(toQString(r.summary)));
    QStringList gaps;
    for (const team::CompetencyReadiness* gap : r.requiredGaps()) {
        gaps << QStringLiteral("\u2022 ") + toQString(gap->sentence);
    }
    m_gaps->setText(gaps.isEmpty()
                        ? QString()
                        : tr("Gaps to close:") + QLatin1Char('\n') + gaps.join(QLatin1Char('\n')));
    m_gaps->setVisible(!gaps.isEmpty());
    showVerdict();
}

void GrowthPathPane::showVerdict() {
    if (!m_readiness) {
        return;
    }
    const team::PromotionReadiness& r = *m_readiness;
    QString text;
    team::SkillCellClass tint = team::SkillCellClass::NotAssessed;
    if (!r.nextLevel) {
        text = tr("Top of the ladder");
    } else if (r.ready) {
        text = tr("Ready for promotion");
        tint = team::SkillCellClass::AtNextLevelOrAbove;
    } else {
        const auto gaps = static_cast<int>(r.requiredGaps().size());
        text = gaps == 1 ? tr("Not ready yet: 1 gap") : tr("Not ready yet: %1 gaps").arg(gaps);
        tint = team::SkillCellClass::BelowLevel;
    }
    m_verdict->setText(text);
    QPalette colors = m_verdict->palette();
    colors.setColor(QPalette::WindowText, tint == team::SkillCellClass::NotAssessed
                                              ? palette().color(QPalette::WindowText)
                                              : skillCellAccent(tint, palette()));
    m_verdict->setPalette(colors);
}

void GrowthPathPane::fillExpectations() {
    const std::int64_t current =
        m_expectations->currentItem()
            ? m_expectations->currentItem()->data(0, kCompetencyIdRole).toLongLong()
            : 0;
    m_expectations->clear();
    const QPalette& colors = palette();
    QTreeWidgetItem* select = nullptr;
    for (const team::CompetencyReadiness& c : m_readiness->competencies) {
        auto* item = new QTreeWidgetItem(m_expectations);
        item->setText(CompetencyColumn, toQString(c.competency));
        item->setData(0, kCompetencyIdRole, QVariant::fromValue<qint64>(c.competencyId));
        item->setText(DemonstratedColumn,
                      c.latest ? toQString(m_levels.name(c.latest->demonstratedLevel))
                               : QStringLiteral("\u2014"));
        item->setText(VerdictColumn, toQString(team::verdictLabel(c.verdict)));
        const QColor fill = skillCellColor(cellClassOf(c.verdict), colors);
        if (fill.isValid()) {
            item->setBackground(VerdictColumn, fill);
        }
        item->setText(RequiredColumn, c.required ? tr("Required") : tr("Optional"));
        const QString tip = c.nextLevelExpectation.empty()
                                ? toQString(c.sentence)
                                : toQString(c.sentence) + QStringLiteral("\n\n") +
                                      toQString(c.nextLevelExpectation);
        for (int column = 0; column < m_expectations->columnCount(); ++column) {
            item->setToolTip(column, plainToolTip(tip));
        }
        if (!select || c.competencyId == current) {
            select = item;
        }
    }
    for (int column = 0; column < RequiredColumn; ++column) {
        m_expectations->resizeColumnToContents(column);
    }
    m_expectations->setCurrentItem(select);
    showExpectationOf(select);
}

void GrowthPathPane::showExpectationOf(QTreeWidgetItem* item) {
    if (!item || !m_readiness || !m_readiness->nextLevel) {
        m_expectationText->setText(
            m_readiness && !m_readiness->nextLevel
                ? tr("There is no level above %1.").arg(toQString(m_readiness->level.name))
                : QString());
        return;
    }
    const std::int64_t id = item->data(0, kCompetencyIdRole).toLongLong();
    for (const team::CompetencyReadiness& c : m_readiness->competencies) {
        if (c.competencyId != id) {
            continue;
        }
        const QString expectation = c.nextLevelExpectation.empty()
                                        ? tr("(no expectation written yet)")
                                        : toQString(c.nextLevelExpectation);
        m_expectationText->setText(tr("%1 in %2: %3")
                                       .arg(toQString(m_readiness->nextLevel->name),
                                            toQString(c.competency), expectation));
    }
}

void GrowthPathPane::fillTimeline(const std::vector<team::CompetencyHistory>& history) {
    struct Entry {
        const team::CompetencyHistory* competency;
        const team::RatingPoint* point;
    };
    std::vector<Entry> entries;
    for (const team::CompetencyHistory& each : history) {
        for (const team::RatingPoint& point : each.points) {
            entries.push_back({&each, &point});
        }
    }
    // Newest first: the evidence a review conversation starts from.
    std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
        return a.point->assessedOn > b.point->assessedOn;
    });
    m_timeline->clear();
    for (const Entry& entry : entries) {
        auto* item = new QTreeWidgetItem(m_timeline);
        const team::RatingPoint& point = *entry.point;
        item->setText(DateColumn, toQString(point.assessedOn));
        item->setText(TimelineCompetency, toQString(entry.competency->competency));
        item->setToolTip(TimelineCompetency, plainToolTip(toQString(entry.competency->sentence)));
        item->setText(LevelColumn, toQString(m_levels.name(point.demonstratedLevel)));
        item->setText(AssessorColumn, toQString(point.assessorName));
        QString evidence = toQString(point.evidence).simplified();
        if (point.linkCount > 0) {
            evidence += tr(" (+%n linked)", nullptr, point.linkCount);
        }
        item->setText(EvidenceColumn, evidence);
        item->setToolTip(EvidenceColumn, plainToolTip(toQString(point.evidence)));
    }
    for (int column = 0; column < EvidenceColumn; ++column) {
        m_timeline->resizeColumnToContents(column);
    }
}

void GrowthPathPane::fillRadar(const std::vector<team::CompetencyHistory>& history) {
    std::vector<SkillsRadarChart::Spoke> spokes;
    for (const team::CompetencyHistory& each : history) {
        spokes.push_back({toQString(each.competency),
                          each.points.empty()
                              ? std::nullopt
                              : std::optional<int>(each.points.back().demonstratedLevel)});
    }
    const auto& next = m_readiness->nextLevel;
    m_radar->setSpokes(m_levels, spokes, next ? std::optional<int>(next->rank) : std::nullopt,
                       next ? toQString(next->name) : QString());
}

void GrowthPathPane::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_readiness) {
        showVerdict();
        fillExpectations();
    }
}

void GrowthPathPane::onChanged(const storage::Change& change) {
    if (concernsSkills(change)) {
        refresh();
    }
}

}  // namespace pmm::ui
