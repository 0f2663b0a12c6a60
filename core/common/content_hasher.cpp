#include "core/common/content_hasher.h"

#include "core/common/error.h"

#define XXH_INLINE_ALL  // header-only: the numerics library links nothing but LibTorch
#include <xxhash.h>

#include <cstdio>

namespace clipft {

namespace {
std::string toHex(const XXH128_hash_t& h) {
    char out[33];
    std::snprintf(out, sizeof(out), "%016llx%016llx", static_cast<unsigned long long>(h.high64),
                  static_cast<unsigned long long>(h.low64));
    return out;
}
}  // namespace

struct ContentHasher::State {
    XXH3_state_t* xxh = nullptr;
    ~State() { XXH3_freeState(xxh); }
};

ContentHasher::ContentHasher() : state_(std::make_unique<State>()) {
    state_->xxh = XXH3_createState();
    if (!state_->xxh || XXH3_128bits_reset(state_->xxh) == XXH_ERROR) throw Error("out of memory while hashing");
}

ContentHasher::~ContentHasher() = default;

void ContentHasher::bytes(const void* data, std::size_t size) { XXH3_128bits_update(state_->xxh, data, size); }

void ContentHasher::integer(int64_t value) { bytes(&value, sizeof(value)); }

void ContentHasher::text(const std::string& s) {
    integer(static_cast<int64_t>(s.size()));
    bytes(s.data(), s.size());
}

std::string ContentHasher::hex() const { return toHex(XXH3_128bits_digest(state_->xxh)); }

std::string ContentHasher::hexOf(const void* data, std::size_t size) { return toHex(XXH3_128bits(data, size)); }

}  // namespace clipft
