// A whole file mapped into memory, read-only on disk but writable in memory: MAP_PRIVATE with
// PROT_READ|PROT_WRITE makes an accidental in-place write copy-on-write instead of a crash, and
// the file itself never changes.
// If another program shrinks the file while it is mapped, touching the lost pages raises SIGBUS;
// AtomicFile replaces files by rename instead of rewriting them, so our own saves never do that.
#pragma once
#include <cstddef>
#include <memory>
#include <string>

namespace clipft {

class MappedFile {
public:
    // Maps `path`; throws clipft::Error naming the path when it cannot be opened or is not a
    // regular file. An empty file maps to size() == 0 and data() == nullptr.
    static std::shared_ptr<MappedFile> open(const std::string& path);

    ~MappedFile();
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;

    std::byte* data() const { return data_; }
    std::size_t size() const { return size_; }
    const std::string& path() const { return path_; }

private:
    MappedFile(std::string path, std::byte* data, std::size_t size);

    std::string path_;
    std::byte* data_;
    std::size_t size_;
};

}  // namespace clipft
