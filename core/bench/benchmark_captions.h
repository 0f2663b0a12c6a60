// Benchmark captions: 10–20 words from a small everyday word list, like Flickr/COCO captions.
#pragma once
#include "core/model/clip_config.h"
#include "core/text/tokenizer.h"

#include <ATen/Tensor.h>

namespace clipft {

// [count, context_length] int64 token rows. Through `tokenizer` when given; otherwise random ids
// of the lengths a BPE vocabulary gives such captions (the config-only benchmarks have no
// vocabulary files), SOT/EOT as the two largest ids like CLIP's.
at::Tensor makeCaptionTokens(const ClipConfig& config, const Tokenizer* tokenizer, int count, unsigned seed);

}  // namespace clipft
