#include "core/dataset/manifest_builder.h"

#include "core/common/error.h"
#include "core/dataset/annotation_text.h"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace clipft {

namespace fs = std::filesystem;

std::optional<std::string> normalizeImagePath(std::string_view raw, std::string* why) {
    auto fail = [&](const char* reason) -> std::optional<std::string> {
        if (why) *why = reason;
        return std::nullopt;
    };
    std::string path(trimText(raw));
    if (path.empty()) return fail("no image path");
    for (char& c : path) {
        if (static_cast<unsigned char>(c) < 0x20) return fail("the image path has control characters");
        if (c == '\\') c = '/';
    }
    const bool drive = path.size() >= 2 && path[1] == ':' &&
                       ((path[0] >= 'A' && path[0] <= 'Z') || (path[0] >= 'a' && path[0] <= 'z'));
    if (path[0] == '/' || drive) return fail("the image path is absolute; it must be relative to the image folder");
    std::string out;
    size_t start = 0;
    while (start <= path.size()) {
        size_t end = path.find('/', start);
        if (end == std::string::npos) end = path.size();
        const std::string_view part(path.data() + start, end - start);
        if (part == "..") return fail("the image path leaves the image folder (\"..\")");
        if (!part.empty() && part != ".") {
            if (!out.empty()) out += '/';
            out.append(part);
        }
        start = end + 1;
    }
    if (out.empty()) return fail("no image path");
    return out;
}

std::string displayPath(const std::string& path, const std::string& base) {
    std::error_code ec;
    const fs::path p = fs::absolute(path, ec).lexically_normal();
    const fs::path b = fs::absolute(base, ec).lexically_normal();
    const fs::path rel = p.lexically_relative(b);
    if (!rel.empty() && *rel.begin() != "..") return rel.generic_string();
    return p.filename().string();
}

std::string canonicalSplit(std::string_view split) {
    const std::string s = toLowerAscii(trimText(split));
    if (s == "train" || s == "training" || s == "restval") return "train";  // Karpathy's restval trains
    if (s == "val" || s == "valid" || s == "validation" || s == "dev") return "val";
    if (s == "test" || s == "testing") return "test";
    return "";
}

std::string readWholeFile(const std::string& path) {
    std::error_code ec;
    if (!fs::is_regular_file(path, ec)) throw Error(path + ": no such file");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Error(path + ": cannot be read");
    std::string bytes;
    in.seekg(0, std::ios::end);
    const auto size = in.tellg();
    in.seekg(0, std::ios::beg);
    if (size > 0) {
        bytes.resize(static_cast<size_t>(size));
        in.read(bytes.data(), size);
        bytes.resize(static_cast<size_t>(in.gcount()));
    }
    if (in.bad()) throw Error(path + ": cannot be read");
    return bytes;
}

ManifestBuilder::ManifestBuilder(std::string format, ProgressObserver* progress, const CancelToken* cancel)
    : observer_(progress), cancel_(cancel) {
    manifest_.format = std::move(format);
}

void ManifestBuilder::setImagesRoot(const std::string& dir) {
    std::error_code ec;
    std::string root = fs::absolute(dir.empty() ? "." : dir, ec).lexically_normal().string();
    while (root.size() > 1 && root.back() == '/')
        root.pop_back();
    manifest_.images_root = root;
}

std::optional<DecodedText> ManifestBuilder::readText(const std::string& path, const std::string& display) {
    DecodedText decoded = decodeText(readWholeFile(path));
    switch (decoded.outcome) {
        case TextOutcome::Utf8: break;
        case TextOutcome::Transcoded:
            addProblem(display, ImportProblemKind::BadEncoding,
                       "the file is " + decoded.encoding + ", not UTF-8: converted to UTF-8 and imported");
            break;
        case TextOutcome::PartlyDamaged:
            for (int64_t line : decoded.damaged_lines)
                addProblem(display, ImportProblemKind::BadEncoding,
                           "line " + std::to_string(line) + " is not valid UTF-8 (damaged bytes); skipped");
            break;
        case TextOutcome::Refused:
            addProblem(display, ImportProblemKind::BadEncoding,
                       "the file is not UTF-8 (it looks like " + decoded.encoding +
                           "); nothing in it was imported: save it as UTF-8 and import again");
            return std::nullopt;
    }
    return decoded;
}

long ManifestBuilder::findImage(std::string_view raw_path) const {
    const auto path = normalizeImagePath(raw_path, nullptr);
    if (!path) return -1;
    const auto found = index_.find(*path);
    return found == index_.end() ? -1 : found->second;
}

long ManifestBuilder::addImage(std::string_view raw_path, const std::string& file, int64_t line) {
    std::string why;
    const auto path = normalizeImagePath(raw_path, &why);
    if (!path) {
        const std::string where = line > 0 ? "line " + std::to_string(line) + ": " : std::string();
        addProblem(file, ImportProblemKind::BadLine, where + why + " (\"" + std::string(trimText(raw_path)) + "\")");
        return -1;
    }
    const auto [it, inserted] = index_.emplace(*path, static_cast<long>(entries_.size()));
    if (inserted) {
        Entry entry;
        entry.image.relative_path = *path;
        entry.file = file;
        entry.line = line;
        entries_.push_back(std::move(entry));
    }
    return it->second;
}

void ManifestBuilder::addCaption(long image, std::string_view caption, const std::string& file, int64_t line) {
    if (image < 0) return;
    Entry& entry = entries_[static_cast<size_t>(image)];
    const std::string_view text = trimText(caption);
    if (text.empty()) {
        entry.had_empty_caption = true;
        const std::string where = line > 0 ? "line " + std::to_string(line) + ": " : std::string();
        addProblem(file, ImportProblemKind::EmptyCaption, where + "empty caption for " + entry.image.relative_path);
        return;
    }
    entry.image.captions.push_back({std::string(text), line});
}

void ManifestBuilder::addCaption(std::string_view raw_path, std::string_view caption, const std::string& file,
                                 int64_t line) {
    addCaption(addImage(raw_path, file, line), caption, file, line);
}

void ManifestBuilder::setSplit(long image, const std::string& split, const std::string& file, int64_t line) {
    if (image < 0 || split.empty()) return;
    std::string& current = entries_[static_cast<size_t>(image)].image.split;
    if (current.empty()) {
        current = split;
    } else if (current != split) {
        const std::string where = line > 0 ? "line " + std::to_string(line) + ": " : std::string();
        addProblem(file, ImportProblemKind::BadLine,
                   where + entries_[static_cast<size_t>(image)].image.relative_path + " is already in split \"" +
                       current + "\"; it stays there, not in \"" + split + "\"");
    }
}

void ManifestBuilder::addProblem(std::string path, ImportProblemKind kind, std::string reason) {
    manifest_.problems.push_back({std::move(path), kind, std::move(reason)});
}

void ManifestBuilder::progress(const char* stage, long long done, long long total) {
    if (cancel_ && cancel_->isCancelled()) throw Cancelled();
    if (!observer_) return;
    // Reading the clock costs little, but not nothing: look at it every 256 calls.
    if (done != total && (++calls_ & 255u) != 0) return;
    const auto now = std::chrono::steady_clock::now();
    if (done != total && now - last_report_ < std::chrono::milliseconds(50)) return;
    last_report_ = now;
    observer_->onProgress(stage, done, total);
}

ImportManifest ManifestBuilder::finish(const std::string& hint) {
    if (manifest_.images_root.empty()) setImagesRoot(".");
    const std::string& root = manifest_.images_root;
    size_t captioned = 0, present = 0;
    const long long total = static_cast<long long>(entries_.size());
    long long done = 0;
    std::vector<ImportProblem> missing;
    for (Entry& entry : entries_) {
        progress("files", ++done, total);
        ImportedImage& image = entry.image;
        const std::string where = entry.line > 0 ? " (line " + std::to_string(entry.line) + ")" : std::string();
        if (image.captions.empty()) {
            if (!entry.had_empty_caption)
                addProblem(image.relative_path, ImportProblemKind::ImageWithoutCaption,
                           "named in " + entry.file + where + " without any caption");
            continue;
        }
        ++captioned;
        if (!presence_.isFile(root, image.relative_path)) {
            const size_t n = image.captions.size();
            missing.push_back({image.relative_path, ImportProblemKind::MissingFile,
                               "named in " + entry.file + where + " with " + std::to_string(n) +
                                   (n == 1 ? " caption" : " captions") + ", but not found in " + root});
            continue;
        }
        ++present;
        manifest_.images.push_back(std::move(image));
    }
    if (captioned > 0 && present == 0)
        throw Error("none of the " + std::to_string(captioned) + " images named by the annotations is in " + root +
                    (hint.empty() ? std::string("; give the folder that holds them") : "; " + hint));
    for (ImportProblem& problem : missing)
        manifest_.problems.push_back(std::move(problem));
    entries_.clear();
    index_.clear();
    return std::move(manifest_);
}

}  // namespace clipft
