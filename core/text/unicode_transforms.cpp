#include "core/text/unicode_transforms.h"

#include "core/common/error.h"

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

namespace clipft {

namespace {

icu::UnicodeString toIcu(std::u32string_view text) {
    return icu::UnicodeString::fromUTF32(reinterpret_cast<const UChar32*>(text.data()),
                                         static_cast<int32_t>(text.size()));
}

std::u32string fromIcu(const icu::UnicodeString& text) {
    UErrorCode status = U_ZERO_ERROR;
    std::u32string out(static_cast<size_t>(text.countChar32()), U'\0');
    const int32_t n = text.toUTF32(reinterpret_cast<UChar32*>(out.data()),
                                   static_cast<int32_t>(out.size()), status);
    out.resize(static_cast<size_t>(n));
    return out;
}

std::u32string normalize(const icu::Normalizer2* normalizer, std::u32string_view text) {
    const icu::UnicodeString source = toIcu(text);
    UErrorCode status = U_ZERO_ERROR;
    // Most captions are already normalised; the quick check avoids a copy for them.
    if (normalizer->isNormalized(source, status) && U_SUCCESS(status)) return std::u32string(text);
    status = U_ZERO_ERROR;
    const icu::UnicodeString result = normalizer->normalize(source, status);
    if (U_FAILURE(status)) throw Error(std::string("Unicode normalisation failed: ") + u_errorName(status));
    return fromIcu(result);
}

const icu::Normalizer2* instance(const icu::Normalizer2* (*get)(UErrorCode&), const char* name) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* normalizer = get(status);
    if (U_FAILURE(status) || !normalizer)
        throw Error(std::string("ICU has no ") + name + " normaliser: " + u_errorName(status));
    return normalizer;
}

}  // namespace

std::u32string normalizeNfc(std::u32string_view text) {
    static const icu::Normalizer2* nfc = instance(&icu::Normalizer2::getNFCInstance, "NFC");
    return normalize(nfc, text);
}

std::u32string normalizeNfkc(std::u32string_view text) {
    static const icu::Normalizer2* nfkc = instance(&icu::Normalizer2::getNFKCInstance, "NFKC");
    return normalize(nfkc, text);
}

std::u32string toLowerFull(std::u32string_view text) {
    icu::UnicodeString s = toIcu(text);
    s.toLower(icu::Locale::getRoot());
    return fromIcu(s);
}

}  // namespace clipft
