#pragma once

#include <QApplication>
#include <QString>

#include <filesystem>
#include <memory>

#include "common/user_feedback.h"

namespace pmm::bench {

// The `large` demo workspace the benchmarks read, generated on first use (seed 1).
const std::filesystem::path& largeWorkspace();

void removeWorkspace(const std::filesystem::path& path);

// Widgets need a QApplication. Other benchmarks create a QGuiApplication for their whole
// run; this makes a QApplication only when no application exists yet (offscreen unless
// QT_QPA_PLATFORM says otherwise), and removes it again, so benchmarks run in any order.
class WidgetApplication {
public:
    WidgetApplication();
    // False when another benchmark's QGuiApplication is in the way.
    bool usable() const;

private:
    int m_argc = 1;
    char m_name[10] = "pmm_bench";
    char* m_argv[2] = {m_name, nullptr};
    std::unique_ptr<QApplication> m_application;
};

// Shows nothing and answers every question with no: a benchmark never waits for a user.
class SilentFeedback final : public ui::UserFeedback {
public:
    void showError(QWidget*, const QString&, const QString&) override {}
    bool ask(QWidget*, const QString&, const QString&, const QString&) override { return false; }
};

}  // namespace pmm::bench
