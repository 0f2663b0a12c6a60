#include "core/text/fix_text.h"

#include "core/text/html_unescape.h"
#include "core/text/unicode_transforms.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <iterator>

namespace clipft {

namespace {

struct UppercaseEntity {
    const char* name;
    char32_t value[3];
};
#include "core/text/ftfy_uppercase_entities.inc"

// ftfy decodes at most this many code points as one segment.
constexpr size_t kMaxDecodeLength = 1000000;

bool isAsciiAlnum(char32_t c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool lookupUppercaseEntity(std::u32string_view name, std::u32string* value) {
    char key[32];
    if (name.size() >= sizeof key) return false;
    for (size_t k = 0; k < name.size(); ++k) key[k] = static_cast<char>(name[k]);  // ASCII checked by caller
    key[name.size()] = '\0';
    const auto* end = std::end(kFtfyUppercaseEntities);
    const auto* it = std::lower_bound(std::begin(kFtfyUppercaseEntities), end, key,
                                      [](const UppercaseEntity& e, const char* k) { return std::strcmp(e.name, k) < 0; });
    if (it == end || std::strcmp(it->name, key) != 0) return false;
    value->clear();
    for (char32_t c : it->value)
        if (c != 0) value->push_back(c);
    return true;
}

// ftfy's unescape_html: only complete references "&#?[0-9A-Za-z]{1,24};" are touched, names must
// carry their ';', and a numeric one is kept as is unless html.unescape consumes it whole.
std::u32string unescapeHtml(std::u32string_view text) {
    return replaceReferences(text, [](std::u32string_view text, size_t amp, std::u32string& out) -> size_t {
        size_t j = amp + 1;
        const bool numeric = j < text.size() && text[j] == '#';
        if (numeric) ++j;
        const size_t name_start = j;
        while (j < text.size() && j - name_start < 24 && isAsciiAlnum(text[j])) ++j;
        if (j == name_start || j >= text.size() || text[j] != ';') return 0;
        ++j;
        const std::u32string_view reference = text.substr(amp, j - amp);
        std::u32string value;
        if (!numeric && (lookupHtml5Entity(reference.substr(1), &value) ||
                         lookupUppercaseEntity(reference.substr(1), &value))) {
            out += value;
        } else if (numeric) {
            value = htmlUnescape(reference);
            out += value.find(U';') == std::u32string::npos ? value : std::u32string(reference);
        } else {
            out.append(reference);
        }
        return j - amp;
    });
}

// fix_c1_controls: C1 controls decoded as the sloppy windows-1252 bytes they probably were. The
// table is the same one HTML5 uses for &#128;..&#159;, so borrow html.unescape's.
void fixC1Controls(std::u32string& text) {
    for (char32_t& c : text)
        if (c >= 0x80 && c <= 0x9F) c = decodeNumericReference(c)[0];
}

std::u32string fixLatinLigatures(std::u32string_view text) {
    std::u32string out;
    out.reserve(text.size());
    for (char32_t c : text) {
        switch (c) {
            case 0x0132: out += U"IJ"; break;
            case 0x0133: out += U"ij"; break;
            case 0x0149: out += U"\u02BCn"; break;  // ŉ, later uncurled to 'n
            case 0x01F1: out += U"DZ"; break;
            case 0x01F2: out += U"Dz"; break;
            case 0x01F3: out += U"dz"; break;
            case 0x01C4: out += U"D\u017D"; break;
            case 0x01C5: out += U"D\u017E"; break;
            case 0x01C6: out += U"d\u017E"; break;
            case 0x01C7: out += U"LJ"; break;
            case 0x01C8: out += U"Lj"; break;
            case 0x01C9: out += U"lj"; break;
            case 0x01CA: out += U"NJ"; break;
            case 0x01CB: out += U"Nj"; break;
            case 0x01CC: out += U"nj"; break;
            case 0xFB00: out += U"ff"; break;
            case 0xFB01: out += U"fi"; break;
            case 0xFB02: out += U"fl"; break;
            case 0xFB03: out += U"ffi"; break;
            case 0xFB04: out += U"ffl"; break;
            case 0xFB05: out += U"\u017Ft"; break;  // ﬅ is long s + t
            case 0xFB06: out += U"st"; break;
            default: out.push_back(c);
        }
    }
    return out;
}

// fix_character_width: the NFKC form of each halfwidth/fullwidth form (U+FF01..U+FFEF) and of
// U+3000 ideographic space, leaving the rest of the text alone.
std::u32string fixCharacterWidth(std::u32string_view text) {
    static const std::array<std::u32string, 0xFFF0 - 0xFF01> width_map = [] {
        std::array<std::u32string, 0xFFF0 - 0xFF01> map;
        for (char32_t c = 0xFF01; c < 0xFFF0; ++c) map[c - 0xFF01] = normalizeNfkc(std::u32string(1, c));
        return map;
    }();
    std::u32string out;
    out.reserve(text.size());
    for (char32_t c : text) {
        if (c == 0x3000)
            out.push_back(' ');
        else if (c >= 0xFF01 && c < 0xFFF0)
            out += width_map[c - 0xFF01];
        else
            out.push_back(c);
    }
    return out;
}

void uncurlQuotes(std::u32string& text) {
    for (char32_t& c : text) {
        if (c == 0x02BC || (c >= 0x2018 && c <= 0x201B))
            c = '\'';
        else if (c >= 0x201C && c <= 0x201F)
            c = '"';
    }
}

// fix_line_breaks: \r\n, \r, U+2028, U+2029 and U+0085 all become \n.
std::u32string fixLineBreaks(std::u32string_view text) {
    std::u32string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
        const char32_t c = text[i];
        if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;  // the \n follows
        out.push_back(c == '\r' || c == 0x2028 || c == 0x2029 || c == 0x0085 ? U'\n' : c);
    }
    return out;
}

// remove_terminal_escapes: ESC [ (digits or ;)* letter.
std::u32string removeTerminalEscapes(std::u32string_view text) {
    std::u32string out;
    out.reserve(text.size());
    size_t i = 0;
    while (i < text.size()) {
        if (text[i] == 0x1B && i + 1 < text.size() && text[i + 1] == '[') {
            size_t j = i + 2;
            while (j < text.size() && ((text[j] >= '0' && text[j] <= '9') || text[j] == ';')) ++j;
            if (j < text.size() && ((text[j] >= 'a' && text[j] <= 'z') || (text[j] >= 'A' && text[j] <= 'Z'))) {
                i = j + 1;
                continue;
            }
        }
        out.push_back(text[i++]);
    }
    return out;
}

// remove_control_chars: C0 controls other than \t \n \f \r, DEL, the deprecated format controls
// U+206A..U+206F, the BOM and the interlinear annotation / object replacement marks U+FFF9..U+FFFC.
bool isRemovedControl(char32_t c) {
    return c <= 0x08 || c == 0x0B || (c >= 0x0E && c <= 0x1F) || c == 0x7F ||
           (c >= 0x206A && c <= 0x206F) || c == 0xFEFF || (c >= 0xFFF9 && c <= 0xFFFC);
}

std::u32string fixSegment(std::u32string text, bool unescape_html) {
    // The fixes feed each other (an entity can decode to a ligature), so ftfy repeats them until
    // nothing changes. The other fixes settle in one round; only a decoded entity, always shorter
    // than its reference, can call for another, so this ends.
    while (true) {
        const std::u32string before = text;
        if (unescape_html) text = unescapeHtml(text);
        fixC1Controls(text);
        text = fixLatinLigatures(text);
        text = fixCharacterWidth(text);
        uncurlQuotes(text);
        text = fixLineBreaks(text);
        // fix_surrogates has nothing to do: decoded text never holds surrogates.
        text = removeTerminalEscapes(text);
        text.erase(std::remove_if(text.begin(), text.end(), isRemovedControl), text.end());
        text = normalizeNfc(text);
        if (text == before) return text;
    }
}

}  // namespace

std::u32string fixText(std::u32string_view text) {
    // ftfy fixes line by line; once a line holds '<' (it may be HTML) it stops unescaping
    // entities, for that line and all later ones.
    std::u32string out;
    out.reserve(text.size());
    bool unescape_html = true;
    size_t pos = 0;
    while (pos < text.size()) {
        size_t end = text.find(U'\n', pos);
        end = end == std::u32string_view::npos ? text.size() : end + 1;
        end = std::min(end, pos + kMaxDecodeLength);
        const std::u32string_view segment = text.substr(pos, end - pos);
        if (segment.find(U'<') != std::u32string_view::npos) unescape_html = false;
        out += fixSegment(std::u32string(segment), unescape_html);
        pos = end;
    }
    return out;
}

}  // namespace clipft
