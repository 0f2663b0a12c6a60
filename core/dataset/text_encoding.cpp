#include "core/dataset/text_encoding.h"

#include "core/dataset/caption_lines.h"
#include "core/text/utf8_codec.h"

#include <algorithm>

namespace clipft {

namespace {

bool hasPrefix(const std::string& s, const char* p, size_t n) { return s.size() >= n && s.compare(0, n, p, n) == 0; }

// Converts UTF-16/32 code units to UTF-8; false on an unpaired surrogate, an invalid code point or
// a trailing partial unit (a truncated file), so nothing damaged is passed on as text.
bool transcodeUtf16(const std::string& bytes, size_t start, bool big_endian, std::string& out) {
    const auto* b = reinterpret_cast<const unsigned char*>(bytes.data());
    if ((bytes.size() - start) % 2 != 0) return false;
    out.reserve(bytes.size());
    for (size_t i = start; i < bytes.size(); i += 2) {
        char32_t unit = big_endian ? (b[i] << 8 | b[i + 1]) : (b[i + 1] << 8 | b[i]);
        if (unit >= 0xD800 && unit <= 0xDBFF) {
            if (i + 3 >= bytes.size()) return false;
            const char32_t low = big_endian ? (b[i + 2] << 8 | b[i + 3]) : (b[i + 3] << 8 | b[i + 2]);
            if (low < 0xDC00 || low > 0xDFFF) return false;
            unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
            i += 2;
        } else if (unit >= 0xDC00 && unit <= 0xDFFF) {
            return false;
        }
        appendUtf8(unit, out);
    }
    return true;
}

bool transcodeUtf32(const std::string& bytes, size_t start, bool big_endian, std::string& out) {
    const auto* b = reinterpret_cast<const unsigned char*>(bytes.data());
    if ((bytes.size() - start) % 4 != 0) return false;
    out.reserve(bytes.size() / 2);
    for (size_t i = start; i < bytes.size(); i += 4) {
        const char32_t cp = big_endian ? (char32_t(b[i]) << 24 | b[i + 1] << 16 | b[i + 2] << 8 | b[i + 3])
                                       : (char32_t(b[i + 3]) << 24 | b[i + 2] << 16 | b[i + 1] << 8 | b[i]);
        if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
        appendUtf8(cp, out);
    }
    return true;
}

// Length of the well-formed UTF-8 multi-byte sequence at s[i], 0 when there is none.
size_t multiByteSequenceAt(const unsigned char* s, size_t n, size_t i) {
    const unsigned char c = s[i];
    size_t extra;
    if (c >= 0xC2 && c <= 0xDF)
        extra = 1;
    else if (c >= 0xE0 && c <= 0xEF)
        extra = 2;
    else if (c >= 0xF0 && c <= 0xF4)
        extra = 3;
    else
        return 0;
    if (i + extra >= n) return 0;
    const std::string piece(reinterpret_cast<const char*>(s + i), extra + 1);
    return isValidUtf8(piece) ? extra + 1 : 0;
}

// Names the 8-bit code page of text that is not UTF-8. Windows-1252 puts letters and punctuation
// (curly quotes, the euro sign, dashes) at 0x80-0x9F, where ISO-8859-1 has control codes only;
// five of those bytes are unassigned in Windows-1252 as well.
std::string eightBitEncodingName(const std::string& bytes) {
    bool c1 = false;
    for (unsigned char c : bytes) {
        if (c < 0x80 || c > 0x9F) continue;
        if (c == 0x81 || c == 0x8D || c == 0x8F || c == 0x90 || c == 0x9D) return "an 8-bit code page";
        c1 = true;
    }
    return c1 ? "Windows-1252" : "ISO-8859-1 (Latin-1)";
}

}  // namespace

DecodedText decodeText(std::string bytes) {
    DecodedText out;
    // BOMs first; UTF-32LE's starts with UTF-16LE's, so it is tested before it.
    struct Bom {
        const char* bytes;
        size_t size;
        const char* name;
        int width;
        bool big_endian;
    };
    static const Bom boms[] = {
        {"\xFF\xFE\x00\x00", 4, "UTF-32LE", 4, false},
        {"\x00\x00\xFE\xFF", 4, "UTF-32BE", 4, true},
        {"\xFF\xFE", 2, "UTF-16LE", 2, false},
        {"\xFE\xFF", 2, "UTF-16BE", 2, true},
    };
    for (const Bom& bom : boms) {
        if (!hasPrefix(bytes, bom.bytes, bom.size)) continue;
        out.encoding = bom.name;
        const bool ok = bom.width == 2 ? transcodeUtf16(bytes, bom.size, bom.big_endian, out.text)
                                       : transcodeUtf32(bytes, bom.size, bom.big_endian, out.text);
        if (!ok) {
            out.encoding += " (damaged or truncated)";
            out.text.clear();
            out.outcome = TextOutcome::Refused;
            return out;
        }
        out.outcome = TextOutcome::Transcoded;
        return out;
    }
    if (hasPrefix(bytes, "\xEF\xBB\xBF", 3)) bytes.erase(0, 3);

    // NUL bytes never occur in text files; in UTF-16 without a BOM they fill every other byte of
    // ASCII text (which would otherwise pass as valid UTF-8).
    const size_t nuls = static_cast<size_t>(std::count(bytes.begin(), bytes.end(), '\0'));
    if (nuls > 0) {
        size_t even = 0, odd = 0;
        for (size_t i = 0; i < bytes.size(); ++i)
            if (bytes[i] == '\0') (i % 2 ? odd : even)++;
        const size_t pairs = bytes.size() / 2 + 1;
        out.outcome = TextOutcome::Refused;
        if (odd * 10 > pairs * 3 && even * 20 < pairs)
            out.encoding = "UTF-16LE without a BOM";
        else if (even * 10 > pairs * 3 && odd * 20 < pairs)
            out.encoding = "UTF-16BE without a BOM";
        else
            out.encoding = "binary data";
        return out;
    }

    if (isValidUtf8(bytes)) {
        out.encoding = "UTF-8";
        out.text = std::move(bytes);
        return out;
    }

    const auto* s = reinterpret_cast<const unsigned char*>(bytes.data());
    const size_t n = bytes.size();
    size_t valid = 0, invalid = 0;
    for (size_t i = 0; i < n;) {
        if (s[i] < 0x80) {
            ++i;
            continue;
        }
        if (const size_t len = multiByteSequenceAt(s, n, i)) {
            ++valid;
            i += len;
        } else {
            ++invalid;
            ++i;
        }
    }
    if (valid == 0 || valid < invalid) {
        out.outcome = TextOutcome::Refused;
        out.encoding = eightBitEncodingName(bytes);
        return out;
    }

    // Mostly UTF-8: blank the damaged lines only.
    out.outcome = TextOutcome::PartlyDamaged;
    out.encoding = "UTF-8 with damaged lines";
    out.text.reserve(n);
    size_t start = 0;
    int64_t line = 0;
    while (start < n) {
        size_t end = bytes.find('\n', start);
        const bool last = end == std::string::npos;
        if (last) end = n;
        ++line;
        const std::string piece = bytes.substr(start, end - start);
        if (isValidUtf8(piece))
            out.text += piece;
        else
            out.damaged_lines.push_back(line);
        if (!last) out.text += '\n';
        start = end + 1;
    }
    return out;
}

}  // namespace clipft
