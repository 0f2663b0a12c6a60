#include "core/common/atomic_file.h"

#include "core/common/error.h"

#include <atomic>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace clipft {

namespace {

std::string folderOf(const std::string& path) {
    const auto slash = path.find_last_of('/');
    if (slash == std::string::npos) return ".";
    if (slash == 0) return "/";
    return path.substr(0, slash);
}

std::string fileNameOf(const std::string& path) {
    const auto slash = path.find_last_of('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

// A name no other writer in this or another process picks: pid plus a per-process counter.
std::string uniqueTemporaryName(const std::string& path) {
    static std::atomic<unsigned> counter{0};
    return folderOf(path) + "/." + fileNameOf(path) + ".tmp-" + std::to_string(::getpid()) + "-" +
           std::to_string(counter.fetch_add(1));
}

void closeQuietly(int fd) {
    if (fd >= 0) ::close(fd);
}

}  // namespace

AtomicFile::AtomicFile(std::string path) : path_(std::move(path)) {
    if (path_.empty() || path_.back() == '/') throw Error("cannot write '" + path_ + "': not a file name");
    // O_EXCL so an existing file (another writer's, or an attacker's link) is never reused;
    // mode 0666 lets the umask decide the final permissions, as for any newly created file.
    for (int attempt = 0; attempt < 100 && fd_ < 0; ++attempt) {
        temporaryPath_ = uniqueTemporaryName(path_);
        fd_ = ::open(temporaryPath_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd_ < 0 && errno != EEXIST && errno != EINTR) break;
    }
    if (fd_ < 0) {
        const int error = errno;
        throw Error("cannot write '" + path_ + "': cannot create a file in '" + folderOf(path_) +
                    "': " + std::strerror(error));
    }
}

AtomicFile::~AtomicFile() {
    if (committed_) return;
    closeQuietly(fd_);
    ::unlink(temporaryPath_.c_str());
}

void AtomicFile::fail(const std::string& what, int error) const {
    throw Error("cannot write '" + path_ + "': " + what + ": " + std::strerror(error));
}

void AtomicFile::write(const void* bytes, std::size_t count) {
    if (fd_ < 0) throw Error("cannot write '" + path_ + "': the file is already closed");
    const auto* cursor = static_cast<const char*>(bytes);
    while (count > 0) {
        // Linux writes at most ~2 GiB per call; larger tensors go in several calls.
        const std::size_t chunk = count < (std::size_t{1} << 30) ? count : (std::size_t{1} << 30);
        const ssize_t written = ::write(fd_, cursor, chunk);
        if (written < 0) {
            if (errno == EINTR) continue;
            fail("writing failed", errno);
        }
        cursor += written;
        count -= static_cast<std::size_t>(written);
    }
}

void AtomicFile::commit() {
    if (fd_ < 0) throw Error("cannot write '" + path_ + "': the file is already closed");
    if (::fsync(fd_) != 0) fail("flushing to disk failed", errno);
    const int fd = fd_;
    fd_ = -1;
    // close() can report a delayed write error (e.g. on NFS); a file that failed it is not kept.
    if (::close(fd) != 0) fail("closing failed", errno);
    if (::rename(temporaryPath_.c_str(), path_.c_str()) != 0)
        fail("renaming the finished file into place failed", errno);
    committed_ = true;

    const int folder = ::open(folderOf(path_).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (folder < 0) fail("opening its folder to flush the rename failed", errno);
    const int synced = ::fsync(folder);
    const int syncError = errno;
    ::close(folder);
    // Some file systems cannot fsync a folder (EINVAL); the rename is then as durable as they allow.
    if (synced != 0 && syncError != EINVAL) fail("flushing its folder to disk failed", syncError);
}

}  // namespace clipft
