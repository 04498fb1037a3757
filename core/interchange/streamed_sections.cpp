#include "interchange/streamed_sections.h"

#include <stdexcept>
#include <string>

#include "interchange/battlecard_record_json.h"
#include "interchange/deals_section.h"
#include "interchange/launch_json.h"
#include "storage/interchange_battlecard_reader.h"

namespace pmm::interchange {

namespace {

constexpr std::string_view kLaunches = "launches";
constexpr std::string_view kBattlecards = "battlecards";
constexpr std::string_view kDeals = "deals";

// The records of `pipe` until it closes, each written by `write(JsonWriter&, const Record&)`.
template <class Record, class UidOf, class Write>
std::optional<RecordTexts> formatAll(RecordPipe<Record>& pipe, TextBlocks& blocks,
                                     const UidOf& uidOf, const Write& write) {
    RecordTexts texts(&blocks);
    const bool complete = pipe.drain([&](Record& record) {
        texts.add(uidOf(record), [&](JsonWriter& out) { write(out, record); });
    });
    if (!complete) {
        return std::nullopt;
    }
    texts.sortByUid();
    return texts;
}

}  // namespace

storage::RecordSinks StreamedSections::sinks() {
    return {[this](LaunchRecord& record) { m_launches.add(record); },
            [this](storage::StoredCard& card) { m_battlecards.add(card); },
            [this](DealRecord& deal) { m_deals.add(deal); }};
}

void StreamedSections::close(std::span<const std::string_view> sections) {
    for (const std::string_view key : sections) {
        if (key == kLaunches) {
            m_launches.close();
        } else if (key == kBattlecards) {
            m_battlecards.close();
        } else if (key == kDeals) {
            m_deals.close();
        }
    }
}

void StreamedSections::abandon() {
    m_launches.abandon();
    m_battlecards.abandon();
    m_deals.abandon();
}

bool StreamedSections::streams(std::string_view key) {
    return key == kLaunches || key == kBattlecards || key == kDeals;
}

std::optional<RecordTexts> StreamedSections::format(std::string_view key) {
    if (key == kLaunches) {
        return formatAll(
            m_launches, m_blocks,
            [](const LaunchRecord& record) -> const std::string& { return record.launch.uid; },
            writeLaunch);
    }
    if (key == kBattlecards) {
        return formatAll(
            m_battlecards, m_blocks,
            [](const storage::StoredCard& stored) -> const std::string& { return stored.card.uid; },
            [](JsonWriter& out, storage::StoredCard& stored) {
                storage::resolveRevisionTexts(stored);
                writeBattlecard(out, stored.card);
            });
    }
    if (key != kDeals) {
        throw std::logic_error("not a streamed section: " + std::string(key));
    }
    return formatAll(
        m_deals, m_blocks, [](const DealRecord& deal) -> const std::string& { return deal.uid; },
        writeDeal);
}

void StreamedSections::fail(const std::exception_ptr& failure) {
    m_launches.fail(failure);
    m_battlecards.fail(failure);
    m_deals.fail(failure);
}

}  // namespace pmm::interchange
