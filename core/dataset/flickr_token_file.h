// The caption file shape Flickr8k (Flickr8k.token.txt) and Flickr30k (results_20130124.token)
// share: one caption a line, "NAME.jpg#k<TAB>caption", k = 0..4.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace clipft {

class ManifestBuilder;

// NAME.jpg from the part before the tab: drops "#k", and a stray ".N" after the extension (the
// real Flickr8k file has one line naming "2258277193_586949ec62.jpg.1#0").
std::string flickrImageName(std::string_view key);

// The image name when `line` has the token shape, for detection.
std::optional<std::string> sniffFlickrTokenLine(std::string_view line);

// Adds every caption of the file's text to the builder; lines without a tab are BadLine.
void readFlickrTokenText(std::string_view text, const std::string& display, ManifestBuilder& builder);

}  // namespace clipft
