// What encoding an annotation or caption file is in, and its text as UTF-8 when that is safe.
// Captions must reach the project as UTF-8 and never as mojibake. The policy:
//  - UTF-8, with or without a BOM: used as is (the BOM removed).
//  - UTF-16 or UTF-32 with a BOM: unambiguous, so converted losslessly (Transcoded). Importers
//    import the captions and add a BadEncoding problem saying the file was converted.
//  - 8-bit text (Latin-1 / Windows-1252 / another code page), UTF-16 without a BOM, binary data:
//    Refused, nothing from the file is imported; the BadEncoding problem names the likely encoding.
//    Guessing a code page can turn one language's letters into another's, and importing only the
//    ASCII lines of such a file would silently drop a biased subset of its captions.
//  - UTF-8 with a few damaged lines (valid multi-byte sequences outnumber the invalid bytes):
//    PartlyDamaged; those lines are blanked (numbering kept), listed, and reported one by one.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace clipft {

enum class TextOutcome { Utf8, Transcoded, PartlyDamaged, Refused };

struct DecodedText {
    TextOutcome outcome = TextOutcome::Utf8;
    // The detected encoding: "UTF-8", "UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE",
    // "ISO-8859-1 (Latin-1)", "Windows-1252", "an 8-bit code page", "UTF-16LE without a BOM",
    // "binary data"; with PartlyDamaged "UTF-8 with damaged lines".
    std::string encoding;
    std::string text;                    // UTF-8 without BOM; empty when Refused
    std::vector<int64_t> damaged_lines;  // PartlyDamaged: the 1-based lines that were blanked
};

DecodedText decodeText(std::string bytes);

}  // namespace clipft
