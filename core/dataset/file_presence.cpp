#include "core/dataset/file_presence.h"

#include <filesystem>

namespace clipft {

namespace fs = std::filesystem;

const std::unordered_set<std::string>& FilePresence::listing(const std::string& dir) {
    auto found = listings_.find(dir);
    if (found != listings_.end()) return found->second;
    std::unordered_set<std::string>& names = listings_[dir];
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        std::error_code type_ec;
        if (it->is_regular_file(type_ec)) names.insert(it->path().filename().string());
    }
    return names;
}

bool FilePresence::isFile(const std::string& root, const std::string& relative) {
    const size_t slash = relative.rfind('/');
    const std::string dir = slash == std::string::npos ? root : root + "/" + relative.substr(0, slash);
    const std::string name = slash == std::string::npos ? relative : relative.substr(slash + 1);
    return listing(dir).count(name) != 0;
}

size_t FilePresence::countFiles(const std::string& root, const std::vector<std::string>& relatives) {
    size_t count = 0;
    for (const std::string& relative : relatives)
        count += isFile(root, relative) ? 1 : 0;
    return count;
}

std::string chooseImageRoot(const std::vector<std::string>& candidates, const std::vector<std::string>& sample,
                            FilePresence& presence, size_t* hits) {
    std::string best, first_existing;
    size_t best_hits = 0;
    for (const std::string& candidate : candidates) {
        std::error_code ec;
        if (!fs::is_directory(candidate, ec)) continue;
        if (first_existing.empty()) first_existing = candidate;
        const size_t count = presence.countFiles(candidate, sample);
        if (count > best_hits) {
            best_hits = count;
            best = candidate;
        }
    }
    if (hits) *hits = best_hits;
    if (!best.empty()) return best;
    if (!first_existing.empty()) return first_existing;
    return candidates.empty() ? std::string(".") : candidates.front();
}

}  // namespace clipft
