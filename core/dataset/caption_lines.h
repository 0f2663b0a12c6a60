// A plain caption file: UTF-8, one caption a line.
#pragma once
#include <string>
#include <vector>

namespace clipft {

// An empty line is an empty caption; a final newline does not start another caption. A UTF-8 BOM and
// Windows line endings are tolerated. Throws clipft::Error naming the file (and line) when it cannot
// be read or is not UTF-8.
std::vector<std::string> readCaptionLines(const std::string& path);

// True when text is well-formed UTF-8 (no overlongs, surrogates or code points past U+10FFFF).
bool isValidUtf8(const std::string& text);

}  // namespace clipft
