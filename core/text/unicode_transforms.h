// The Unicode transforms the caption cleaner borrows from ICU, on code-point strings: NFC / NFKC
// (Python's unicodedata.normalize) and full lowercase mapping (Python's str.lower(), root locale,
// final sigma included). ICU stays out of this header so users of clipft_core need not link it.
#pragma once
#include <string>
#include <string_view>

namespace clipft {

std::u32string normalizeNfc(std::u32string_view text);
std::u32string normalizeNfkc(std::u32string_view text);
std::u32string toLowerFull(std::u32string_view text);

}  // namespace clipft
