// Two models, A (usually the pre-trained one) and B (the fine-tuned one), over the same split:
// every caption's rank under each, how many got better or worse, and both models' recall@k as
// `clipft eval` computes it. The numbers behind `clipft compare` and the Search page's table.
#pragma once
#include <ATen/Tensor.h>

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace clipft {

struct CaptionRankChange {
    int64_t caption = 0;  // index into the split's captions
    int64_t image = 0;    // the caption's image
    int64_t rank_a = 0;   // 1 + images scoring strictly higher than it under A
    int64_t rank_b = 0;   // the same under B
};

struct ModelComparison {
    std::vector<CaptionRankChange> captions;  // in caption order
    int64_t improved = 0;                     // rank_b < rank_a
    int64_t worse = 0;                        // rank_b > rank_a
    int64_t unchanged = 0;
    std::map<std::string, double> metrics_a;  // computeRetrievalMetrics' keys
    std::map<std::string, double> metrics_b;
};

// image_*: [images, dim], text_*: [captions, dim] embeddings of the same images and captions under
// A and under B; caption_image: [captions] int64. Throws clipft::Error when the shapes disagree.
ModelComparison compareModels(const at::Tensor& image_a, const at::Tensor& text_a, const at::Tensor& image_b,
                              const at::Tensor& text_b, const at::Tensor& caption_image, const std::vector<int>& ks);

}  // namespace clipft
