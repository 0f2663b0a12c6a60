#include "core/text/byte_alphabet.h"

namespace clipft {

const ByteAlphabet& byteAlphabet() {
    static const ByteAlphabet alphabet = [] {
        ByteAlphabet a{};
        auto printable = [](int b) { return (b >= '!' && b <= '~') || (b >= 0xA1 && b <= 0xAC) || (b >= 0xAE && b <= 0xFF); };
        int index = 0;
        for (int b = 0; b < 256; ++b)
            if (printable(b)) {
                a.byte_to_char[b] = static_cast<char32_t>(b);
                a.vocab_order[index++] = static_cast<uint8_t>(b);
            }
        char32_t next = 256;
        for (int b = 0; b < 256; ++b)
            if (!printable(b)) {
                a.byte_to_char[b] = next++;
                a.vocab_order[index++] = static_cast<uint8_t>(b);
            }
        return a;
    }();
    return alphabet;
}

}  // namespace clipft
