// ftfy.fix_text with its default settings, as open_clip calls it on every caption: everything
// except the mojibake repair (fix_encoding), which needs ftfy's badness heuristics. Text that
// ftfy would take for mojibake (e.g. "Ã©" for "é") therefore passes through unrepaired.
#pragma once
#include <string>
#include <string_view>

namespace clipft {

std::u32string fixText(std::u32string_view text);

}  // namespace clipft
