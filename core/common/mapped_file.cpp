#include "core/common/mapped_file.h"

#include "core/common/error.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace clipft {

namespace {

// Closes the descriptor on every path out of open(); the mapping stays valid without it.
struct FdCloser {
    int fd;
    ~FdCloser() { ::close(fd); }
};

}  // namespace

std::shared_ptr<MappedFile> MappedFile::open(const std::string& path) {
    int fd;
    do {
        fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0) throw Error("cannot open '" + path + "': " + std::strerror(errno));
    FdCloser closer{fd};

    struct stat info {};
    if (::fstat(fd, &info) != 0) throw Error("cannot read the size of '" + path + "': " + std::strerror(errno));
    if (!S_ISREG(info.st_mode)) throw Error("'" + path + "' is not a regular file");
    const auto size = static_cast<std::size_t>(info.st_size);
    if (size == 0) return std::shared_ptr<MappedFile>(new MappedFile(path, nullptr, 0));

    // MAP_NORESERVE: a writable private mapping would otherwise reserve swap for the whole file,
    // and the kernel may refuse to map a model larger than free memory although we only read it.
    void* address = ::mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_NORESERVE, fd, 0);
    if (address == MAP_FAILED) throw Error("cannot map '" + path + "' into memory: " + std::strerror(errno));
    return std::shared_ptr<MappedFile>(new MappedFile(path, static_cast<std::byte*>(address), size));
}

MappedFile::MappedFile(std::string path, std::byte* data, std::size_t size)
    : path_(std::move(path)), data_(data), size_(size) {}

MappedFile::~MappedFile() {
    if (data_ != nullptr) ::munmap(data_, size_);
}

}  // namespace clipft
