#include "bench_workspace.h"

#include <string>

#include "demo/demo_data.h"
#include "storage/workspace.h"

namespace pmm::bench {

namespace fs = std::filesystem;

void removeWorkspace(const fs::path& path) {
    std::error_code error;
    for (const char* suffix : {"", "-wal", "-shm"}) {
        fs::remove(fs::path(path.string() + suffix), error);
    }
    fs::remove_all(fs::path(path.string() + ".backups"), error);
}

const fs::path& largeWorkspace() {
    static const fs::path path = [] {
        const fs::path file(PMM_BENCH_WORKSPACE);
        bool current = false;
        if (fs::exists(file)) {
            auto existing = storage::Workspace::open(file);
            current =
                existing->setting("demo.generator") == std::to_string(demo::kDemoGeneratorVersion);
        }
        if (!current) {
            removeWorkspace(file);
            auto workspace = storage::Workspace::create(file);
            demo::fillDemoData(*workspace, demo::DemoSize::Large, 1);
        }
        return file;
    }();
    return path;
}

WidgetApplication::WidgetApplication() {
    if (QCoreApplication::instance() == nullptr) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        m_application = std::make_unique<QApplication>(m_argc, m_argv);
    }
}

bool WidgetApplication::usable() const {
    return qobject_cast<QApplication*>(QCoreApplication::instance()) != nullptr;
}

}  // namespace pmm::bench
