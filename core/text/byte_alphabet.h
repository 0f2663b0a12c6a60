// GPT-2 / CLIP byte-level alphabet: every byte gets a printable code point (printable Latin-1
// bytes map to themselves, the rest to U+0100 upwards), so BPE symbols never hold raw control
// bytes or spaces. The order is the order of the first 256 vocabulary entries.
#pragma once
#include <array>
#include <cstdint>

namespace clipft {

struct ByteAlphabet {
    std::array<char32_t, 256> byte_to_char;  // indexed by byte value
    std::array<uint8_t, 256> vocab_order;    // vocab_order[i] = byte of vocabulary entry i
};

const ByteAlphabet& byteAlphabet();

}  // namespace clipft
