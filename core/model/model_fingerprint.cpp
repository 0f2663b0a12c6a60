#include "core/model/model_fingerprint.h"

#include "core/common/error.h"

#include <ATen/ATen.h>
#include <c10/core/GradMode.h>
#define XXH_INLINE_ALL  // header-only: the numerics library links nothing but LibTorch
#include <xxhash.h>

#include <cstdio>
#include <memory>

namespace clipft {

namespace {

// Bump when the meaning of a cached embedding changes for the same weights (a different image
// transform, a different text pooling...), so that caches written by older versions are not reused.
constexpr const char* kFingerprintVersion = "clipft-model-fingerprint-v1";

struct StateDeleter {
    void operator()(XXH3_state_t* state) const { XXH3_freeState(state); }
};

class Hasher {
public:
    Hasher() : state_(XXH3_createState()) {
        if (!state_ || XXH3_128bits_reset(state_.get()) == XXH_ERROR) throw Error("out of memory while hashing a model");
    }
    void bytes(const void* data, size_t size) { XXH3_128bits_update(state_.get(), data, size); }
    void integer(int64_t value) { bytes(&value, sizeof(value)); }
    // Length-prefixed, so that ("ab", "c") and ("a", "bc") hash differently.
    void text(const std::string& s) {
        integer(static_cast<int64_t>(s.size()));
        bytes(s.data(), s.size());
    }
    void tensor(const std::string& name, const at::Tensor& t) {
        text(name);
        if (!t.defined()) return text("undefined");
        text(c10::toString(t.scalar_type()));  // an fp16 copy of a model is a different model
        integer(t.dim());
        for (int64_t size : t.sizes()) integer(size);
        const at::Tensor values = t.detach().to(at::kCPU, at::kFloat).contiguous();  // [t.sizes()]
        bytes(values.data_ptr<float>(), static_cast<size_t>(values.numel()) * sizeof(float));
    }
    std::string hex() {
        const XXH128_hash_t h = XXH3_128bits_digest(state_.get());
        char out[33];
        std::snprintf(out, sizeof(out), "%016llx%016llx", static_cast<unsigned long long>(h.high64),
                      static_cast<unsigned long long>(h.low64));
        return out;
    }

private:
    std::unique_ptr<XXH3_state_t, StateDeleter> state_;
};

}  // namespace

std::string modelFingerprint(ClipModelImpl& model) {
    c10::NoGradGuard no_grad;
    Hasher hasher;
    hasher.text(kFingerprintVersion);
    // The config decides the computation beyond the weights (quick_gelu, normalisation constants).
    hasher.text(toOpenClipConfigJson(model.config));
    // Names in registration order, which is fixed by the architecture.
    const auto parameters = model.named_parameters(/*recurse=*/true);
    hasher.integer(static_cast<int64_t>(parameters.size()));
    for (const auto& item : parameters) hasher.tensor(item.key(), item.value());
    const auto buffers = model.named_buffers(/*recurse=*/true);
    hasher.integer(static_cast<int64_t>(buffers.size()));
    for (const auto& item : buffers) hasher.tensor(item.key(), item.value());
    return hasher.hex();
}

}  // namespace clipft
