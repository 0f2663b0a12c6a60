// What every importer does once it has split an annotation into (image, caption) pairs: checks the
// image paths, trims captions, merges an image's captions, records problems, reads annotation text
// under the encoding policy, reports progress, and finally checks which images are on disk.
#pragma once
#include "core/common/progress.h"
#include "core/dataset/file_presence.h"
#include "core/dataset/import_manifest.h"
#include "core/dataset/text_encoding.h"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace clipft {

// A path an annotation gives for an image, made relative with '/' separators ("./a\\b.jpg" ->
// "a/b.jpg"). nullopt, with *why set, when it is empty, absolute or leaves the root through "..".
std::optional<std::string> normalizeImagePath(std::string_view raw, std::string* why);

// `path` relative to `base` when it lies under it, else its file name: how problems name files.
std::string displayPath(const std::string& path, const std::string& base);

// "train", "val", "test" from the spellings datasets use (restval and dev count as train and val);
// "" for anything else.
std::string canonicalSplit(std::string_view split);

// Reads a whole file; throws clipft::Error naming it when it cannot be read.
std::string readWholeFile(const std::string& path);

class ManifestBuilder {
public:
    ManifestBuilder(std::string format, ProgressObserver* progress, const CancelToken* cancel);

    void setImagesRoot(const std::string& dir);  // made absolute and normal
    const std::string& imagesRoot() const { return manifest_.images_root; }
    void setHasSplits(bool has) { manifest_.has_splits = has; }

    // The file's text under the policy of text_encoding.h; encoding problems are recorded under
    // `display`. nullopt when the file is refused. Throws clipft::Error when it cannot be read.
    std::optional<DecodedText> readText(const std::string& path, const std::string& display);

    // The image a record names, added on first sight. -1 (and a BadLine problem) for a bad path.
    // file/line say where it was named, for later problems.
    long addImage(std::string_view raw_path, const std::string& file, int64_t line);
    // The image if already added (same normalisation), else -1. Records nothing.
    long findImage(std::string_view raw_path) const;

    // Trims the caption; an empty one becomes an EmptyCaption problem.
    void addCaption(long image, std::string_view caption, const std::string& file, int64_t line);
    // addImage + addCaption.
    void addCaption(std::string_view raw_path, std::string_view caption, const std::string& file, int64_t line);

    // Sets the image's split; a different split given before wins and the clash is a BadLine.
    void setSplit(long image, const std::string& split, const std::string& file, int64_t line);
    const std::string& splitOf(long image) const { return entries_[static_cast<size_t>(image)].image.split; }
    const std::string& pathOf(long image) const { return entries_[static_cast<size_t>(image)].image.relative_path; }
    size_t imageCount() const { return entries_.size(); }

    void addProblem(std::string path, ImportProblemKind kind, std::string reason);

    // Progress of `stage`, sent at most ~20 times a second (and always when done == total); also the
    // place where cancellation is noticed (throws Cancelled).
    void progress(const char* stage, long long done, long long total);

    FilePresence& presence() { return presence_; }

    // Checks that every captioned image is on disk under the images root (MissingFile otherwise);
    // images named without any caption become ImageWithoutCaption (unless their captions were
    // empty, which is reported already). Throws clipft::Error when captioned images were named but
    // none of them is on disk: then the image folder is elsewhere and `hint` tells where to say so.
    ImportManifest finish(const std::string& hint = "");

private:
    struct Entry {
        ImportedImage image;
        std::string file;  // where it was first named
        int64_t line = 0;
        bool had_empty_caption = false;
    };

    ImportManifest manifest_;
    std::vector<Entry> entries_;
    std::unordered_map<std::string, long> index_;
    FilePresence presence_;
    ProgressObserver* observer_;
    const CancelToken* cancel_;
    std::chrono::steady_clock::time_point last_report_{};
    unsigned calls_ = 0;
};

}  // namespace clipft
