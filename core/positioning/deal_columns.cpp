#include "positioning/deal_columns.h"

#include <cctype>
#include <initializer_list>

namespace pmm::positioning {

namespace {

struct FieldNames {
    DealField field;
    std::string_view key;
    std::string_view label;
    // Header names, normalized (lower-case letters and digits only), best first.
    std::initializer_list<std::string_view> headers;
};

const FieldNames kFields[] = {
    {DealField::DealRef,
     "deal_id",
     "Deal id",
     {"dealid", "opportunityid", "opportunity18digitid", "recordid", "crmid", "id"}},
    {DealField::Name,
     "name",
     "Deal name",
     {"opportunityname", "dealname", "opportunity", "deal", "name", "accountname"}},
    {DealField::ClosedOn,
     "date",
     "Close date",
     {"closedate", "closeddate", "dateclosed", "closedon", "date", "closedat"}},
    {DealField::Outcome,
     "outcome",
     "Outcome",
     {"outcome", "stage", "winloss", "wonlost", "result", "dealstage", "status"}},
    {DealField::Competitor,
     "competitor",
     "Competitor",
     {"competitor", "primarycompetitor", "maincompetitor", "competitors", "competitorname"}},
    {DealField::Segment, "segment", "Segment", {"segment", "marketsegment", "customersegment"}},
    {DealField::Product, "product", "Product", {"product", "productline", "productname"}},
    {DealField::Arr,
     "arr",
     "ARR",
     {"arr", "amount", "annualrecurringrevenue", "acv", "dealsize", "value", "dealvalue"}},
    {DealField::Reason,
     "reason",
     "Reason",
     {"lossreason", "reason", "winlossreason", "closedlostreason", "primaryreason", "winreason"}},
    {DealField::Angle,
     "angle",
     "Angle used",
     {"angle", "angleused", "positioningangle", "leadwith", "salesangle"}},
    {DealField::Notes, "notes", "Notes", {"notes", "note", "comments", "description"}},
};

const FieldNames& namesOf(DealField field) {
    return kFields[static_cast<std::size_t>(field)];
}

std::string normalized(std::string_view header) {
    std::string out;
    for (const char c : header) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u) != 0 && u < 128) {
            out.push_back(static_cast<char>(std::tolower(u)));
        }
    }
    return out;
}

std::string fieldKeys() {
    std::string keys;
    for (const FieldNames& names : kFields) {
        keys += (keys.empty() ? "" : ", ") + std::string(names.key);
    }
    return keys;
}

std::optional<std::size_t> columnNamed(const std::vector<std::string>& header,
                                       std::string_view name) {
    for (std::size_t i = 0; i < header.size(); ++i) {
        if (header[i] == name) {
            return i;
        }
    }
    const std::string wanted = normalized(name);
    for (std::size_t i = 0; i < header.size(); ++i) {
        if (!wanted.empty() && normalized(header[i]) == wanted) {
            return i;
        }
    }
    return std::nullopt;
}

}  // namespace

std::string_view dealFieldKey(DealField field) {
    return namesOf(field).key;
}

std::optional<DealField> dealFieldFromKey(std::string_view key) {
    for (const FieldNames& names : kFields) {
        if (names.key == key) {
            return names.field;
        }
    }
    return std::nullopt;
}

std::string_view dealFieldLabel(DealField field) {
    return namesOf(field).label;
}

DealColumnMapping guessDealColumns(const std::vector<std::string>& header) {
    std::vector<std::string> names;
    names.reserve(header.size());
    for (const std::string& column : header) {
        names.push_back(normalized(column));
    }
    std::vector<bool> taken(header.size(), false);
    DealColumnMapping mapping;
    for (const FieldNames& field : kFields) {
        for (const std::string_view wanted : field.headers) {
            for (std::size_t i = 0; i < names.size() && !mapping.column(field.field); ++i) {
                if (!taken[i] && names[i] == wanted) {
                    mapping.set(field.field, i);
                    taken[i] = true;
                }
            }
        }
    }
    return mapping;
}

std::vector<std::string> applyDealColumnChoices(DealColumnMapping& mapping,
                                                const std::vector<std::string>& header,
                                                const std::vector<std::string>& choices) {
    std::vector<std::string> problems;
    for (const std::string& choice : choices) {
        const std::size_t equals = choice.find('=');
        const std::string key = choice.substr(0, equals);
        const auto field = dealFieldFromKey(key);
        if (equals == std::string::npos || !field) {
            problems.push_back("--map " + choice + ": no field \"" + key + "\"; fields are " +
                               fieldKeys());
            continue;
        }
        const std::string column = choice.substr(equals + 1);
        const auto index = columnNamed(header, column);
        if (!index) {
            problems.push_back("--map " + choice + ": no column \"" + column + "\" in the header");
            continue;
        }
        for (auto& other : mapping.columns) {
            if (other == index) {
                other.reset();  // a column fills one field: the explicit choice wins
            }
        }
        mapping.set(*field, index);
    }
    return problems;
}

std::vector<std::string> missingRequiredColumns(const DealColumnMapping& mapping) {
    std::vector<std::string> missing;
    for (const DealField field : {DealField::ClosedOn, DealField::Outcome}) {
        if (!mapping.column(field)) {
            missing.push_back("no column for " + std::string(dealFieldLabel(field)));
        }
    }
    if (!mapping.column(DealField::DealRef) && !mapping.column(DealField::Name)) {
        missing.push_back("no column for Deal id or Deal name");
    }
    return missing;
}

}  // namespace pmm::positioning
