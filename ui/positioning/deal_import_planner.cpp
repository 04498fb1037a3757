#include "positioning/deal_import_planner.h"

#include <QEventLoop>
#include <QThread>
#include <QTimer>

namespace pmm::ui {

DealImportPlanner::DealImportPlanner(positioning::DealImportCatalog catalog, QObject* parent)
    : QObject(parent), m_catalog(std::move(catalog)) {}

DealImportPlanner::~DealImportPlanner() {
    if (m_thread != nullptr) {
        m_thread->wait();
        delete m_thread;
    }
}

void DealImportPlanner::load(std::string csvText, const positioning::DealImportOptions& options) {
    Request request;
    request.text = std::make_shared<const std::string>(std::move(csvText));
    request.options = options;
    m_table.reset();
    start(std::move(request));
}

void DealImportPlanner::replan(const positioning::DealColumnMapping& mapping,
                               const positioning::DealImportOptions& options) {
    start({nullptr, mapping, options});
}

void DealImportPlanner::start(Request request) {
    if (m_thread != nullptr) {
        // A load must not be lost behind a later remapping of the old file.
        if (!m_waiting || !m_waiting->text || request.text) {
            m_waiting = std::move(request);
        } else {
            m_waiting->mapping = request.mapping;
            m_waiting->options = request.options;
        }
        return;
    }
    auto result = std::make_shared<Result>();
    m_result = result;
    m_thread = QThread::create([result, request = std::move(request), table = m_table,
                                catalog = &m_catalog] {
        positioning::DealColumnMapping mapping = request.mapping;
        if (request.text) {
            auto read =
                std::make_shared<positioning::CsvTable>(positioning::readCsv(*request.text));
            mapping = positioning::guessDealColumns(read->header);
            result->table = std::move(read);
        } else {
            result->table = table;
        }
        if (result->table) {
            result->plan = std::make_shared<const positioning::DealImportPlan>(
                positioning::planDealImport(*result->table, mapping, *catalog, request.options));
        }
    });
    connect(m_thread, &QThread::finished, this, &DealImportPlanner::finish);
    m_thread->start(QThread::LowPriority);
    Q_EMIT busyChanged(true);
}

void DealImportPlanner::finish() {
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    const std::shared_ptr<Result> result = std::move(m_result);
    m_table = result->table;
    if (m_waiting) {
        Request next = std::move(*m_waiting);
        m_waiting.reset();
        start(std::move(next));
        return;
    }
    if (result->plan) {
        Q_EMIT planned(result->plan);
    }
    Q_EMIT busyChanged(false);
}

bool DealImportPlanner::waitUntilIdle(int timeoutMs) {
    if (!isBusy()) {
        return true;
    }
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(this, &DealImportPlanner::busyChanged, &loop, [&loop](bool busy) {
        if (!busy) {
            loop.quit();
        }
    });
    timeout.start(timeoutMs);
    loop.exec();
    return !isBusy();
}

}  // namespace pmm::ui
