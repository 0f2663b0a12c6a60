#include "core/dataset/annotation_text.h"

#include <fstream>
#include <sys/stat.h>

namespace clipft {

std::vector<TextLine> splitLines(std::string_view text) {
    std::vector<TextLine> lines;
    size_t start = 0;
    int64_t number = 0;
    while (start < text.size()) {
        size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(start, end - start);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        lines.push_back({line, ++number});
        start = end + 1;
    }
    return lines;
}

namespace {

// Length of a Unicode space character encoded in UTF-8 at the start of s, 0 when there is none.
size_t unicodeSpaceAt(std::string_view s) {
    auto b = [&](size_t i) { return static_cast<unsigned char>(s[i]); };
    if (s.empty()) return 0;
    const unsigned char c = b(0);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') return 1;
    if (c == 0xC2 && s.size() >= 2 && b(1) == 0xA0) return 2;  // U+00A0
    if (s.size() < 3) return 0;
    if (c == 0xE2 && b(1) == 0x80 && (b(2) <= 0x8B || b(2) == 0xAF)) return 3;  // U+2000..200B, U+202F
    if (c == 0xE2 && b(1) == 0x81 && b(2) == 0x9F) return 3;                    // U+205F
    if (c == 0xE3 && b(1) == 0x80 && b(2) == 0x80) return 3;                    // U+3000
    if (c == 0xEF && b(1) == 0xBB && b(2) == 0xBF) return 3;                    // U+FEFF
    return 0;
}

// Same, for a space that ends s.
size_t unicodeSpaceBefore(std::string_view s) {
    for (size_t len = 1; len <= 3 && len <= s.size(); ++len) {
        if (unicodeSpaceAt(s.substr(s.size() - len)) == len) return len;
    }
    return 0;
}

}  // namespace

std::string_view trimText(std::string_view text) {
    while (size_t n = unicodeSpaceAt(text))
        text.remove_prefix(n);
    while (size_t n = unicodeSpaceBefore(text))
        text.remove_suffix(n);
    return text;
}

std::string toLowerAscii(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

bool startsWith(std::string_view text, std::string_view prefix) {
    return text.size() >= prefix.size() && text.compare(0, prefix.size(), prefix) == 0;
}

bool endsWith(std::string_view text, std::string_view suffix) {
    return text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::string readFilePrefix(const std::string& path, size_t max_bytes) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return {};
    std::ifstream in(path, std::ios::binary);
    if (!in) return {};
    std::string buffer(max_bytes, '\0');
    in.read(buffer.data(), static_cast<std::streamsize>(max_bytes));
    buffer.resize(static_cast<size_t>(in.gcount()));
    return buffer;
}

std::string firstLineOf(std::string_view prefix) {
    if (startsWith(prefix, "\xEF\xBB\xBF")) prefix.remove_prefix(3);
    const size_t end = prefix.find('\n');
    std::string_view line = prefix.substr(0, end);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    return std::string(line);
}

}  // namespace clipft
