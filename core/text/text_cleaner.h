// open_clip's caption cleaning for clean='lower' (_clean_lower): ftfy.fix_text, html.unescape
// twice, strip, collapse whitespace runs to one space, strip, str.lower(). The tokenizer runs it on
// every caption before splitting it into words.
#pragma once
#include <string>
#include <string_view>

namespace clipft {

// Invalid UTF-8 is decoded with U+FFFD replacements first (as bytes.decode(errors="replace")).
std::string cleanCaption(const std::string& utf8);
std::u32string cleanCaption(std::u32string_view text);

}  // namespace clipft
