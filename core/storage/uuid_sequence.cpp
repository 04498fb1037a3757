#include "storage/uuid_sequence.h"

#include <array>
#include <chrono>

namespace pmm::storage {

namespace {

constexpr int kCounterBits = 42;  // 12 bits beside the version, 30 after the variant

std::uint64_t unixMillis() {
    const auto now = std::chrono::system_clock::now().time_since_epoch();
    return static_cast<std::uint64_t>(
        std::chrono::duration_cast<std::chrono::milliseconds>(now).count());
}

void putBigEndian(std::array<std::uint8_t, 16>& bytes, int at, int count, std::uint64_t value) {
    for (int i = count - 1; i >= 0; --i) {
        bytes[static_cast<std::size_t>(at + i)] = static_cast<std::uint8_t>(value & 0xff);
        value >>= 8;
    }
}

std::string canonicalText(const std::array<std::uint8_t, 16>& bytes) {
    static constexpr char kHex[] = "0123456789abcdef";
    std::string text;
    text.reserve(36);
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10) {
            text += '-';
        }
        text += kHex[bytes[i] >> 4];
        text += kHex[bytes[i] & 0x0f];
    }
    return text;
}

}  // namespace

UuidSequence::UuidSequence()
    : m_random([] {
          std::random_device device;
          return (static_cast<std::uint64_t>(device()) << 32) ^ device();
      }()),
      m_millis(unixMillis() & ((std::uint64_t{1} << 48) - 1)),
      // Half the counter's range is left, so it never wraps within one write.
      m_counter(m_random() >> (64 - (kCounterBits - 1))) {}

std::string UuidSequence::next() {
    const std::uint64_t counter = m_counter++;
    std::array<std::uint8_t, 16> bytes{};
    putBigEndian(bytes, 0, 6, m_millis);
    putBigEndian(bytes, 6, 2, 0x7000 | (counter >> 30));                   // version 7
    putBigEndian(bytes, 8, 4, 0x80000000 | (counter & ((1U << 30) - 1)));  // RFC variant
    putBigEndian(bytes, 12, 4, m_random() >> 32);
    return canonicalText(bytes);
}

}  // namespace pmm::storage
