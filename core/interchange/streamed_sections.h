#pragma once

#include <exception>
#include <optional>
#include <span>
#include <string_view>

#include "interchange/record_pipe.h"
#include "interchange/record_texts.h"
#include "interchange/workspace_data.h"
#include "storage/interchange_sinks.h"

namespace pmm::interchange {

// The sections an export writes record by record as they are read, without keeping a record
// of each: launches, battlecards and deals, four fifths of a large workspace's text. The
// reading thread hands each record on as it is read; the writing thread formats it at once
// with the section's own record writer, then lists the texts by uid.
class StreamedSections {
public:
    // Reading thread: where the records go while the workspace is read.
    storage::RecordSinks sinks();
    // Reading thread: `sections` (keys) are read whole.
    void close(std::span<const std::string_view> sections);
    // Reading thread: the read failed; the writing thread stops waiting.
    void abandon();

    // Writing thread: whether `key` is written from here rather than from its part.
    static bool streams(std::string_view key);
    // Writing thread: the records of section `key` as they come, formatted and sorted by uid;
    // empty when the read was abandoned.
    std::optional<RecordTexts> format(std::string_view key);
    // Writing thread: it stopped because of `failure`; the reading thread throws it.
    void fail(const std::exception_ptr& failure);

private:
    RecordPipe<LaunchRecord> m_launches;
    RecordPipe<storage::StoredCard> m_battlecards;
    RecordPipe<DealRecord> m_deals;
    TextBlocks m_blocks;  // writing thread only
};

}  // namespace pmm::interchange
