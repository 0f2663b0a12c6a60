// Finds and loads the tokenizer that belongs to a model folder.
#pragma once
#include "core/text/tokenizer.h"

#include <memory>
#include <string>
#include <vector>

namespace clipft {

// The tokenizer files in `dir`, in order of preference: open_clip's bpe_simple_vocab_16e6.txt.gz,
// transformers' vocab.json + merges.txt, or a sentencepiece *.model. Empty when there are none.
std::vector<std::string> findTokenizerFiles(const std::string& dir);

// Loads the tokenizer found by findTokenizerFiles(); throws clipft::Error saying which files were
// looked for when there is none.
std::shared_ptr<const Tokenizer> loadTokenizerFromFolder(const std::string& dir);

}  // namespace clipft
