// The layers CLIP is built from (Linear, LayerNorm, Embedding, the patch convolution) with
// parameters created empty: LibTorch's torch::nn versions fill theirs with random numbers in their
// constructors, which for a model about to receive its weights is wasted time and memory (the
// weights of ViT-L-14 are 1.7 GB). Parameter names are torch's ("weight", "bias"), so state dicts
// are unchanged. ClipModelImpl initialises them open_clip's way when a model is made from scratch.
#pragma once
#include <torch/nn/module.h>
#include <torch/nn/pimpl.h>

namespace clipft {

// y = x Wᵀ + b
class LinearImpl : public torch::nn::Module {
public:
    LinearImpl(int64_t in_features, int64_t out_features, bool with_bias = true);
    at::Tensor forward(const at::Tensor& x);  // [..., in] -> [..., out]
    at::Tensor weight;  // [out, in]
    at::Tensor bias;    // [out], undefined without bias
};
TORCH_MODULE(Linear);

// LayerNorm over the last dimension, eps 1e-5 (open_clip's). Initialised to weight 1, bias 0.
class LayerNormImpl : public torch::nn::Module {
public:
    explicit LayerNormImpl(int64_t width);
    at::Tensor forward(const at::Tensor& x);  // [..., width]
    at::Tensor weight;  // [width]
    at::Tensor bias;    // [width]
};
TORCH_MODULE(LayerNorm);

// A lookup table: ids [...] int64 -> [..., width].
class EmbeddingImpl : public torch::nn::Module {
public:
    EmbeddingImpl(int64_t count, int64_t width);
    at::Tensor forward(const at::Tensor& ids);
    at::Tensor weight;  // [count, width]
};
TORCH_MODULE(Embedding);

// The vision tower's stride-p convolution without bias (patchify). VisionTransformer runs it as
// one GEMM; forward() is the plain convolution, kept for tests that check the two agree.
class PatchConvImpl : public torch::nn::Module {
public:
    PatchConvImpl(int64_t channels, int64_t width, int64_t patch);
    at::Tensor forward(const at::Tensor& images);  // [batch, 3, S, S] -> [batch, width, S/p, S/p]
    int64_t patch;
    at::Tensor weight;  // [width, channels, patch, patch]
};
TORCH_MODULE(PatchConv);

}  // namespace clipft
