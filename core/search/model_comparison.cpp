#include "core/search/model_comparison.h"

#include "core/common/error.h"
#include "core/eval/retrieval_metrics.h"
#include "core/search/caption_ranks.h"

#include <ATen/ATen.h>

namespace clipft {

ModelComparison compareModels(const at::Tensor& image_a, const at::Tensor& text_a, const at::Tensor& image_b,
                              const at::Tensor& text_b, const at::Tensor& caption_image, const std::vector<int>& ks) {
    if (image_a.size(0) != image_b.size(0) || text_a.size(0) != text_b.size(0))
        throw Error("the two models must be compared on the same images and captions (" + std::to_string(image_a.size(0)) +
                    " and " + std::to_string(image_b.size(0)) + " images, " + std::to_string(text_a.size(0)) + " and " +
                    std::to_string(text_b.size(0)) + " captions)");
    const at::Tensor owner = caption_image.to(at::kCPU, at::kLong).contiguous();   // [captions]
    const at::Tensor ranks_a = captionRanks(image_a, text_a, owner).contiguous();  // [captions]
    const at::Tensor ranks_b = captionRanks(image_b, text_b, owner).contiguous();  // [captions]

    ModelComparison comparison;
    const int64_t* a = ranks_a.data_ptr<int64_t>();
    const int64_t* b = ranks_b.data_ptr<int64_t>();
    const int64_t* images = owner.data_ptr<int64_t>();
    comparison.captions.reserve(static_cast<size_t>(owner.size(0)));
    for (int64_t c = 0; c < owner.size(0); ++c) {
        comparison.captions.push_back({c, images[c], a[c], b[c]});
        if (b[c] < a[c])
            ++comparison.improved;
        else if (b[c] > a[c])
            ++comparison.worse;
        else
            ++comparison.unchanged;
    }
    comparison.metrics_a = computeRetrievalMetrics(image_a, text_a, owner, ks).values;
    comparison.metrics_b = computeRetrievalMetrics(image_b, text_b, owner, ks).values;
    return comparison;
}

}  // namespace clipft
