#include "interchange/record_texts.h"

#include <algorithm>
#include <utility>

namespace pmm::interchange {

namespace {

// A block is closed once it holds this much; a record never spans two.
constexpr std::size_t kBlockBytes = std::size_t{8} << 20;
// Room kept for the record that ends a block, so it rarely has to grow.
constexpr std::size_t kBlockSlack = std::size_t{256} << 10;

}  // namespace

std::string TextBlocks::take() {
    if (m_free.empty()) {
        return {};
    }
    std::string block = std::move(m_free.back());
    m_free.pop_back();
    return block;
}

void TextBlocks::giveBack(std::vector<std::string>& blocks) {
    for (std::string& block : blocks) {
        block.clear();
        m_free.push_back(std::move(block));
    }
    blocks.clear();
}

RecordTexts::RecordTexts(TextBlocks* blocks) : m_pool(blocks) {}

RecordTexts::~RecordTexts() {
    if (m_pool != nullptr) {
        m_pool->giveBack(m_blocks);
    }
}

RecordTexts::RecordTexts(RecordTexts&& other) noexcept
    : m_pool(std::exchange(other.m_pool, nullptr)),
      m_blocks(std::move(other.m_blocks)),
      m_uids(std::move(other.m_uids)),
      m_entries(std::move(other.m_entries)) {}

std::string& RecordTexts::currentBlock() {
    if (m_blocks.empty() || m_blocks.back().size() >= kBlockBytes) {
        std::string block = m_pool != nullptr ? m_pool->take() : std::string();
        block.reserve(kBlockBytes + kBlockSlack);
        m_blocks.push_back(std::move(block));
    }
    return m_blocks.back();
}

void RecordTexts::addEntry(std::string_view uid, std::size_t offset, std::size_t length) {
    m_entries.push_back(Entry{m_blocks.size() - 1, offset, length, m_uids.size(), uid.size()});
    m_uids += uid;
}

std::string_view RecordTexts::uidOf(const Entry& entry) const {
    return std::string_view(m_uids).substr(entry.uidOffset, entry.uidLength);
}

void RecordTexts::sortByUid() {
    std::sort(m_entries.begin(), m_entries.end(),
              [this](const Entry& a, const Entry& b) { return uidOf(a) < uidOf(b); });
}

void RecordTexts::writeTo(JsonWriter& out) const {
    for (const Entry& entry : m_entries) {
        out.formatted(std::string_view(m_blocks[entry.block]).substr(entry.offset, entry.length));
    }
}

}  // namespace pmm::interchange
