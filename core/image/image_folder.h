// The image files of a folder, in the order every clipft command uses: sorted by file name.
#pragma once
#include <string>
#include <vector>

namespace clipft {

// True for the extensions clipft decodes (jpg, jpeg, png, webp, bmp, tif, tiff, gif; any case).
bool hasImageExtension(const std::string& path);

// Image files directly in dir (not recursive), sorted by file name (byte order). Throws
// clipft::Error when dir is not a readable folder.
std::vector<std::string> listImageFiles(const std::string& dir);

}  // namespace clipft
