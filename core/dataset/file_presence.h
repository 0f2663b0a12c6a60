// Whether the image files an annotation names are on disk, answered from one listing per folder:
// checking 8,000 names in a folder costs one directory read instead of 8,000 stat calls.
#pragma once
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace clipft {

class FilePresence {
public:
    // True when root/relative is a regular file (or a link to one). `relative` uses '/' and has
    // been checked not to leave root. Names are compared exactly (case-sensitive).
    bool isFile(const std::string& root, const std::string& relative);

    // How many of `relatives` are files under root.
    size_t countFiles(const std::string& root, const std::vector<std::string>& relatives);

private:
    const std::unordered_set<std::string>& listing(const std::string& dir);
    std::unordered_map<std::string, std::unordered_set<std::string>> listings_;
};

// Where an annotation's images are when the user did not say: of the candidate folders (absolute
// or relative to the working directory) the one holding most of `sample` (relative image paths,
// a few dozen are enough). Folders that do not exist are skipped; when none holds any, the first
// existing candidate (or the first candidate) is returned, and the caller reports the images missing.
std::string chooseImageRoot(const std::vector<std::string>& candidates, const std::vector<std::string>& sample,
                            FilePresence& presence, size_t* hits = nullptr);

}  // namespace clipft
