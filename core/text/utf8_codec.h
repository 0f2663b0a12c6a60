// UTF-8 to code points and back. Decoding never fails: invalid bytes become U+FFFD exactly where
// Python's bytes.decode("utf-8", errors="replace") puts them (one per maximal invalid subpart), so a
// caption with broken bytes tokenizes as the reference would after a lossy decode.
#pragma once
#include <string>
#include <string_view>

namespace clipft {

// Sets *had_errors (when given) to whether any byte had to be replaced.
std::u32string decodeUtf8Lossy(std::string_view bytes, bool* had_errors = nullptr);

// Code points above U+10FFFF or in the surrogate range are written as U+FFFD.
std::string encodeUtf8(std::u32string_view text);
void appendUtf8(char32_t cp, std::string& out);

}  // namespace clipft
