#include "positioning/deal_import_plan.h"

#include <algorithm>
#include <cctype>
#include <unordered_set>

#include "positioning/deal_values.h"

namespace pmm::positioning {

namespace {

std::string quoted(std::string_view text) {
    return "\"" + std::string(text) + "\"";
}

// Reads one row into a PlannedDeal, collecting its problems.
class RowReader {
public:
    RowReader(const CsvRecord& record, const DealColumnMapping& mapping,
              std::vector<DealRowProblem>& problems)
        : m_record(record), m_mapping(mapping), m_problems(problems) {}

    std::string_view text(DealField field) const {
        const auto column = m_mapping.column(field);
        if (!column || *column >= m_record.fields.size()) {
            return {};
        }
        return trimmed(m_record.fields[*column]);
    }

    void problem(std::string message) {
        m_problems.push_back({m_record.line, std::move(message)});
        m_ok = false;
    }

    void problem(DealField field, const std::string& what) {
        problem(std::string(dealFieldLabel(field)) + " " + quoted(text(field)) + " " + what);
    }

    bool ok() const { return m_ok; }

private:
    const CsvRecord& m_record;
    const DealColumnMapping& m_mapping;
    std::vector<DealRowProblem>& m_problems;
    bool m_ok = true;
};

std::optional<std::int64_t> lookUp(const std::unordered_map<std::string, std::int64_t>& ids,
                                   std::string_view name) {
    const auto found = ids.find(foldedName(name));
    return found == ids.end() ? std::nullopt : std::optional(found->second);
}

class Planner {
public:
    Planner(const DealImportCatalog& catalog, const DealImportOptions& options,
            DealImportPlan& plan)
        : m_catalog(catalog), m_options(options), m_plan(plan) {}

    void add(const CsvRecord& record) {
        RowReader row(record, m_plan.mapping, m_plan.rowProblems);
        if (record.fields.size() != m_plan.header.size()) {
            row.problem("has " + std::to_string(record.fields.size()) + " fields, the header " +
                        std::to_string(m_plan.header.size()));
            return;
        }
        PlannedDeal planned;
        planned.line = record.line;
        Deal& deal = planned.deal;
        readValues(row, deal);
        const std::string competitor = readCompetitor(row, planned);
        deal.segmentId = readReference(row, DealField::Segment, m_catalog.segments);
        deal.productId = readReference(row, DealField::Product, m_catalog.products);
        planned.dedupeKey = dedupeKey(deal, competitor);
        if (planned.dedupeKey.empty()) {
            row.problem("has neither a deal id nor a deal name");
        } else if (const auto [it, fresh] = m_lines.emplace(planned.dedupeKey, record.line);
                   !fresh) {
            row.problem("is the same deal as line " + std::to_string(it->second));
        }
        if (row.ok()) {
            m_plan.deals.push_back(std::move(planned));
        }
    }

private:
    static void readValues(RowReader& row, Deal& deal) {
        deal.dealRef = row.text(DealField::DealRef);
        deal.name = row.text(DealField::Name);
        if (const auto date = parseDealDate(row.text(DealField::ClosedOn))) {
            deal.closedOn = *date;
        } else {
            row.problem(DealField::ClosedOn, "is not a date (use YYYY-MM-DD)");
        }
        if (const auto outcome = parseDealOutcome(row.text(DealField::Outcome))) {
            deal.outcome = *outcome;
        } else {
            row.problem(DealField::Outcome, "is not won, lost or no decision");
        }
        if (!row.text(DealField::Arr).empty()) {
            deal.arrCents = parseAmountCents(row.text(DealField::Arr));
            if (!deal.arrCents) {
                row.problem(DealField::Arr, "is not an amount");
            }
        }
        deal.reason = row.text(DealField::Reason);
        deal.angle = row.text(DealField::Angle);
        deal.notes = row.text(DealField::Notes);
    }

    std::string readCompetitor(RowReader& row, PlannedDeal& planned) {
        const std::string name(row.text(DealField::Competitor));
        if (name.empty()) {
            return name;
        }
        planned.deal.competitorId = lookUp(m_catalog.competitors, name);
        if (planned.deal.competitorId) {
            return name;
        }
        const std::string folded = foldedName(name);
        if (m_options.createCompetitors) {
            planned.newCompetitor = name;
            if (m_newCompetitors.insert(folded).second) {
                m_plan.newCompetitors.push_back(name);
            }
        } else {
            row.problem(DealField::Competitor, "is not in the workspace");
            if (m_unknownCompetitors.insert(folded).second) {
                m_plan.unknownCompetitors.push_back(name);
            }
        }
        return name;
    }

    static std::optional<std::int64_t> readReference(
        RowReader& row, DealField field, const std::unordered_map<std::string, std::int64_t>& ids) {
        const std::string_view name = row.text(field);
        if (name.empty()) {
            return std::nullopt;
        }
        const auto id = lookUp(ids, name);
        if (!id) {
            row.problem(field, "is not in the workspace");
        }
        return id;
    }

    const DealImportCatalog& m_catalog;
    const DealImportOptions& m_options;
    DealImportPlan& m_plan;
    std::unordered_map<std::string, int> m_lines;
    std::unordered_set<std::string> m_newCompetitors;
    std::unordered_set<std::string> m_unknownCompetitors;
};

}  // namespace

std::string foldedName(std::string_view name) {
    std::string folded(trimmed(name));
    std::ranges::transform(folded, folded.begin(), [](unsigned char c) {
        return c < 128 ? static_cast<char>(std::tolower(c)) : static_cast<char>(c);
    });
    return folded;
}

DealImportPlan planDealImport(const CsvTable& table, const DealColumnMapping& mapping,
                              const DealImportCatalog& catalog, const DealImportOptions& options) {
    DealImportPlan plan;
    plan.separator = table.separator;
    plan.header = table.header;
    plan.mapping = mapping;
    plan.fileProblems = table.problems;
    if (table.header.empty()) {
        plan.fileProblems.emplace_back("the file is empty: no header line");
        return plan;
    }
    for (std::string& missing : missingRequiredColumns(mapping)) {
        plan.fileProblems.push_back(std::move(missing));
    }
    if (!plan.fileProblems.empty()) {
        return plan;
    }
    plan.rows = static_cast<int>(table.records.size());
    plan.deals.reserve(table.records.size());
    Planner planner(catalog, options, plan);
    for (const CsvRecord& record : table.records) {
        planner.add(record);
    }
    return plan;
}

}  // namespace pmm::positioning
