// Captions for demo scenes: several templates and paraphrases ("big"/"large", "3"/"three",
// "to the left of"/"left of", "a photo of ..."), so a model learns the attributes rather than one
// sentence per image.
//
// generic captions name shapes and colours only ("a red circle", "a photo of a blue square and a
// green star"). specialised captions always name what their layout is about: count and size for
// Count, size and grid cell for Position, the relation for Relation, and the background texture
// whenever it is not plain ("three small yellow triangles on a striped background").
#pragma once
#include "core/demo/demo_scene.h"

#include <cstdint>
#include <string>
#include <vector>

namespace clipft {

// 1 to 5 distinct captions, lower case, single spaces, no punctuation; deterministic in (scene, seed).
std::vector<std::string> captionDemoScene(const DemoScene& scene, uint64_t seed);

// Every word (space-separated token) a demo caption of either variant can contain, sorted and
// unique: a tokenizer trained for the demo model must cover all of them, the specialised words
// included, or fine-tuning meets words the tokenizer splits into unseen pieces.
std::vector<std::string> demoCaptionVocabulary();

}  // namespace clipft
