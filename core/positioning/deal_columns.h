#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pmm::positioning {

// The fields of a win/loss record a CSV column can fill.
enum class DealField {
    DealRef,
    Name,
    ClosedOn,
    Outcome,
    Competitor,
    Segment,
    Product,
    Arr,
    Reason,
    Angle,
    Notes,
};
inline constexpr std::size_t kDealFieldCount = 11;

// "deal_id", "name", "date", "outcome", "competitor", "segment", "product", "arr", "reason",
// "angle", "notes": the words of --map field=Header.
std::string_view dealFieldKey(DealField field);
std::optional<DealField> dealFieldFromKey(std::string_view key);
// "Deal id", "Deal name", "Close date", ...: how a dialog or a message names the field.
std::string_view dealFieldLabel(DealField field);

// Which column (index into the header) fills each field; none when no column does.
struct DealColumnMapping {
    std::array<std::optional<std::size_t>, kDealFieldCount> columns;

    std::optional<std::size_t> column(DealField field) const {
        return columns[static_cast<std::size_t>(field)];
    }
    void set(DealField field, std::optional<std::size_t> column) {
        columns[static_cast<std::size_t>(field)] = column;
    }
};

// Guesses the mapping from header names as CRMs write them (Opportunity Name, Close Date,
// Stage, Amount, Competitor, Loss Reason, ...), ignoring case, spaces and punctuation. Each
// column fills at most one field; the first matching column wins.
DealColumnMapping guessDealColumns(const std::vector<std::string>& header);

// Applies "field=Header" choices over `mapping` (a user's --map options or a dialog's).
// Returns the problems ("--map amount=Amount: no field \"amount\"; fields are ...",
// "--map arr=Value: no column \"Value\" in the header").
std::vector<std::string> applyDealColumnChoices(DealColumnMapping& mapping,
                                                const std::vector<std::string>& header,
                                                const std::vector<std::string>& choices);

// The fields an import cannot do without: a date and an outcome.
std::vector<std::string> missingRequiredColumns(const DealColumnMapping& mapping);

}  // namespace pmm::positioning
