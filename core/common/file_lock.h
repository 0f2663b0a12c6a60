// An exclusive advisory lock on a file (flock), held for as long as the object lives. The kernel
// drops it when the process dies however it dies, so a lock that can be taken is proof that no
// live process holds it: a training run uses one as its liveness marker.
#pragma once
#include <optional>
#include <string>

namespace clipft {

class FileLock {
public:
    // Takes the lock on `path` (created when missing) without waiting; nullopt when another
    // process holds it. Throws clipft::Error when the file cannot be opened at all.
    static std::optional<FileLock> tryAcquire(const std::string& path);
    // Whether some live process holds the lock on `path` now (false when the file is missing).
    static bool isHeld(const std::string& path);

    FileLock(FileLock&& other) noexcept;
    FileLock& operator=(FileLock&& other) noexcept;
    FileLock(const FileLock&) = delete;
    FileLock& operator=(const FileLock&) = delete;
    ~FileLock();

private:
    explicit FileLock(int fd) : fd_(fd) {}
    int fd_ = -1;
};

}  // namespace clipft
