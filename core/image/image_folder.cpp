#include "core/image/image_folder.h"

#include "core/common/error.h"

#include <algorithm>
#include <cctype>
#include <filesystem>

namespace clipft {

namespace fs = std::filesystem;

bool hasImageExtension(const std::string& path) {
    std::string ext = fs::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
    return ext == ".jpg" || ext == ".jpeg" || ext == ".png" || ext == ".webp" || ext == ".bmp" || ext == ".tif" ||
           ext == ".tiff" || ext == ".gif";
}

std::vector<std::string> listImageFiles(const std::string& dir) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) throw Error(dir + ": not a folder");
    std::vector<std::string> files;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        if (it->is_regular_file(ec) && hasImageExtension(it->path().string())) files.push_back(it->path().string());
    }
    if (ec) throw Error(dir + ": cannot be listed (" + ec.message() + ")");
    std::sort(files.begin(), files.end(), [](const std::string& a, const std::string& b) {
        return fs::path(a).filename().string() < fs::path(b).filename().string();
    });
    return files;
}

}  // namespace clipft
