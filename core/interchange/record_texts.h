#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "interchange/json_writer.h"

namespace pmm::interchange {

// Blocks of text memory, used again by the next section once one is written: fresh memory
// costs the kernel a page fault per 4 KB (about 150,000 for a large export). One thread only.
class TextBlocks {
public:
    // An empty block, with its memory when it was used before.
    std::string take();
    void giveBack(std::vector<std::string>& blocks);

private:
    std::vector<std::string> m_free;
};

// The records of one section written as text in the order they are read (table order), then
// listed by uid: an export formats 200,000 deals this way without keeping a record of each.
// The text lives in a few large blocks, each record whole in one, with an index of where each
// record is; sorting moves only the index. Uids may be any text: they sort as std::string does.
class RecordTexts {
public:
    // How deep a record of a section's array sits in the document (see exporter.cpp).
    static constexpr int kRecordDepth = 2;

    // With `blocks`, its memory comes from there and goes back when it is destroyed.
    explicit RecordTexts(TextBlocks* blocks = nullptr);
    ~RecordTexts();
    RecordTexts(RecordTexts&& other) noexcept;
    RecordTexts& operator=(RecordTexts&&) = delete;

    // Formats one record through `write(JsonWriter&)`, as an element of the section's array.
    template <class Write>
    void add(std::string_view uid, const Write& write) {
        std::string& block = currentBlock();
        const std::size_t start = block.size();
        JsonWriter out(block, kRecordDepth);
        write(out);
        addEntry(uid, start, block.size() - start);
    }

    // Orders the records by uid (as recorded; call once every record is added).
    void sortByUid();
    std::size_t size() const { return m_entries.size(); }
    // Each record, in order, as the next element of the array `out` is writing.
    void writeTo(JsonWriter& out) const;

private:
    struct Entry {
        std::size_t block;
        std::size_t offset;
        std::size_t length;
        std::size_t uidOffset;
        std::size_t uidLength;
    };
    std::string& currentBlock();
    void addEntry(std::string_view uid, std::size_t offset, std::size_t length);
    std::string_view uidOf(const Entry& entry) const;

    TextBlocks* m_pool;
    std::vector<std::string> m_blocks;
    std::string m_uids;
    std::vector<Entry> m_entries;
};

}  // namespace pmm::interchange
