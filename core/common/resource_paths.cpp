#include "core/common/resource_paths.h"

#include "core/common/error.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <vector>

namespace clipft {

namespace fs = std::filesystem;

std::string executableDir() {
    std::vector<char> buffer(4096);
    const ssize_t n = ::readlink("/proc/self/exe", buffer.data(), buffer.size() - 1);
    if (n <= 0) return {};
    return fs::path(std::string(buffer.data(), static_cast<size_t>(n))).parent_path().string();
}

std::string demoModelDir() {
    std::vector<std::string> candidates;
    if (const char* env = std::getenv("CLIPFT_DEMO_MODEL"); env && *env) {
        candidates.push_back(env);
    } else {
        if (const std::string dir = executableDir(); !dir.empty())
            candidates.push_back((fs::path(dir) / ".." / "share" / "clipft" / "demo-model").lexically_normal().string());
#ifdef CLIPFT_SOURCE_DIR
        candidates.push_back(std::string(CLIPFT_SOURCE_DIR) + "/resources/demo-model");
#endif
    }
    std::error_code ignored;
    for (const std::string& dir : candidates)
        if (fs::is_regular_file(fs::path(dir) / "open_clip_config.json", ignored)) return dir;
    std::string looked;
    for (const std::string& dir : candidates) looked += (looked.empty() ? "" : ", ") + dir;
    throw Error("the built-in demo model was not found (looked in " + looked +
                "): reinstall clipft, or set CLIPFT_DEMO_MODEL to a model folder, or make one with clipft pretrain-demo");
}

}  // namespace clipft
