// Zero-shot retrieval metrics exactly as CLIP_benchmark computes them: scores = texts x imagesᵀ on
// L2-normalised embeddings; every caption of an image is a positive; a query is a hit at k when at
// least one positive is among its top k (torch.topk, so ties break the way the reference's do).
// image_retrieval_recall@k averages over captions (text -> image), text_retrieval_recall@k over
// images (image -> text). The score matrix is computed in row chunks, so 25,000 x 5,000 fits in
// modest memory.
#pragma once
#include <ATen/Tensor.h>

#include <map>
#include <string>
#include <vector>

namespace clipft {

struct RetrievalMetrics {
    // "image_retrieval_recall@5", "text_retrieval_recall@1", ... (CLIP_benchmark's key names), plus
    // "image_retrieval_mean_rank", "image_retrieval_median_rank" and the text_ equivalents (1-based
    // rank of the best-ranked positive).
    std::map<std::string, double> values;
};

// image_embeds: [images, dim], text_embeds: [captions, dim] (normalised here; any device),
// caption_image: [captions] int64, the image index of each caption. chunk_rows bounds memory:
// at most chunk_rows x max(images, captions) scores exist at once.
RetrievalMetrics computeRetrievalMetrics(const at::Tensor& image_embeds, const at::Tensor& text_embeds,
                                         const at::Tensor& caption_image, const std::vector<int>& ks = {1, 5, 10},
                                         int64_t chunk_rows = 1024);

}  // namespace clipft
