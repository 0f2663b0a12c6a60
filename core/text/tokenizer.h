// The contract every text tokenizer meets (CLIP byte-level BPE, sentencepiece): turn a caption into
// one row of the text tower's input.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace clipft {

class Tokenizer {
public:
    virtual ~Tokenizer() = default;

    // One input row: [SOT] ids [EOT], cut to context_length with EOT kept last, zero padded.
    // Empty text gives [SOT, EOT, 0, ...]. Thread-safe.
    virtual std::vector<int64_t> encode(const std::string& utf8_text, int context_length) const = 0;

    virtual int64_t vocabSize() const = 0;
    virtual int64_t sotId() const = 0;
    // The text tower pools at the EOT position, found as the argmax of the ids, so eotId() is the
    // largest id of the vocabulary.
    virtual int64_t eotId() const = 0;
};

}  // namespace clipft
