#include "core/common/folders.h"

#include "core/common/error.h"

#include <filesystem>
#include <system_error>

namespace clipft {

void createFolders(const std::string& dir) {
    namespace fs = std::filesystem;
    std::error_code ec;
    if (fs::is_directory(dir, ec)) return;
    if (fs::exists(dir, ec)) throw Error(dir + ": cannot create the folder: a file of that name is in the way");
    fs::create_directories(dir, ec);
    if (ec) throw Error(dir + ": cannot create the folder (" + ec.message() + ")");
}

}  // namespace clipft
