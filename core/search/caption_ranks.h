// Where each caption's own image stands when the caption is the query: the measure behind "which
// queries got better" when two models are compared over a split.
#pragma once
#include <ATen/Tensor.h>

#include <cstdint>

namespace clipft {

// image_embeds: [images, dim], text_embeds: [captions, dim] (both normalised here, as the
// retrieval metrics do; any device), caption_image: [captions] int64, each caption's image.
// Returns [captions] int64 CPU: 1 + the number of images scoring strictly higher than the
// caption's own image (so a tie with another image does not push it down). At most
// chunk_rows x images scores exist at once.
at::Tensor captionRanks(const at::Tensor& image_embeds, const at::Tensor& text_embeds, const at::Tensor& caption_image,
                        int64_t chunk_rows = 1024);

}  // namespace clipft
