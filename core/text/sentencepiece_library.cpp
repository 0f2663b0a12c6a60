#include "core/text/sentencepiece_library.h"

#include "core/common/error.h"

#include <dlfcn.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <mutex>
#include <vector>

#if defined(__SANITIZE_ADDRESS__)
#define CLIPFT_SPM_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define CLIPFT_SPM_ASAN 1
#endif
#endif

namespace clipft {
namespace {

constexpr const char* kBridgeFile = "libclipft_spm_bridge.so";

struct Bridge {
    std::mutex mutex;
    std::atomic<bool> loaded{false};  // set once, under mutex, after path and api are written
    std::string path;
    SentencePieceApi api;
};

Bridge& bridge() {
    static Bridge instance;  // never destroyed before exit; the handle is never dlclose'd
    return instance;
}

std::string executableDir() {
    std::vector<char> buffer(4096);
    const ssize_t n = ::readlink("/proc/self/exe", buffer.data(), buffer.size() - 1);
    if (n <= 0) return {};
    std::string exe(buffer.data(), static_cast<size_t>(n));
    const auto slash = exe.rfind('/');
    return slash == std::string::npos ? std::string() : exe.substr(0, slash);
}

std::vector<std::string> candidatePaths() {
    if (const char* env = std::getenv("CLIPFT_SPM_BRIDGE"); env && *env) return {env};
    std::vector<std::string> paths;
    const std::string dir = executableDir();
    if (!dir.empty()) {
        paths.push_back(dir + "/" + kBridgeFile);
        paths.push_back(dir + "/../lib/clipft/" + kBridgeFile);
    }
#ifdef CLIPFT_BUILD_BIN_DIR
    paths.push_back(std::string(CLIPFT_BUILD_BIN_DIR) + "/" + kBridgeFile);
#endif
    return paths;
}

int dlopenFlags() {
#ifdef CLIPFT_SPM_ASAN
    // AddressSanitizer refuses RTLD_DEEPBIND, so a sanitizer build loads the bridge without it.
    // Then sentencepiece binds to LibTorch's libprotobuf 3.21 instead of its own 3.14: training
    // fails protobuf's version check and loading a model fails a CHECK (seen). The bridge turns
    // both into errors, so there a sentencepiece tokenizer throws clipft::Error instead of working.
    return RTLD_NOW | RTLD_LOCAL;
#else
    // DEEPBIND makes the bridge and libsentencepiece resolve their symbols in themselves first, so
    // sentencepiece uses its own protobuf-lite 3.14 while LibTorch keeps libprotobuf.so.32.
    return RTLD_NOW | RTLD_LOCAL | RTLD_DEEPBIND;
#endif
}

template <typename Fn>
bool resolve(void* handle, const char* name, Fn& fn) {
    fn = reinterpret_cast<Fn>(::dlsym(handle, name));
    return fn != nullptr;
}

// Opens one candidate; returns false with a reason when it is missing or unusable.
bool tryOpen(const std::string& path, SentencePieceApi& api, std::string& reason) {
    if (::access(path.c_str(), F_OK) != 0) {
        reason = "not found";
        return false;
    }
    void* handle = ::dlopen(path.c_str(), dlopenFlags());
    if (!handle) {
        const char* why = ::dlerror();
        reason = why ? why : "dlopen failed";
        return false;
    }
    decltype(&clipft_spm_abi_version) abiVersion = nullptr;
    if (!resolve(handle, "clipft_spm_abi_version", abiVersion) || abiVersion() != CLIPFT_SPM_ABI_VERSION) {
        reason = "not a clipft sentencepiece bridge of ABI version " + std::to_string(CLIPFT_SPM_ABI_VERSION);
        ::dlclose(handle);
        return false;
    }
    SentencePieceApi found;
    const bool complete = resolve(handle, "clipft_spm_load", found.load) &&
                          resolve(handle, "clipft_spm_free", found.free) &&
                          resolve(handle, "clipft_spm_vocab_size", found.vocabSize) &&
                          resolve(handle, "clipft_spm_encode", found.encode) &&
                          resolve(handle, "clipft_spm_decode", found.decode) &&
                          resolve(handle, "clipft_spm_id_to_piece", found.idToPiece) &&
                          resolve(handle, "clipft_spm_piece_to_id", found.pieceToId) &&
                          resolve(handle, "clipft_spm_train", found.train) &&
                          resolve(handle, "clipft_spm_train_options", found.trainOptions);
    if (!complete) {
        reason = "some bridge functions are missing";
        ::dlclose(handle);
        return false;
    }
    api = found;
    return true;  // the handle stays open for the life of the process
}

Bridge& loadedBridge() {
    Bridge& b = bridge();
    if (b.loaded.load(std::memory_order_acquire)) return b;  // every encode passes here: no lock
    std::lock_guard<std::mutex> lock(b.mutex);
    if (b.loaded.load(std::memory_order_relaxed)) return b;
    std::string looked;
    for (const auto& path : candidatePaths()) {
        std::string reason;
        if (tryOpen(path, b.api, reason)) {
            b.path = path;
            b.loaded.store(true, std::memory_order_release);
            return b;
        }
        looked += "\n  " + path + " (" + reason + ")";
    }
    const char* env = std::getenv("CLIPFT_SPM_BRIDGE");
    if (env && *env) {
        throw Error("cannot load the sentencepiece bridge named by CLIPFT_SPM_BRIDGE:" + looked +
                    "\nPoint CLIPFT_SPM_BRIDGE at " + kBridgeFile + ", or unset it to use the installed one.");
    }
    throw Error("cannot load the sentencepiece bridge " + std::string(kBridgeFile) +
                ", which sentencepiece tokenizers need; looked in:" + looked +
                "\nReinstall clipft, or set CLIPFT_SPM_BRIDGE to the file's path.");
}

void throwIfFailed(int32_t rc, const char* error) {
    if (rc != 0) throw Error(std::string("training a sentencepiece model failed: ") + error);
}

}  // namespace

const SentencePieceApi& sentencePieceApi() { return loadedBridge().api; }

std::string sentencePieceBridgePath() { return loadedBridge().path; }

void trainSentencePiece(const std::string& args) {
    const SentencePieceApi& api = sentencePieceApi();
    std::string all = args;
    // Core never prints; sentencepiece's trainer logs every step to stderr unless told not to.
    if (all.find("minloglevel") == std::string::npos) all += " --minloglevel=2";
    char error[1024] = {0};
    throwIfFailed(api.train(all.c_str(), error, sizeof error), error);
}

void trainSentencePiece(const std::map<std::string, std::string>& options) {
    const SentencePieceApi& api = sentencePieceApi();
    std::map<std::string, std::string> all = options;
    all.emplace("minloglevel", "2");  // see above; kept when the caller gave one
    std::vector<const char*> names, values;
    for (const auto& [name, value] : all) {
        names.push_back(name.c_str());
        values.push_back(value.c_str());
    }
    char error[1024] = {0};
    throwIfFailed(api.trainOptions(names.data(), values.data(), static_cast<int32_t>(names.size()),
                                   error, sizeof error),
                  error);
}

}  // namespace clipft
