// Writes a file so that readers and crashes only ever see the old file or the complete new one:
// the bytes go to a temporary file in the same folder, which is fsynced and then renamed over
// the target, and the folder is fsynced so the rename itself survives a power cut.
#pragma once
#include <cstddef>
#include <string>

namespace clipft {

class AtomicFile {
public:
    // Creates the temporary file beside `path`; throws clipft::Error naming `path` when the
    // folder is missing or not writable.
    explicit AtomicFile(std::string path);
    // Removes the temporary file unless commit() succeeded.
    ~AtomicFile();
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    void write(const void* bytes, std::size_t count);
    // fsync, close, rename over the target, fsync the folder.
    void commit();

    const std::string& path() const { return path_; }

private:
    [[noreturn]] void fail(const std::string& what, int error) const;

    std::string path_;
    std::string temporaryPath_;
    int fd_ = -1;
    bool committed_ = false;
};

}  // namespace clipft
