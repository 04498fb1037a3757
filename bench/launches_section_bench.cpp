// The Launches section on the `large` demo (100,000 launches) as a user meets it: from
// constructing the section to its first screen of rows painted (target: < 300 ms), and the
// text filter as the user types.
#include <benchmark/benchmark.h>

#include <QApplication>
#include <QImage>
#include <QLineEdit>
#include <QPalette>
#include <QStyleFactory>
#include <QTableView>

#include <memory>

#include "app/workspace_session.h"
#include "bench_workspace.h"
#include "launches/launch_filter_bar.h"
#include "launches/launch_filter_proxy.h"
#include "launches/launch_table_model.h"
#include "launches/launches_section.h"

namespace {

using pmm::ui::LaunchesSection;
using pmm::ui::WorkspaceSession;

// The light palette with every color's lightness turned over: a dark theme good enough to
// see whether the section stays readable.
QPalette invertedPalette(const QPalette& light) {
    QPalette dark = light;
    for (const auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        for (int role = 0; role < QPalette::NColorRoles; ++role) {
            const auto colorRole = static_cast<QPalette::ColorRole>(role);
            QColor color = light.color(group, colorRole);
            if (colorRole != QPalette::Highlight && colorRole != QPalette::Link) {
                color.setHsl(color.hslHue(), color.hslSaturation(), 255 - color.lightness());
            }
            dark.setColor(group, colorRole, color);
        }
    }
    return dark;
}

// The section as the main window shows it, painted once: the grab paints the table's
// visible rows exactly as the screen would.
int paintFirstScreen(LaunchesSection& section) {
    section.resize(1280, 760);
    section.show();
    const QImage image = section.table()->viewport()->grab().toImage();
    benchmark::DoNotOptimize(image.constBits());
    return section.table()->model()->rowCount();
}

// With PMM_BENCH_SHOT_DIR set: the section as painted, light and dark, to look at.
void saveShots(WorkspaceSession& session, pmm::ui::UserFeedback& feedback) {
    const QString folder = qEnvironmentVariable("PMM_BENCH_SHOT_DIR");
    if (folder.isEmpty()) {
        return;
    }
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const QPalette light = QApplication::palette();
    for (const bool dark : {false, true}) {
        if (dark) {
            QApplication::setPalette(invertedPalette(light));
        }
        LaunchesSection section(session, feedback);
        section.resize(1280, 760);
        section.show();
        section.grab().save(folder + (dark ? QStringLiteral("/launches-large-dark.png")
                                           : QStringLiteral("/launches-large-light.png")));
    }
    QApplication::setPalette(light);
}

void BM_LaunchesSectionFirstPaint(benchmark::State& state) {
    const pmm::bench::WidgetApplication application;
    if (!application.usable()) {
        state.SkipWithError(
            "another benchmark made a QGuiApplication: run this one alone "
            "(--benchmark_filter=LaunchesSection)");
        return;
    }
    WorkspaceSession session;
    session.open(QString::fromStdString(pmm::bench::largeWorkspace().string()),
                 pmm::storage::OpenMode::ReadOnly);
    pmm::bench::SilentFeedback feedback;
    int shown = 0;
    for (auto _ : state) {
        auto section = std::make_unique<LaunchesSection>(session, feedback);
        shown = paintFirstScreen(*section);
        state.PauseTiming();
        section.reset();
        state.ResumeTiming();
    }
    state.counters["rows"] = shown;
    saveShots(session, feedback);
}
BENCHMARK(BM_LaunchesSectionFirstPaint)->Unit(benchmark::kMillisecond)->MinTime(3.0);

// One keystroke in the search box, filter and repaint included: the text grows letter by
// letter ("m", "ma", ... "market") and starts again, so every width of a search is measured.
void BM_LaunchesFilterAsYouType(benchmark::State& state) {
    const pmm::bench::WidgetApplication application;
    if (!application.usable()) {
        state.SkipWithError(
            "another benchmark made a QGuiApplication: run this one alone "
            "(--benchmark_filter=LaunchesFilter)");
        return;
    }
    WorkspaceSession session;
    session.open(QString::fromStdString(pmm::bench::largeWorkspace().string()),
                 pmm::storage::OpenMode::ReadOnly);
    pmm::bench::SilentFeedback feedback;
    LaunchesSection section(session, feedback);
    paintFirstScreen(section);
    QApplication::processEvents();  // what the event loop does after the first paint
    const QString word = QStringLiteral("market");
    qsizetype typed = 0;
    for (auto _ : state) {
        typed = typed % word.size() + 1;
        section.filterBar()->searchEdit()->setText(word.left(typed));
        benchmark::DoNotOptimize(paintFirstScreen(section));
    }
    state.counters["shown"] = section.proxy()->rowCount();
}
BENCHMARK(BM_LaunchesFilterAsYouType)->Unit(benchmark::kMillisecond);

}  // namespace
