#include "core/demo/demo_retrieval.h"

#include "core/common/error.h"
#include "core/demo/demo_batch_source.h"
#include "core/demo/demo_dataset.h"
#include "core/embed/image_embedding.h"
#include "core/embed/text_embedding.h"

#include <ATen/ATen.h>
#include <ATen/Parallel.h>

namespace clipft {

RetrievalMetrics evaluateOnDemoSet(ClipModelImpl& model, const Tokenizer& tokenizer, const DemoEvaluationSet& set,
                                   int batch_size, ProgressObserver* observer, const CancelToken* cancel) {
    if (set.count <= 0) throw Error("the demo evaluation set needs at least one image");
    if (batch_size <= 0) throw Error("the evaluation batch size must be positive");
    const ClipConfig& config = model.config;
    const int size = config.vision.image_size;
    const c10::Device device = model.logit_scale.device();
    model.eval();

    std::vector<DemoSample> samples(static_cast<size_t>(set.count));
    at::parallel_for(0, set.count, 1, [&](int64_t begin, int64_t end) {
        for (int64_t i = begin; i < end; ++i)
            samples[static_cast<size_t>(i)] = generateDemoSample(set.variant, set.seed, set.first_index + i, size);
    });

    std::vector<std::string> captions;
    std::vector<int64_t> caption_image;
    for (const DemoSample& sample : samples)
        for (const std::string& caption : sample.captions) {
            captions.push_back(caption);
            caption_image.push_back(sample.index - set.first_index);
        }

    at::Tensor image_embeds = at::empty({set.count, config.embed_dim}, at::kFloat);  // [images, embed_dim]
    embedImageBatches(
        model, set.count, batch_size, device,
        [&](int64_t start, int64_t n) {
            at::Tensor images = at::empty({n, 3, size, size}, at::kFloat);  // [n, 3, S, S]
            for (int64_t i = 0; i < n; ++i)
                images[i].copy_(demoImageTensor(samples[static_cast<size_t>(start + i)].image, config.preprocess));
            return images;
        },
        [&](int64_t start, const at::Tensor& features) { image_embeds.narrow(0, start, features.size(0)).copy_(features); },
        observer, cancel);
    const at::Tensor tokens = tokenizeCaptions(tokenizer, captions, config.text.context_length);
    const at::Tensor text_embeds =
        encodeTokensByLength(model, tokens, batch_size, device, observer, cancel);  // [captions, embed_dim]
    return computeRetrievalMetrics(image_embeds, text_embeds, at::tensor(caption_image, at::kLong));
}

}  // namespace clipft
