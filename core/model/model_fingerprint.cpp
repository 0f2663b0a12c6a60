#include "core/model/model_fingerprint.h"

#include "core/common/content_hasher.h"

#include <ATen/ATen.h>
#include <c10/core/GradMode.h>

namespace clipft {

namespace {

// Bump when what the same weights compute changes (a different text pooling, say), so that caches
// written by older versions are not reused. A change in the pixels an image file decodes to is
// kImagePipelineVersion's (core/image/image_transform.h), which the embedding cache's key holds.
constexpr const char* kFingerprintVersion = "clipft-model-fingerprint-v1";

void hashTensor(ContentHasher& hasher, const std::string& name, const at::Tensor& t) {
    hasher.text(name);
    if (!t.defined()) return hasher.text("undefined");
    hasher.text(c10::toString(t.scalar_type()));  // an fp16 copy of a model is a different model
    hasher.integer(t.dim());
    for (int64_t size : t.sizes()) hasher.integer(size);
    const at::Tensor values = t.detach().to(at::kCPU, at::kFloat).contiguous();  // [t.sizes()]
    hasher.bytes(values.data_ptr<float>(), static_cast<size_t>(values.numel()) * sizeof(float));
}

}  // namespace

std::string modelFingerprint(ClipModelImpl& model) {
    c10::NoGradGuard no_grad;
    ContentHasher hasher;
    hasher.text(kFingerprintVersion);
    // The config decides the computation beyond the weights (quick_gelu, normalisation constants).
    hasher.text(toOpenClipConfigJson(model.config));
    // Names in registration order, which is fixed by the architecture.
    const auto parameters = model.named_parameters(/*recurse=*/true);
    hasher.integer(static_cast<int64_t>(parameters.size()));
    for (const auto& item : parameters) hashTensor(hasher, item.key(), item.value());
    const auto buffers = model.named_buffers(/*recurse=*/true);
    hasher.integer(static_cast<int64_t>(buffers.size()));
    for (const auto& item : buffers) hashTensor(hasher, item.key(), item.value());
    return hasher.hex();
}

}  // namespace clipft
