// Small text tools every annotation parser shares: lines with their numbers, caption trimming,
// and a cheap look at the start of a file for format detection.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace clipft {

struct TextLine {
    std::string_view text;  // without the line ending
    int64_t number = 0;     // 1-based
};

// Splits on '\n' and drops a '\r' before it (Windows line endings); a final newline does not start
// another line. The views point into `text`.
std::vector<TextLine> splitLines(std::string_view text);

// Trims ASCII whitespace and the Unicode spaces captions pick up from web pages and editors
// (no-break space, the U+2000 block, ideographic space, zero-width space, a stray BOM).
std::string_view trimText(std::string_view text);

std::string toLowerAscii(std::string_view text);
bool startsWith(std::string_view text, std::string_view prefix);
bool endsWith(std::string_view text, std::string_view suffix);

// Up to max_bytes from the start of a regular file; "" when it cannot be read. For detection only.
std::string readFilePrefix(const std::string& path, size_t max_bytes);

// The first line of a prefix (BOM and '\r' removed), for header sniffing.
std::string firstLineOf(std::string_view prefix);

}  // namespace clipft
