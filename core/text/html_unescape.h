// Python's html.unescape: HTML5 named references (including the legacy ones that need no ';', and
// the longest-prefix rule for "&ampxyz"), numeric references with the HTML5 replacement rules.
// The tables are generated from Python by scripts/generate_html_entities.py.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace clipft {

std::u32string htmlUnescape(std::u32string_view text);

// The scan both unescapers share: copies `text`, handing each '&' (at `amp`) to
// replace(text, amp, out), which appends what the reference stands for and returns how many
// characters it consumed, or 0 when it is no reference (the '&' is then copied as it is).
template <typename Replace>
std::u32string replaceReferences(std::u32string_view text, Replace&& replace) {
    std::u32string out;
    out.reserve(text.size());
    size_t pos = 0;
    while (pos < text.size()) {
        const size_t amp = text.find(U'&', pos);
        if (amp == std::u32string_view::npos) {
            out.append(text.substr(pos));
            break;
        }
        out.append(text.substr(pos, amp - pos));
        const size_t consumed = replace(text, amp, out);
        if (consumed == 0) out.push_back('&');
        pos = amp + (consumed == 0 ? 1 : consumed);
    }
    return out;
}

// html.entities.html5[name] with name spelt as Python keys it ("amp;" and "amp" are both entries).
bool lookupHtml5Entity(std::u32string_view name, std::u32string* value);

// What "&#<number>;" decodes to: the cp1252 character for 0x80..0x9F, U+FFFD for 0, surrogates and
// numbers past U+10FFFF, nothing for the code points HTML5 rejects (most controls, noncharacters).
std::u32string decodeNumericReference(uint64_t number);

}  // namespace clipft
