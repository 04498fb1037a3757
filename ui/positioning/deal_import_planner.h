#pragma once

#include <QObject>

#include <memory>
#include <optional>
#include <string>

#include "positioning/csv_reader.h"
#include "positioning/deal_columns.h"
#include "positioning/deal_import_plan.h"

class QThread;

namespace pmm::ui {

// Plans a win/loss import off the GUI thread, so a 100,000-row export never freezes the
// dialog: load() reads the file's text and plans it under the guessed columns; replan()
// plans the rows again under another mapping or option. Plans come back in request order;
// a request made while one runs waits, and only the newest waiting one is kept.
class DealImportPlanner : public QObject {
    Q_OBJECT

public:
    using Plan = std::shared_ptr<const positioning::DealImportPlan>;

    explicit DealImportPlanner(positioning::DealImportCatalog catalog, QObject* parent = nullptr);
    ~DealImportPlanner() override;

    void load(std::string csvText, const positioning::DealImportOptions& options);
    void replan(const positioning::DealColumnMapping& mapping,
                const positioning::DealImportOptions& options);

    bool isBusy() const { return m_thread != nullptr; }
    // Runs the event loop until no plan is being made; false after `timeoutMs`.
    bool waitUntilIdle(int timeoutMs);

Q_SIGNALS:
    void busyChanged(bool busy);
    void planned(pmm::ui::DealImportPlanner::Plan plan);

private:
    struct Request {
        std::shared_ptr<const std::string> text;  // set: read the file and guess the columns
        positioning::DealColumnMapping mapping;
        positioning::DealImportOptions options;
    };
    struct Result {
        std::shared_ptr<const positioning::CsvTable> table;
        Plan plan;
    };

    void start(Request request);
    void finish();

    const positioning::DealImportCatalog m_catalog;
    std::shared_ptr<const positioning::CsvTable> m_table;
    QThread* m_thread = nullptr;
    std::shared_ptr<Result> m_result;
    std::optional<Request> m_waiting;
};

}  // namespace pmm::ui
