#include "storage/deal_csv_import.h"

#include <fstream>
#include <iterator>

#include "positioning/csv_reader.h"
#include "storage/deal_store.h"
#include "storage/workspace_error.h"

namespace pmm::storage {

namespace {

constexpr std::uintmax_t kMaxCsvBytes = 256ULL * 1024 * 1024;

}  // namespace

std::string readDealCsvFile(const std::filesystem::path& file) {
    std::error_code error;
    const std::uintmax_t size = std::filesystem::file_size(file, error);
    std::ifstream in(file, std::ios::binary);
    if (error || !in) {
        throw WorkspaceError(WorkspaceErrorKind::Io,
                             "Cannot read " + file.string() + ": " +
                                 (error ? error.message() : std::string("cannot open it")) + ".");
    }
    if (size > kMaxCsvBytes) {
        throw WorkspaceError(WorkspaceErrorKind::Invalid,
                             file.string() + " is larger than 256 MiB; split the export.");
    }
    std::string text;
    text.reserve(static_cast<std::size_t>(size));
    text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    if (in.bad()) {
        throw WorkspaceError(WorkspaceErrorKind::Io, "Reading " + file.string() + " failed.");
    }
    return text;
}

positioning::DealImportPlan planDealCsvImport(Workspace& workspace, std::string_view csvText,
                                              const std::vector<std::string>& columnChoices,
                                              const positioning::DealImportOptions& options) {
    const positioning::CsvTable table = positioning::readCsv(csvText);
    positioning::DealColumnMapping mapping = positioning::guessDealColumns(table.header);
    std::vector<std::string> choiceProblems =
        positioning::applyDealColumnChoices(mapping, table.header, columnChoices);
    positioning::DealImportPlan plan =
        positioning::planDealImport(table, mapping, DealStore(workspace).importCatalog(), options);
    plan.fileProblems.insert(plan.fileProblems.begin(), choiceProblems.begin(),
                             choiceProblems.end());
    return plan;
}

}  // namespace pmm::storage
