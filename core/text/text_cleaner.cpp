#include "core/text/text_cleaner.h"

#include "core/text/fix_text.h"
#include "core/text/html_unescape.h"
#include "core/text/unicode_transforms.h"
#include "core/text/utf8_codec.h"

namespace clipft {

namespace {

// Python's str.isspace(), which str.strip() and str.split() use: Unicode White_Space plus the
// information separators U+001C..U+001F.
bool isPythonSpace(char32_t c) {
    return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20) || c == 0x85 || c == 0xA0 ||
           c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
           c == 0x202F || c == 0x205F || c == 0x3000;
}

// Strips both ends and turns every whitespace run into one ' ' (" ".join(text.split())).
std::u32string collapseWhitespace(std::u32string_view text) {
    std::u32string out;
    out.reserve(text.size());
    bool pending_space = false;
    for (char32_t c : text) {
        if (isPythonSpace(c)) {
            pending_space = !out.empty();
            continue;
        }
        if (pending_space) out.push_back(' ');
        pending_space = false;
        out.push_back(c);
    }
    return out;
}

}  // namespace

std::u32string cleanCaption(std::u32string_view text) {
    std::u32string s = fixText(text);
    s = htmlUnescape(htmlUnescape(s));
    return toLowerFull(collapseWhitespace(s));
}

std::string cleanCaption(const std::string& utf8) {
    return encodeUtf8(cleanCaption(decodeUtf8Lossy(utf8)));
}

}  // namespace clipft
