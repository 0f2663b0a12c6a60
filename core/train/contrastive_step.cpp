#include "core/train/contrastive_step.h"

#include "core/common/error.h"
#include "core/model/clip_model.h"
#include "core/model/clip_loss.h"

#include <ATen/ATen.h>
#include <torch/csrc/autograd/grad_mode.h>

#include <cmath>

namespace clipft {
namespace {

struct Features {
    at::Tensor images;  // [batch, embed_dim] L2-normalised
    at::Tensor texts;   // [batch, embed_dim] L2-normalised
};

Features encode(ClipModelImpl& model, const MicroBatch& batch, Precision precision) {
    if (batch.images.size(0) != batch.tokens.size(0))
        throw Error("a training batch must have as many captions as images");
    AutocastScope autocast(precision);
    return {model.encodeImage(batch.images), model.encodeText(batch.tokens)};
}

}  // namespace

double StepLoss::read() const { return value.item<double>(); }

StepLoss accumulateContrastiveGradients(ClipModelImpl& model, const std::vector<MicroBatch>& micro_batches,
                                        Precision precision, const DynamicLossScaler& scaler) {
    if (micro_batches.empty()) throw Error("a training step needs at least one batch");
    const at::Tensor logit_scale = model.logit_scale.exp();  // []

    if (micro_batches.size() == 1) {
        const Features features = encode(model, micro_batches[0], precision);
        const at::Tensor loss = clipLoss(features.images, features.texts, logit_scale);
        scaler.scaleLoss(loss).backward();
        return {loss.detach()};
    }

    // Pass 1: every micro-batch's features, without a graph.
    std::vector<at::Tensor> cached_images, cached_texts;  // each [micro, embed_dim]
    {
        torch::NoGradGuard no_grad;
        for (const auto& batch : micro_batches) {
            Features features = encode(model, batch, precision);
            cached_images.push_back(features.images);
            cached_texts.push_back(features.texts);
        }
    }
    // Pass 2: each micro-batch again with a graph, among the others' cached features.
    StepLoss result;
    for (size_t j = 0; j < micro_batches.size(); ++j) {
        const Features fresh = encode(model, micro_batches[j], precision);
        std::vector<at::Tensor> images = cached_images, texts = cached_texts;
        images[j] = fresh.images;
        texts[j] = fresh.texts;
        const at::Tensor scale = j == 0 ? logit_scale : logit_scale.detach();
        const at::Tensor loss = clipLoss(at::cat(images), at::cat(texts), scale);  // the whole batch's loss
        if (j == 0) result.value = loss.detach();
        scaler.scaleLoss(loss).backward();
    }
    return result;
}

double contrastiveLoss(ClipModelImpl& model, const MicroBatch& batch, Precision precision) {
    torch::NoGradGuard no_grad;
    const Features features = encode(model, batch, precision);
    return clipLoss(features.images, features.texts, model.logit_scale.exp().clamp_max(100.0)).item<double>();
}

}  // namespace clipft
