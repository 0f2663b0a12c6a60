#include "core/text/html_unescape.h"

#include <algorithm>
#include <cstring>
#include <iterator>

namespace clipft {

namespace {

struct HtmlEntity {
    const char* name;
    char32_t value[2];
};
struct CharrefReplacement {
    char32_t number;
    char32_t replacement;
};
#include "core/text/html_entities.inc"

constexpr char32_t kReplacement = 0xFFFD;
constexpr size_t kMaxNameLength = 32;  // Python: [^\t\n\f <&#;]{1,32};?

bool isAsciiDigit(char32_t c) { return c >= '0' && c <= '9'; }
int hexValue(char32_t c) {
    if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
    if (c >= 'a' && c <= 'f') return static_cast<int>(c - 'a' + 10);
    if (c >= 'A' && c <= 'F') return static_cast<int>(c - 'A' + 10);
    return -1;
}
bool isNameChar(char32_t c) {
    return c != '\t' && c != '\n' && c != '\f' && c != ' ' && c != '<' && c != '&' && c != '#' &&
           c != ';';
}

// Parses the reference starting at text[pos] == '&'. Returns the length consumed (0: no match,
// the '&' is literal text) and appends the replacement.
size_t replaceReference(std::u32string_view text, size_t pos, std::u32string& out) {
    const size_t n = text.size();
    size_t i = pos + 1;
    if (i < n && text[i] == '#') {
        const bool hex = i + 1 < n && (text[i + 1] == 'x' || text[i + 1] == 'X');
        // "&#x" with no hex digit falls back to the decimal branch, which then fails too.
        size_t digits_start = hex ? i + 2 : i + 1;
        size_t j = digits_start;
        uint64_t number = 0;
        while (j < n && (hex ? hexValue(text[j]) >= 0 : isAsciiDigit(text[j]))) {
            const uint64_t digit = hex ? static_cast<uint64_t>(hexValue(text[j])) : text[j] - '0';
            number = std::min<uint64_t>(number * (hex ? 16 : 10) + digit, 0x7FFFFFFF);
            ++j;
        }
        if (j == digits_start) return 0;
        if (j < n && text[j] == ';') ++j;
        out += decodeNumericReference(number);
        return j - pos;
    }
    size_t j = i;
    while (j < n && j - i < kMaxNameLength && isNameChar(text[j])) ++j;
    if (j == i) return 0;
    if (j < n && text[j] == ';') ++j;
    const std::u32string_view name = text.substr(i, j - i);
    std::u32string value;
    if (lookupHtml5Entity(name, &value)) {
        out += value;
        return j - pos;
    }
    // The longest prefix that is an entity (only the legacy names without ';' can be prefixes).
    for (size_t len = name.size() - 1; len > 1; --len) {
        if (lookupHtml5Entity(name.substr(0, len), &value)) {
            out += value;
            out.append(name.substr(len));
            return j - pos;
        }
    }
    out.push_back('&');
    out.append(name);
    return j - pos;
}

}  // namespace

std::u32string decodeNumericReference(uint64_t number) {
    const auto* charref_end = std::end(kInvalidCharrefs);
    const auto* charref = std::find_if(std::begin(kInvalidCharrefs), charref_end,
                                       [&](const CharrefReplacement& r) { return r.number == number; });
    if (charref != charref_end) return std::u32string(1, charref->replacement);
    if ((number >= 0xD800 && number <= 0xDFFF) || number > 0x10FFFF) return std::u32string(1, kReplacement);
    const auto cp = static_cast<char32_t>(number);
    if (std::binary_search(std::begin(kInvalidCodepoints), std::end(kInvalidCodepoints), cp)) return {};
    return std::u32string(1, cp);
}

bool lookupHtml5Entity(std::u32string_view name, std::u32string* value) {
    if (name.empty() || name.size() > kMaxNameLength + 1) return false;
    char key[kMaxNameLength + 2];
    for (size_t k = 0; k < name.size(); ++k) {
        if (name[k] >= 0x80) return false;  // every entity name is ASCII
        key[k] = static_cast<char>(name[k]);
    }
    key[name.size()] = '\0';
    const auto* end = std::end(kHtml5Entities);
    const auto* it = std::lower_bound(std::begin(kHtml5Entities), end, key,
                                      [](const HtmlEntity& e, const char* k) { return std::strcmp(e.name, k) < 0; });
    if (it == end || std::strcmp(it->name, key) != 0) return false;
    if (value) {
        value->assign(1, it->value[0]);
        if (it->value[1] != 0) value->push_back(it->value[1]);
    }
    return true;
}

std::u32string htmlUnescape(std::u32string_view text) { return replaceReferences(text, replaceReference); }

}  // namespace clipft
